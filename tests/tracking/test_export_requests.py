"""Starting a background export is a POST: following a link (a prefetch, a crawler, a reload) queues nothing."""

import re

import pytest
from django.test import Client

from tests.accounts.factories import sign_in_staff
from tracking import views
from tracking.models import ReportExport

LARGE_EXPORT = "/admin/academy-reports/enrolments/?status=in_progress&export=xlsx"


@pytest.fixture(autouse=True)
def every_export_is_large(monkeypatch):
    monkeypatch.setattr(views, "ASYNC_EXPORT_ROWS", 0)


@pytest.fixture
def admin_browser(admin):
    """The admin's browser: signed in with the second factor, and CSRF checked as in production."""
    return sign_in_staff(Client(enforce_csrf_checks=True), admin)


def test_following_the_export_link_asks_first_and_queues_nothing(cohort, admin_browser):
    response = admin_browser.get(LARGE_EXPORT)

    page = response.content.decode()
    assert response.status_code == 200
    assert ReportExport.objects.count() == 0
    assert "This export holds 3 enrolments" in page
    form = re.search(r'<form method="post" action="([^"]+)">\s*<input type="hidden" name="csrfmiddlewaretoken"', page)
    assert form and form.group(1).replace("&amp;", "&") == LARGE_EXPORT


def test_the_confirmations_button_queues_one_export_with_the_filters(
    cohort, admin, admin_browser, django_capture_on_commit_callbacks
):
    page = admin_browser.get(LARGE_EXPORT).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_browser.post(LARGE_EXPORT, {"csrfmiddlewaretoken": token})

    export = ReportExport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/admin/academy-reports/exports/{export.pk}/"
    assert (export.requested_by, export.filters, export.status) == (admin, {"status": "in_progress"}, "ready")


def test_a_post_from_another_site_without_the_csrf_token_is_refused(cohort, admin_browser):
    response = admin_browser.post(LARGE_EXPORT)

    assert response.status_code == 403
    assert ReportExport.objects.count() == 0


def test_posting_anything_but_an_xlsx_export_is_not_allowed(cohort, admin):
    client = sign_in_staff(Client(), admin)

    for path in ["/admin/academy-reports/enrolments/", "/admin/academy-reports/enrolments/?export=csv"]:
        assert client.post(path).status_code == 405
    assert ReportExport.objects.count() == 0
