"""A new learner signs up, confirms their email, takes a whole course, and resumes after signing out."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from accounts.models import Department, Organisation
from tests.courses.factories import build_course, build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def academy(live_server):
    catalogue = build_site()
    build_course(
        catalogue,
        slug="supplier-relationship-management",
        title="Supplier relationship management",
        topic="supplier-management",
        level="practitioner",
        summary="Manage suppliers well.",
    )
    course = build_course(catalogue, modules=2, lessons=2)
    police = Organisation.objects.create(name="Northshire Police")
    Department.objects.create(organisation=police, name="Commercial Services")
    return course


def sign_up(page, base_url, assert_accessible):
    page.goto(base_url + "/")
    page.get_by_role("link", name="Create an account").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Sign Up", re.I))
    assert_accessible(page)
    page.get_by_role("button", name=re.compile("Sign Up", re.I)).click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("First name").fill("Robin")
    page.get_by_label("Last name").fill("Ashby")
    page.get_by_label("Email").fill("robin.ashby@northshire.police.uk")
    page.get_by_label("Organisation").select_option(label="Northshire Police")
    page.get_by_label("Department").select_option(label="Commercial Services")
    page.get_by_label("Job role").fill("Contract manager")
    page.get_by_label("Password", exact=True).fill("negotiate-the-zopa-2026")
    page.get_by_label(re.compile("Password \\(again\\)")).fill("negotiate-the-zopa-2026")
    page.get_by_role("button", name=re.compile("Sign Up", re.I)).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile("Verify Your Email", re.I))
    assert_accessible(page)


def confirm_email(page, assert_accessible):
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", mail.outbox[-1].body).group(0)
    page.goto(link)
    assert_accessible(page)
    page.get_by_role("button", name="Confirm").click()


def sign_in(page, base_url, assert_accessible):
    page.goto(base_url + "/accounts/login/")
    assert_accessible(page)
    page.get_by_label("Email").fill("robin.ashby@northshire.police.uk")
    page.get_by_label("Password").fill("negotiate-the-zopa-2026")
    page.get_by_role("button", name=re.compile("Sign In", re.I)).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")


def test_new_learner_takes_a_course_and_resumes(page, live_server, academy, assert_accessible):
    base_url = live_server.url
    sign_up(page, base_url, assert_accessible)
    confirm_email(page, assert_accessible)
    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")
    assert_accessible(page)

    # Browse the catalogue: search and filter.
    page.get_by_role("link", name="Courses", exact=True).click()
    assert_accessible(page)
    page.get_by_label("Search courses").fill("suppliers")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("heading", name="1 course")).to_be_visible()
    page.get_by_role("link", name="Clear search and filters").click()
    page.get_by_label("Level").select_option(label="Foundation")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("heading", name="1 course")).to_be_visible()
    page.get_by_role("link", name="Contract negotiation").click()

    # The course page: overview, then enrol and start.
    expect(page.get_by_role("heading", name="What you will learn")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Enrol on this course").click()
    expect(page.get_by_text("Your progress: 0%")).to_be_visible()
    page.get_by_role("button", name="Start the course").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Lesson 1.1")
    assert_accessible(page)
    page.get_by_role("link", name=re.compile("Next lesson")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lesson 1.2")
    page.get_by_role("link", name=re.compile("Previous lesson")).click()
    page.get_by_role("button", name="Mark as complete and continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lesson 1.2")
    expect(page.get_by_text("Course progress: 25%")).to_be_visible()
    page.get_by_role("button", name="Mark as complete and continue").click()
    expect(page.get_by_text("Module: 0% complete")).to_be_visible()

    # Sign out and back in: "Continue" goes to the exact next lesson.
    page.get_by_role("link", name="Sign out").click()
    page.get_by_role("button", name=re.compile("Sign Out", re.I)).click()
    sign_in(page, base_url, assert_accessible)
    expect(page.get_by_text("Progress: 50%")).to_be_visible()
    page.get_by_role("button", name=re.compile("Continue")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lesson 2.1")

    page.get_by_role("button", name="Mark as complete and continue").click()
    page.get_by_role("button", name="Mark as complete", exact=True).click()
    expect(page.get_by_role("heading", name="Course complete")).to_be_visible()
    expect(page.get_by_text("Your progress: 100%")).to_be_visible()

    page.get_by_role("link", name="My learning").click()
    expect(page.get_by_role("cell", name="Contract negotiation")).to_be_visible()
    expect(page.get_by_role("heading", name="What to take next")).to_be_visible()
    assert_accessible(page)
    assert any("You have completed Contract negotiation" in message.subject for message in mail.outbox)

    # The account pages a learner may open are restyled and pass the same checks.
    for path in ["/accounts/profile/", "/accounts/2fa/", "/accounts/password/change/", "/accounts/email/"]:
        page.goto(base_url + path)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        assert_accessible(page)
    page.get_by_role("link", name="Sign out").click()
    page.get_by_role("button", name=re.compile("Sign Out", re.I)).click()
    page.goto(base_url + "/accounts/password/reset/")
    assert_accessible(page)
