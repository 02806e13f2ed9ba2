"""A learner fails a quiz, revises, retries and passes; a trainer builds a quiz in the Wagtail admin."""

import copy
import re

import pytest
from playwright.sync_api import expect

from courses.models import ModulePage
from courses.services import enrolment_create
from tests.accounts.factories import PASSWORD, UserFactory, current_totp_code, staff_user
from tests.courses.factories import build_course, build_site, lessons_of
from tests.quizzes.factories import QUIZ_BANK, build_quiz

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, base_url, user, next_path="/"):
    page.goto(f"{base_url}/accounts/login/?next={next_path}")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Sign In", re.I)).click()
    if user.is_staff:  # staff pass the second factor with a code from their authenticator app
        page.get_by_label("Code", exact=True).fill(current_totp_code())
        page.get_by_role("button", name=re.compile("Sign In", re.I)).click()


@pytest.fixture
def course_with_quiz(live_server):
    course = build_course(build_site(), modules=1, lessons=1)
    lesson = lessons_of(course)[0]
    bank = copy.deepcopy(QUIZ_BANK)
    for item in bank:
        item["value"]["revise_lesson"] = lesson.pk
    build_quiz(ModulePage.objects.child_of(course).first(), bank=bank, max_attempts=3)
    return course


def answer_all_correctly(page):
    page.get_by_label("Best alternative to a negotiated agreement").check()
    page.get_by_label("Missed KPI").check()
    page.get_by_label("Late invoice").check()
    page.get_by_role("group", name=re.compile("TUPE")).get_by_label("True").check()
    page.get_by_label(re.compile("Name the overlap")).fill("  zopa ")


def test_learner_fails_reviews_retries_and_passes(page, live_server, course_with_quiz, assert_accessible):
    learner = UserFactory()
    enrolment_create(user=learner, course=course_with_quiz)
    sign_in(page, live_server.url, learner, course_with_quiz.url)

    page.get_by_role("button", name="Start the course").click()
    page.get_by_role("button", name="Mark as complete and continue").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Module quiz")
    expect(page.get_by_text("75%")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Start the quiz").click()

    assert_accessible(page)
    page.get_by_label("Bottom acceptable tender").check()
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_role("heading", name="You did not pass this time")).to_be_visible()
    expect(page.get_by_text("You scored 0%")).to_be_visible()
    expect(page.get_by_text("FEEDBACK-WRONG")).to_be_visible()
    expect(page.get_by_text("You have 2 attempts left.")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("heading", name="Lessons to revise").locator("xpath=following-sibling::ul[1]").get_by_role(
        "link", name="Lesson 1.1"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lesson 1.1")
    expect(page.get_by_text("Course progress: 50%")).to_be_visible()
    page.go_back()

    page.get_by_role("button", name="Try again").click()
    answer_all_correctly(page)
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_role("heading", name="You passed")).to_be_visible()
    expect(page.get_by_text("You scored 100%")).to_be_visible()

    page.get_by_role("link", name=re.compile("Back to Contract negotiation")).click()
    expect(page.get_by_text("Your progress: 100%")).to_be_visible()
    expect(page.get_by_role("heading", name="Course complete")).to_be_visible()

    page.get_by_role("link", name="My learning").click()
    expect(page.get_by_role("heading", name="Quiz results")).to_be_visible()
    expect(page.get_by_role("cell", name="100%")).to_be_visible()


def test_trainer_builds_and_publishes_a_quiz_that_a_learner_then_takes(page, live_server, assert_accessible):
    course = build_course(build_site(), modules=1, lessons=1)
    module = ModulePage.objects.child_of(course).first()
    trainer = staff_user()
    sign_in(page, live_server.url, trainer, f"/admin/pages/{module.pk}/add_subpage/")

    page.get_by_role("link", name="Quiz page", exact=True).click()
    # Wagtail's editor: fields are found by their ids and names, as Wagtail renders them.
    page.locator("#id_title").fill("Negotiation check")
    page.locator("#id_pass_mark").fill("50")
    page.get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name="True or false").click()
    page.locator("textarea[name='questions-0-value-prompt']").fill("A BATNA is your walk-away option.")
    page.locator("select[name='questions-0-value-correct_answer']").select_option("true")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_text(re.compile("Page 'Negotiation check' (created and )?published"))).to_be_visible()

    learner = UserFactory()
    enrolment_create(user=learner, course=course)
    page.context.clear_cookies()
    sign_in(page, live_server.url, learner, course.url)
    page.get_by_role("link", name="Negotiation check").click()
    page.get_by_role("button", name="Start the quiz").click()
    page.get_by_role("group", name=re.compile("walk-away")).get_by_label("True").check()
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_role("heading", name="You passed")).to_be_visible()
