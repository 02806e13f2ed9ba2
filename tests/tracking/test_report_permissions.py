"""Only people with the report permission open the reports, their exports and learner records; nothing leaks."""

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone

from tests.accounts.factories import UserFactory, sign_in_staff, staff_user
from tests.courses.factories import build_course
from tests.tracking.conftest import REPORT_SLUGS, XLSX_TYPE, csv_rows, enrol, visible_text, xlsx_rows
from tests.tracking.factories import make_group_admin, make_staff_without_reports, make_trainer
from tests.tracking.factories import ready_export as make_ready_export
from tracking.models import ReportExport

REPORTS = "/admin/academy-reports"
REPORT_URLS = [
    f"{REPORTS}/{slug}/{suffix}" for slug in REPORT_SLUGS for suffix in ("", "results/", "?export=csv", "?export=xlsx")
]
DETAIL_URL = REPORTS + "/learners/{learner}/"
EXPORT_URLS = [REPORTS + "/exports/{export}/", REPORTS + "/exports/{export}/download/"]
SECRET_EMAIL = "sasha.confidential@example.gov.uk"


ALLOWED = {"trainer": make_trainer, "group admin": make_group_admin, "superuser": staff_user}


@pytest.fixture
def secret(course):
    """A learner whose details must never reach someone who may not see the reports; overdue, so on every report."""
    learner = UserFactory(first_name="Sasha", last_name="Confidential", email=SECRET_EMAIL, job_role="Detective")
    enrol(learner, course, lessons=1, due=timezone.localdate() - timedelta(days=3))
    return learner


def ready_export(user, rows=(("Email",), (SECRET_EMAIL,))):
    """A finished background export belonging to `user`, holding a learner's email."""
    return make_ready_export(user, rows)


def urls(secret, export):
    return [*REPORT_URLS, DETAIL_URL.format(learner=secret.pk), *(u.format(export=export.pk) for u in EXPORT_URLS)]


def outcome(response):
    """What the visitor gets: a status, and where a redirect sends them (without its query)."""
    location = urlsplit(response["Location"]).path if response.status_code == 302 else None
    return response.status_code, location


def assert_nothing_leaks(responses):
    leaks = [url for url, response in responses.items() if SECRET_EMAIL in visible_text(response)]
    leaks += [url for url, response in responses.items() if "Confidential" in visible_text(response)]
    assert leaks == []


@pytest.fixture
def admin_export(secret):
    return ready_export(make_group_admin())


# Who is kept out


def test_anonymous_visitors_are_sent_to_sign_in(client, secret, admin_export):
    responses = {url: client.get(url) for url in urls(secret, admin_export)}

    assert {url: outcome(r) for url, r in responses.items()} == {url: (302, "/accounts/login/") for url in responses}
    assert {url: parse_qs(urlsplit(r["Location"]).query)["next"] for url, r in responses.items()} == {
        url: [url] for url in responses
    }
    assert_nothing_leaks(responses)


def test_learners_cannot_open_reports_or_exports(client, secret, admin_export, other_learner):
    sign_in_staff(client, other_learner)

    responses = {url: client.get(url) for url in urls(secret, admin_export)}

    assert {url: outcome(r) for url, r in responses.items()} == {url: (302, "/accounts/login/") for url in responses}
    assert_nothing_leaks(responses)


def test_a_learner_cannot_open_their_own_record_in_the_admin(client, secret):
    sign_in_staff(client, secret)

    response = client.get(DETAIL_URL.format(learner=secret.pk))

    assert outcome(response) == (302, "/accounts/login/")


def test_staff_without_the_report_permission_are_turned_away(client, secret, admin_export):
    sign_in_staff(client, make_staff_without_reports())

    responses = {url: client.get(url) for url in urls(secret, admin_export)}

    assert {url: outcome(r) for url, r in responses.items()} == {url: (302, "/admin/") for url in responses}
    assert_nothing_leaks(responses)


def test_staff_without_the_report_permission_are_told_why(client, secret):
    sign_in_staff(client, make_staff_without_reports())

    response = client.get(f"{REPORTS}/courses/", follow=True)

    assert response.redirect_chain == [("/admin/", 302)]
    assert "Sorry, you do not have permission to access this area." in response.content.decode()


def test_live_filtering_without_the_permission_is_forbidden(client, secret):
    sign_in_staff(client, make_staff_without_reports())

    response = client.get(f"{REPORTS}/enrolments/results/", headers={"x-requested-with": "XMLHttpRequest"})

    assert response.status_code == 403
    assert SECRET_EMAIL not in response.content.decode()


def test_staff_without_the_permission_see_no_report_menu(client, db):
    sign_in_staff(client, make_staff_without_reports())
    assert f"{REPORTS}/courses/" not in client.get("/admin/").content.decode()

    sign_in_staff(client, make_trainer())
    assert f"{REPORTS}/courses/" in client.get("/admin/").content.decode()


# Who is let in


@pytest.mark.parametrize("role", ALLOWED)
def test_report_users_open_every_report_export_and_learner_record(client, course, secret, role):
    user = ALLOWED[role]()
    course.trainers.add(user)
    course.save()
    own_export = ready_export(user)
    sign_in_staff(client, user)

    responses = {url: client.get(url) for url in urls(secret, own_export)}

    assert {url: r.status_code for url, r in responses.items()} == {url: 200 for url in responses}
    content_types = {url: r["Content-Type"].split(";")[0] for url, r in responses.items() if "export" in url}
    assert set(content_types.values()) == {"text/html", "text/csv", XLSX_TYPE}
    assert SECRET_EMAIL in visible_text(responses[f"{REPORTS}/enrolments/?export=csv"])
    assert SECRET_EMAIL in visible_text(responses[DETAIL_URL.format(learner=secret.pk)])


def test_a_trainer_sees_only_the_learners_on_their_courses(client, catalogue, secret):
    other_course = build_course(catalogue, slug="other-course", title="Other course")
    trainer = make_trainer()
    other_course.trainers.add(trainer)
    other_course.save()
    sign_in_staff(client, trainer)

    for slug in ["courses", "organisations", "departments", "learners", "overdue", "enrolments"]:
        for suffix in ("", "?export=csv", "?export=xlsx"):
            text = visible_text(client.get(f"{REPORTS}/{slug}/{suffix}"))
            assert SECRET_EMAIL not in text and "Contract negotiation" not in text, (slug, suffix)
    record = client.get(DETAIL_URL.format(learner=secret.pk))
    assert record.status_code == 404
    assert SECRET_EMAIL not in record.content.decode()


def test_a_trainer_filtering_on_someone_elses_course_still_sees_only_their_own(client, catalogue, course, secret):
    """An out-of-scope course id in the URL is not a way round the course permission."""
    trainer = make_trainer()
    own = build_course(catalogue, slug="own-course", title="Own course")
    own.trainers.add(trainer)
    own.save()
    sign_in_staff(client, trainer)

    rows = csv_rows(client.get(f"{REPORTS}/enrolments/", {"course": course.pk, "export": "csv"}))

    assert rows[1:] == []


# Whose export is whose


@pytest.mark.parametrize("other", ALLOWED)
def test_an_export_is_only_for_the_admin_who_asked_for_it(client, secret, other):
    """The rule in tracking/views.py: an export belongs to whoever requested it; even a superuser gets a 404."""
    owner = make_group_admin()
    export = ready_export(owner)
    status_url, download_url = (url.format(export=export.pk) for url in EXPORT_URLS)

    sign_in_staff(client, ALLOWED[other]())
    assert [client.get(status_url).status_code, client.get(download_url).status_code] == [404, 404]

    sign_in_staff(client, owner)
    download = client.get(download_url)
    assert download.status_code == 200
    assert download["Content-Disposition"] == 'attachment; filename="enrolments.xlsx"'
    assert xlsx_rows(download) == [["Email"], [SECRET_EMAIL]]


def test_an_unfinished_export_cannot_be_downloaded_yet(client, db):
    owner = make_group_admin()
    export = ReportExport.objects.create(requested_by=owner, report="enrolments", file_format="xlsx")
    sign_in_staff(client, owner)

    assert client.get(f"{REPORTS}/exports/{export.pk}/download/").status_code == 404
    assert "Building your export" in client.get(f"{REPORTS}/exports/{export.pk}/").content.decode()


def test_losing_the_report_permission_withdraws_earlier_exports(client, secret):
    trainer = make_trainer()
    export = ready_export(trainer)
    trainer.user_permissions.remove(Permission.objects.get(codename="view_reports"))
    sign_in_staff(client, trainer)

    responses = {url.format(export=export.pk): client.get(url.format(export=export.pk)) for url in EXPORT_URLS}

    assert [response.status_code for response in responses.values() if response.status_code == 200] == []
    assert_nothing_leaks(responses)
