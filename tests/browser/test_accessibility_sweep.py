"""Every learner page type and every admin page the academy adds: axe WCAG 2.2 A/AA clean, no sideways scroll
at 320 px."""

import re

import pytest
from django.conf import settings
from django.test import Client

from content.demo import ensure_demo_content_pages
from courses.models import HomePage, LessonPage, ModulePage
from courses.services import enrolment_create, lesson_complete
from privacy.models import AuditEntry, RetentionPolicy
from privacy.services import subject_access_build, subject_access_request
from quizzes.question_bank.services import question_bank_import
from quizzes.services import quiz_attempt_start, quiz_attempt_submit
from tests.accounts.factories import UserFactory, sign_in_staff, staff_user
from tests.browser.sweep import axe_source, check, sweep
from tests.courses.factories import build_course, build_site
from tests.quizzes.factories import build_quiz
from tracking.models import Assignment, ReportExport

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
GIFT = (settings.BASE_DIR / "tests" / "quizzes" / "fixtures" / "negotiation.gift").read_bytes()


@pytest.fixture
def academy(live_server, tmp_path, monkeypatch):
    """A course with a scenario quiz; a learner who has studied, attempted and asked for their data."""
    from django.core.files.storage import FileSystemStorage

    from privacy.models import SubjectAccessExport

    monkeypatch.setattr(SubjectAccessExport._meta.get_field("file"), "storage", FileSystemStorage(location=tmp_path))
    catalogue = build_site()
    ensure_demo_content_pages(HomePage.objects.get())
    course = build_course(catalogue, modules=1, lessons=2)
    module = ModulePage.objects.child_of(course).first()
    quiz = build_quiz(module)
    scenario_quiz = build_quiz(module, slug="scenario-quiz")
    admin = staff_user()
    question_bank_import(quiz=scenario_quiz, data=GIFT, file_format="gift", replace=True, user=admin, publish=True)
    learner = UserFactory(first_name="Robin", last_name="Ashby", job_role="Contract manager")
    enrolment_create(user=learner, course=course)
    lesson = LessonPage.objects.descendant_of(course).first()
    lesson_complete(user=learner, lesson=lesson)
    attempt = quiz_attempt_submit(
        attempt=quiz_attempt_start(user=learner, quiz=quiz), answers={"q-batna": ["batna-wrong"]}
    )
    open_attempt = quiz_attempt_start(user=learner, quiz=scenario_quiz.specific_class.objects.get(pk=scenario_quiz.pk))
    subject_access_build(export_id=subject_access_request(user=learner).pk)
    return {
        "course": course,
        "module": module,
        "lesson": lesson,
        "quiz": quiz,
        "attempt": attempt,
        "open_attempt": open_attempt,
        "scenario_quiz": scenario_quiz,
        "learner": learner,
        "admin": admin,
    }


def signed_in_context(browser, live_server, user, staff=False):
    """A browser context holding a session made by Django's test client (password and, for staff, TOTP done)."""
    client = Client()
    sign_in_staff(client, user) if staff else client.force_login(user)
    context = browser.new_context()
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    return context


def test_learner_pages(browser, live_server, academy):
    source = axe_source()
    a = academy
    anonymous = browser.new_page()
    problems = sweep(
        anonymous,
        live_server.url,
        [
            "/accounts/login/",
            "/accounts/signup/",
            "/accounts/password/reset/",
            "/accessibility/",
            "/privacy/",
            "/cookies/",
            "/status/",
        ],
        source,
    )
    page = signed_in_context(browser, live_server, a["learner"]).new_page()
    scenario_url = a["scenario_quiz"].url
    paths = [
        "/",
        "/courses/",
        "/courses/?q=negotiation",
        a["course"].url,
        a["module"].url,
        a["lesson"].url,
        a["quiz"].url,
        f"{a['quiz'].url}attempt/{a['attempt'].pk}/result/",
        f"{scenario_url}attempt/{a['open_attempt'].pk}/",
        "/my-learning/",
        "/accounts/profile/",
        "/accounts/your-data/",
        "/accounts/password/change/",
        "/no-such-page/",
    ]
    problems += sweep(page, live_server.url, paths, source)
    # A form with errors: the error summary and the fields' messages.
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/accounts/password/change/")
    page.get_by_role("button", name=re.compile("Change password", re.I)).click()
    assert page.locator(".govuk-error-summary").count() == 1
    assert page.title().startswith("Error: ")
    problems += check(page, "/accounts/password/change/ (with errors)", source)
    assert problems == [], "\n".join(problems)


def test_admin_pages_the_academy_adds(browser, live_server, academy):
    source = axe_source()
    a = academy
    AuditEntry.objects.create(actor_label="Admin", action=AuditEntry.ERASURE, target_label="Erased learner #9")
    RetentionPolicy.load()
    export = ReportExport.objects.create(
        requested_by=a["admin"], report="enrolments", file_format="xlsx", rows_total=10
    )
    assignment = Assignment.objects.create(
        course=a["course"], organisation=a["learner"].organisation, due_date="2030-01-01"
    )
    entry = AuditEntry.objects.first()
    page = signed_in_context(browser, live_server, a["admin"], staff=True).new_page()
    paths = [
        "/admin/audit-log/",
        f"/admin/audit-log/inspect/{entry.pk}/",
        "/admin/retention-runs/",
        f"/admin/settings/privacy/retentionpolicy/{RetentionPolicy.load().pk}/",
        f"/admin/privacy/erase/{a['learner'].pk}/",
        *(
            f"/admin/academy-reports/{slug}/"
            for slug in ["courses", "organisations", "departments", "learners", "overdue", "enrolments"]
        ),
        f"/admin/academy-reports/learners/{a['learner'].pk}/",
        f"/admin/academy-reports/exports/{export.pk}/",
        "/admin/membership-requests/",
        "/admin/snippets/tracking/assignment/",
        "/admin/snippets/tracking/assignment/add/",
        f"/admin/snippets/tracking/assignment/edit/{assignment.pk}/",
        f"/admin/quizzes/{a['quiz'].pk}/questions/",
        f"/admin/catalogue/{a['course'].get_parent().pk}/import-course/",
    ]
    problems = sweep(page, live_server.url, paths, source)
    assert problems == [], "\n".join(problems)
