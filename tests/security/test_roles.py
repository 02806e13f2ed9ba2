"""Roles are code: every database gets them from `migrate`, and what a role may do is decided by permission."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Workflow

from accounts.roles import ACADEMY_ADMINS, ACADEMY_REVIEWERS, LEARNERS, TRAINERS, setup_roles
from tests.accounts.factories import UserFactory, sign_in_staff, with_totp
from tests.courses.factories import build_course
from tracking.selectors import reportable_courses


def member_of(group_name, **kwargs):
    user = with_totp(UserFactory(**kwargs))
    user.groups.add(Group.objects.get(name=group_name))
    return user


def test_migrate_creates_the_academy_roles_and_no_catch_all_editors(db):
    assert set(Group.objects.values_list("name", flat=True)) == {LEARNERS, TRAINERS, ACADEMY_REVIEWERS, ACADEMY_ADMINS}
    trainers = Group.objects.get(name=TRAINERS)
    assert set(trainers.permissions.values_list("codename", flat=True)) == {
        "access_admin",
        "view_reports",
        # Trainers see their courses' certificates and set what those courses certify.
        "view_certificate",
        "add_coursecertification",
        "change_coursecertification",
        "view_coursecertification",
    }
    assert Group.objects.get(name=ACADEMY_ADMINS).permissions.filter(codename="view_all_courses_reports").exists()
    # Wagtail's default moderation workflow needed the Moderators group; it can no longer strand a page.
    assert not Workflow.objects.filter(active=True).exists()


def test_setup_roles_is_idempotent_and_repairs_a_stripped_role(db):
    trainers = Group.objects.get(name=TRAINERS)
    before = set(trainers.permissions.values_list("pk", flat=True))
    trainers.permissions.clear()
    call_command("setup_roles", stdout=None)
    setup_roles()
    assert set(trainers.permissions.values_list("pk", flat=True)) == before
    assert Group.objects.filter(name=TRAINERS).count() == 1


def test_an_editors_group_with_members_is_stripped_of_its_rights(db):
    from wagtail.models import Page

    editors = Group.objects.create(name="Editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=editors, page=Page.get_first_root_node(), permission=Permission.objects.get(codename="change_page")
    )
    member = UserFactory()
    member.groups.add(editors)
    setup_roles()
    editors.refresh_from_db()
    assert not editors.permissions.exists() and not editors.page_permissions.exists()


def test_a_new_catalogue_is_editable_by_trainers_and_only_it(client, catalogue):
    trainer = member_of(TRAINERS)
    sign_in_staff(client, trainer)
    assert client.get(f"/admin/pages/add/courses/coursepage/{catalogue.pk}/").status_code == 200
    home = catalogue.get_parent()
    assert client.get(f"/admin/pages/{home.pk}/edit/").status_code in (302, 403)


def test_trainers_of_a_course_can_upload_images_and_documents(client, catalogue):
    course = build_course(catalogue, slug="mine", title="Mine", modules=0)
    trainer = member_of(TRAINERS)
    course.trainers.add(trainer)
    course.save_revision().publish()
    sign_in_staff(client, trainer)
    assert client.get("/admin/images/multiple/add/").status_code == 200
    assert client.get("/admin/documents/multiple/add/").status_code == 200


def test_seeing_every_course_is_a_permission_not_a_group_name(catalogue):
    mine = build_course(catalogue, slug="mine", title="Mine")
    theirs = build_course(catalogue, slug="theirs", title="Theirs")
    trainer = member_of(TRAINERS)
    mine.trainers.add(trainer)
    mine.save_revision().publish()
    assert set(reportable_courses(trainer)) == {mine}

    renamed = Group.objects.create(name="Board reporting")
    renamed.permissions.add(*Permission.objects.filter(codename__in=["view_reports", "view_all_courses_reports"]))
    reporter = UserFactory()
    reporter.groups.add(renamed)
    assert set(reportable_courses(reporter)) >= {mine, theirs}

    # A group merely named "Academy admins" but without the permission sees nothing extra.
    Group.objects.get(name=ACADEMY_ADMINS).permissions.remove(
        Permission.objects.get(codename="view_all_courses_reports")
    )
    named_admin = member_of(ACADEMY_ADMINS)
    assert theirs not in set(reportable_courses(named_admin))


@pytest.mark.parametrize("group_name", [TRAINERS, ACADEMY_ADMINS])
def test_people_given_an_admin_role_are_staff_and_not_counted_as_learners(db, group_name):
    user = UserFactory()
    assert not user.is_staff
    user.groups.add(Group.objects.get(name=group_name))
    user.refresh_from_db()
    assert user.is_staff


def test_a_superuser_made_in_the_admin_is_staff(db):
    user = UserFactory(is_superuser=True)
    user.refresh_from_db()
    assert user.is_staff


def test_a_fresh_production_database_gets_a_first_admin_and_a_site_the_readme_way(client, db, monkeypatch):
    from io import StringIO

    from courses.models import CourseIndexPage

    monkeypatch.setenv("DJANGO_ADMIN_PASSWORD", "a-long-first-admin-passphrase")
    call_command("setup_site", stdout=StringIO())
    call_command("setup_site", stdout=StringIO())  # idempotent
    call_command("create_admin", "first.admin@council.gov.uk", stdout=StringIO())
    assert CourseIndexPage.objects.count() == 1
    assert client.get("/courses/").status_code == 200

    client.post(
        "/accounts/login/", {"login": "first.admin@council.gov.uk", "password": "a-long-first-admin-passphrase"}
    )
    response = client.get("/admin/")
    assert response.status_code == 302 and response.url == "/accounts/2fa/totp/activate/"


def test_create_admin_refuses_a_weak_password_or_an_existing_account(db, monkeypatch, learner):
    from django.core.management.base import CommandError

    monkeypatch.setenv("DJANGO_ADMIN_PASSWORD", "password")
    with pytest.raises(CommandError, match="too common"):
        call_command("create_admin", "someone@council.gov.uk")
    monkeypatch.setenv("DJANGO_ADMIN_PASSWORD", "a-long-first-admin-passphrase")
    with pytest.raises(CommandError, match="already has an account"):
        call_command("create_admin", learner.email)
