"""Trainers export a course as a zip and import one as drafts in the Wagtail admin; others are refused."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Page

from accounts.roles import TRAINERS, setup_roles
from courses.models import CoursePage
from packages.source import read_zip, zip_bytes
from tests.accounts.factories import UserFactory, sign_in_staff, with_totp
from tests.packages.helpers import replaced, small_package


@pytest.fixture
def trainer(catalogue):
    setup_roles()  # grants the Trainers group its rights on the catalogue
    user = with_totp(UserFactory(is_staff=True))
    user.groups.add(Group.objects.get(name=TRAINERS))
    return user


@pytest.fixture
def trainer_without_rights(catalogue):
    user = with_totp(UserFactory(is_staff=True))
    user.user_permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    return user


def upload(files, name="small-course.zip"):
    return SimpleUploadedFile(name, zip_bytes(files, root="small-course"), content_type="application/zip")


def test_a_trainer_downloads_a_course_as_a_package_zip(client, trainer, course):
    sign_in_staff(client, trainer)

    response = client.get(reverse("course_package_export", args=[course.pk]))

    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{course.slug}.zip"'
    assert b'slug = "contract-negotiation"' in read_zip(response.content)["course.toml"]


def test_the_course_page_header_offers_the_export(client, trainer, course):
    sign_in_staff(client, trainer)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk]))

    assert reverse("course_package_export", args=[course.pk]) in response.content.decode()


def test_a_trainer_imports_a_package_as_drafts(client, trainer, catalogue):
    files = small_package(catalogue)
    sign_in_staff(client, trainer)

    response = client.post(reverse("course_package_import", args=[catalogue.pk]), {"file": upload(files)})

    course = CoursePage.objects.get(slug="small-course")
    assert response.status_code == 302
    assert not course.live and course.get_descendants().count() == 7
    assert not course.get_descendants().live().exists()


def test_a_broken_package_is_a_400_listing_every_problem(client, trainer, catalogue):
    files = replaced(small_package(catalogue), "course.toml", 'topic = "negotiation"', 'topic = "knitting"')
    files = replaced(files, "01-module-1/01-lesson-1-1.html", 'data-block="paragraph"', 'data-block="carousel"')
    sign_in_staff(client, trainer)
    pages = Page.objects.count()

    response = client.post(reverse("course_package_import", args=[catalogue.pk]), {"file": upload(files)})

    assert response.status_code == 400
    page = response.content.decode()
    assert "course.toml, line 4:" in page
    assert "01-module-1/01-lesson-1-1.html, line 8: unknown block type" in page
    assert Page.objects.count() == pages


def test_anonymous_visitors_and_learners_are_refused(client, course, catalogue, learner):
    urls = [reverse("course_package_export", args=[course.pk]), reverse("course_package_import", args=[catalogue.pk])]
    for url in urls:
        assert client.get(url).status_code == 302  # to the login page
    client.force_login(learner)
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert response.status_code == 403 or "login" in response["Location"]


def test_a_trainer_without_rights_on_the_course_or_catalogue_is_refused(client, trainer_without_rights, course):
    sign_in_staff(client, trainer_without_rights)
    catalogue = course.get_parent()

    export = client.get(reverse("course_package_export", args=[course.pk]))
    form = client.get(reverse("course_package_import", args=[catalogue.pk]))
    pages = Page.objects.count()
    post = client.post(reverse("course_package_import", args=[catalogue.pk]), {"file": upload({})})

    # Wagtail's admin answers a refusal by sending the user back to the dashboard with a message.
    for response in (export, form, post):
        assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert Page.objects.count() == pages
