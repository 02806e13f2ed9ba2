"""Every demo course exported as a package and imported into an empty catalogue comes back the same."""

import pytest
from django.db import transaction
from wagtail.models import Page

from courses.demo.builder import build_demo_academy
from courses.models import CourseIndexPage, CoursePage, HomePage
from packages.services import course_package_export, course_package_import
from packages.source import read_zip, zip_bytes
from tests.packages.snapshots import course_snapshot


@pytest.fixture(scope="module")
def built_academy(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        build_demo_academy(log=lambda line: None)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo_academy(built_academy, db):
    """Each test runs in its own savepoint inside the built academy."""


def empty_catalogue():
    """A second site's catalogue, so nothing of the first is found by slug."""
    home = Page.get_first_root_node().add_child(instance=HomePage(title="Elsewhere", slug="elsewhere"))
    return home.add_child(instance=CourseIndexPage(title="Courses", slug="courses"))


def test_every_demo_course_round_trips_through_a_package(demo_academy):
    courses = list(CoursePage.objects.live().order_by("path"))
    assert len(courses) == 5
    packages = [(course_snapshot(course), course_package_export(course=course)) for course in courses]
    catalogue = empty_catalogue()

    for before, files in packages:
        imported = course_package_import(files=files, catalogue=catalogue)

        after = course_snapshot(imported)
        assert after == before
        assert not imported.live, "an import is a draft until published"


def test_a_zipped_package_round_trips(demo_academy):
    course = CoursePage.objects.get(slug="supplier-relationship-management")
    before = course_snapshot(course)
    data = zip_bytes(course_package_export(course=course), root=course.slug)

    imported = course_package_import(files=read_zip(data), catalogue=empty_catalogue(), publish=True)

    assert imported.live
    assert course_snapshot(imported) == before


def test_update_adds_a_revision_instead_of_a_second_course(demo_academy):
    course = CoursePage.objects.get(slug="contract-negotiation")
    files = course_package_export(course=course)
    files["course.toml"] = files["course.toml"].replace(b'title = "Contract negotiation"', b'title = "Negotiation"')
    pages = Page.objects.count()

    course_package_import(files=files, catalogue=course.get_parent().specific, update=True)

    assert Page.objects.count() == pages
    assert CoursePage.objects.get(pk=course.pk).get_latest_revision_as_object().title == "Negotiation"
    assert CoursePage.objects.get(pk=course.pk).title == "Contract negotiation", "the live course waits for publishing"


def test_the_demo_academy_comes_back_into_a_database_emptied_of_it(demo_academy):
    """Courses, their pages, images and documents deleted, then imported again from their packages."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    courses = list(CoursePage.objects.order_by("path"))
    packages = [(course_snapshot(course), course_package_export(course=course)) for course in courses]
    catalogue = courses[0].get_parent().specific
    for course in courses:
        course.delete()
    get_image_model().objects.all().delete()
    get_document_model().objects.all().delete()
    assert not CoursePage.objects.exists()

    for before, files in packages:
        imported = course_package_import(files=files, catalogue=catalogue, publish=True)
        assert course_snapshot(imported) == before
    assert CoursePage.objects.live().count() == 5
