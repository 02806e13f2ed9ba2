"""An essay waits for marking; a trainer marks it in the Wagtail admin; the learner sees the mark and comment."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import ModulePage
from courses.services import enrolment_create
from tests.accounts.factories import UserFactory, staff_user
from tests.browser.test_quiz_journey import sign_in
from tests.courses.factories import build_course, build_site
from tests.quizzes.factories import QUIZ_BANK, build_quiz
from tests.quizzes.test_essay_marking import ESSAY

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_essay_is_marked_in_the_admin_and_the_learner_sees_the_result(page, live_server, assert_accessible):
    course = build_course(build_site(), modules=1, lessons=1)
    quiz = build_quiz(ModulePage.objects.child_of(course).first(), bank=[QUIZ_BANK[2], ESSAY], pass_mark=75)
    learner = UserFactory()
    enrolment_create(user=learner, course=course)
    sign_in(page, live_server.url, learner, quiz.url)
    page.get_by_role("button", name="Start the quiz").click()
    page.get_by_role("group", name=re.compile("TUPE")).get_by_label("True").check()
    page.get_by_label(re.compile("prepare for a renewal")).fill("First I would establish our BATNA.")
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_role("heading", name="Your answers are awaiting marking")).to_be_visible()
    assert_accessible(page)
    result_url = page.url

    page.context.clear_cookies()
    sign_in(page, live_server.url, staff_user(), "/admin/essay-marking/")
    page.get_by_role("link", name=re.compile(learner.first_name)).click()
    expect(page.get_by_text("RUBRIC-TEXT: two marks for a BATNA.")).to_be_visible()
    expect(page.get_by_text("First I would establish our BATNA.")).to_be_visible()
    page.get_by_label("Mark").select_option("0.5")
    page.get_by_label("Comment for the learner").fill("A good start; say what you would do next.")
    page.get_by_role("button", name="Save marks and tell the learner").click()
    expect(page.get_by_text(re.compile("scored 75% and passed"))).to_be_visible()

    page.context.clear_cookies()
    sign_in(page, live_server.url, learner, result_url)
    expect(page.get_by_role("heading", name="You passed")).to_be_visible()
    expect(page.get_by_text("A good start; say what you would do next.")).to_be_visible()
    assert_accessible(page)
