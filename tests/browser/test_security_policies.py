"""In Chromium: the Content-Security-Policy breaks nothing it protects, for learners or in the Wagtail admin."""

import re

import pytest
from django.test import Client
from playwright.sync_api import expect

from courses.models import LessonPage
from courses.services import enrolment_create
from tests.accounts.factories import sign_in_staff, staff_user
from tests.courses.factories import build_course, build_site, lessons_of

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CSP_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  const where = e.sourceFile + ":" + e.lineNumber;
  window.cspViolations.push(e.violatedDirective + " " + (e.blockedURI || "inline") + " " + where);
});
"""


def browser_page(browser, live_server, client):
    """A Chromium page signed in as `client` is, recording every CSP violation and console error."""
    context = browser.new_context()
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}])
    context.add_init_script(CSP_VIOLATIONS)
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    return page


def assert_no_csp_errors(page):
    assert page.evaluate("window.cspViolations") == []
    assert [text for text in page.console_errors if "Content Security Policy" in text] == []


def test_govuk_frontend_runs_on_a_learners_lesson_under_the_policy(browser, live_server, learner):
    course = build_course(build_site(), modules=1, lessons=2)
    enrolment_create(user=learner, course=course)
    client = Client()
    client.force_login(learner)
    page = browser_page(browser, live_server, client)

    page.goto(live_server.url + lessons_of(course)[0].url)

    expect(page.locator("body")).to_have_class(re.compile("govuk-frontend-supported"))
    expect(page.locator(".govuk-skip-link")).to_have_attribute("data-govuk-skip-link-init", "")
    assert_no_csp_errors(page)


def test_the_wagtail_page_editor_and_its_preview_load_under_the_admin_policy(browser, live_server):
    course = build_course(build_site(), modules=1, lessons=1)
    lesson = LessonPage.objects.descendant_of(course).get()
    client = sign_in_staff(Client(), staff_user())
    page = browser_page(browser, live_server, client)

    page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/edit/")
    expect(page.locator("#id_title")).to_have_value("Lesson 1.1")
    # The StreamField and its rich-text editor are built by script: under a blocking policy they stay empty.
    expect(page.locator(".Draftail-Editor").get_by_text("Teaching 1.1")).to_be_visible()
    assert_no_csp_errors(page)

    page.goto(f"{live_server.url}/admin/pages/{lesson.pk}/view_draft/")
    expect(page.get_by_role("heading", name="Lesson 1.1")).to_be_visible()
    assert_no_csp_errors(page)


def test_the_admins_other_screens_load_under_its_policy(browser, live_server):
    course = build_course(build_site(), modules=1, lessons=1)
    module = course.get_children().get()
    client = sign_in_staff(Client(), staff_user())
    page = browser_page(browser, live_server, client)

    for path in [
        "/admin/",
        f"/admin/pages/{course.pk}/",
        f"/admin/pages/add/courses/lessonpage/{module.pk}/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/academy-reports/courses/",
    ]:
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        assert page.evaluate("window.cspViolations") == [], path
    assert_no_csp_errors(page)


def test_a_learners_other_pages_run_their_scripts_under_the_policy(browser, live_server, learner):
    course = build_course(build_site(), modules=1, lessons=1)
    enrolment_create(user=learner, course=course)
    client = Client()
    client.force_login(learner)
    page = browser_page(browser, live_server, client)

    for path in ["/", "/courses/", course.url, "/my-learning/", "/accounts/profile/"]:
        page.goto(live_server.url + path)
        expect(page.locator(".govuk-skip-link")).to_have_attribute("data-govuk-skip-link-init", "")
        assert page.evaluate("window.cspViolations") == [], path
    assert_no_csp_errors(page)
