"""An admin assigns a course with a due date; the learner sees it and completes it; the report shows it."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import Department, Organisation
from tests.accounts.factories import PASSWORD, UserFactory, current_totp_code, staff_user
from tests.courses.factories import build_course, build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
REPORT_PAGES = ["courses", "organisations", "departments", "learners", "overdue", "enrolments"]


def sign_in(page, base_url, user, next_path):
    page.goto(f"{base_url}/accounts/login/?next={next_path}")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Sign In", re.I)).click()
    if user.is_staff:
        page.get_by_label("Code", exact=True).fill(current_totp_code())
        page.get_by_role("button", name=re.compile("Sign In", re.I)).click()


def test_admin_assigns_learner_completes_report_changes(browser, live_server, assert_accessible):
    build_course(build_site(), modules=1, lessons=2)
    police = Organisation.objects.create(name="Northshire Police")
    custody = Department.objects.create(organisation=police, name="Custody")
    learner = UserFactory(organisation=police, department=custody, first_name="Robin", last_name="Ashby")
    admin = staff_user()
    due = timezone.localdate() + timedelta(days=30)

    admin_page = browser.new_page()
    sign_in(admin_page, live_server.url, admin, "/admin/snippets/tracking/assignment/add/")
    admin_page.locator("#id_course").select_option(label="Contract negotiation")
    admin_page.locator("#id_organisation").select_option(label="Northshire Police")
    admin_page.locator("#id_due_date").fill(due.isoformat())
    # The date picker pops up over the form's footer; close it as a keyboard user would, by tabbing on.
    expect(admin_page.locator(".xdsoft_datetimepicker:visible")).to_have_count(1)
    admin_page.locator("#id_due_date").press("Tab")
    expect(admin_page.locator(".xdsoft_datetimepicker:visible")).to_have_count(0)
    expect(admin_page.locator("#id_due_date")).to_have_value(due.isoformat())
    admin_page.get_by_role("button", name="Save").first.click()
    expect(admin_page.get_by_text(re.compile("created", re.I)).first).to_be_visible()

    admin_page.goto(f"{live_server.url}/admin/academy-reports/courses/")
    expect(admin_page.locator("#listing-results table tbody tr").first).to_contain_text("Contract negotiation")
    expect(admin_page.locator("#chart-summary")).to_have_text("Contract negotiation: 0%")

    learner_page = browser.new_page()
    sign_in(learner_page, live_server.url, learner, "/my-learning/")
    expect(learner_page.get_by_text(f"Assigned to you – due {due.day} {due:%B}")).to_be_visible()
    learner_page.get_by_role("button", name=re.compile("Start")).click()
    learner_page.get_by_role("button", name="Mark as complete and continue").click()
    learner_page.get_by_role("button", name="Mark as complete", exact=True).click()
    expect(learner_page.get_by_role("heading", name="Course complete")).to_be_visible()

    admin_page.reload()
    expect(admin_page.locator("#chart-summary")).to_have_text("Contract negotiation: 100%")
    for slug in REPORT_PAGES:
        admin_page.goto(f"{live_server.url}/admin/academy-reports/{slug}/")
        expect(admin_page.locator("#listing-results")).to_be_visible()
        assert_accessible(admin_page)
    admin_page.goto(f"{live_server.url}/admin/academy-reports/departments/")
    expect(admin_page.locator("#chart-summary")).to_have_text("Custody, Northshire Police: 100%")
    admin_page.goto(f"{live_server.url}/admin/academy-reports/learners/{learner.pk}/")
    expect(admin_page.get_by_role("cell", name="100%")).to_be_visible()
