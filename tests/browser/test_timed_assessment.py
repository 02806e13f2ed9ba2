"""A timed assessment in the browser: answers saved as the learner goes, a fair end when time runs out, adjustments."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from courses.services import enrolment_create
from quizzes.models import QuizAttempt
from tests.accounts.factories import UserFactory, staff_user
from tests.browser.test_quiz_journey import sign_in
from tests.courses.factories import build_course, build_site
from tests.quizzes.factories import build_quiz

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def timed(live_server):
    course = build_course(build_site(), modules=1, lessons=1)
    quiz = build_quiz(course, slug="final-assessment", time_limit_minutes=10, reveal_answers="never")
    learner = UserFactory()
    enrolment_create(user=learner, course=course)
    return quiz, learner


def move_deadline(seconds_from_now):
    QuizAttempt.objects.update(deadline_at=timezone.now() + timedelta(seconds=seconds_from_now))


def saved_answers():
    return QuizAttempt.objects.get().answers


def answer_two_and_wait_for_the_saves(page):
    page.get_by_label("Best alternative to a negotiated agreement").check()
    expect(page.get_by_text(re.compile("Answers last saved at"))).to_be_visible()
    page.get_by_role("group", name=re.compile("TUPE")).get_by_label("True").check()
    for _ in range(100):  # the second save is queued behind the first: wait until the server has it
        if len(saved_answers()) == 2:
            return
        page.wait_for_timeout(100)


def test_time_runs_out_and_the_saved_answers_are_scored(page, live_server, timed, assert_accessible):
    quiz, learner = timed
    sign_in(page, live_server.url, learner, quiz.url)
    expect(page.get_by_text("If you need more time")).to_be_visible()
    page.get_by_role("button", name="Start the quiz").click()

    expect(page.get_by_role("timer")).to_have_text(re.compile(r"^(10:00|9:5\d)$"))
    assert_accessible(page)  # the countdown, the live region and the form, with no violations
    answer_two_and_wait_for_the_saves(page)
    assert saved_answers() == {"q-batna": "batna-right", "q-tupe": "true"}

    # The learner's browser is closed; the time limit (and its grace) passes; they come back.
    move_deadline(-120)
    page.reload()
    expect(page.get_by_role("heading", name="You did not pass this time")).to_be_visible()
    expect(page.get_by_text("You scored 50%")).to_be_visible()


def test_countdown_announces_the_last_minute_politely_then_submits(page, live_server, timed, assert_accessible):
    quiz, learner = timed
    sign_in(page, live_server.url, learner, quiz.url)
    page.get_by_role("button", name="Start the quiz").click()
    page.get_by_label("Best alternative to a negotiated agreement").check()
    expect(page.get_by_text(re.compile("Answers last saved at"))).to_be_visible()

    move_deadline(63)
    page.reload()
    announcer = page.locator("[data-countdown-announcer]")
    expect(announcer).to_have_attribute("aria-live", "polite")
    expect(announcer).to_have_text("", timeout=1000)  # the clock itself is not read out every second
    expect(announcer).to_have_text("1 minute left.", timeout=10_000)
    assert_accessible(page)

    move_deadline(3)
    page.reload()
    expect(page.get_by_text("You scored 25%")).to_be_visible(timeout=15_000)  # submitted when the clock hit zero


def test_an_adjustment_set_by_an_admin_extends_the_deadline(page, browser, live_server, timed):
    quiz, learner = timed
    admin_page = browser.new_page()
    sign_in(admin_page, live_server.url, staff_user(), "/admin/timing_adjustments/new/")
    admin_page.get_by_label("Learner's email address").fill(learner.email)
    admin_page.get_by_label("Extra time: twice the limit").check()
    admin_page.get_by_role("button", name=re.compile("Create|Save")).click()
    expect(admin_page.get_by_text(learner.email).first).to_be_visible()
    admin_page.close()

    sign_in(page, live_server.url, learner, quiz.url)
    expect(page.get_by_text(re.compile("20 minutes, from when you start"))).to_be_visible()
    page.get_by_role("button", name="Start the quiz").click()
    expect(page.get_by_role("timer")).to_have_text(re.compile(r"^(20:00|19:5\d)$"))
    attempt = QuizAttempt.objects.get()
    assert abs(attempt.deadline_at - attempt.started_at - timedelta(minutes=20)) < timedelta(seconds=1)
