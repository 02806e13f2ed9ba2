"""A trainer links a quiz question to the lesson to revise: the chooser opens at the quiz's own course."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import LessonPage, ModulePage
from quizzes.models import QuizPage
from tests.authoring.factories import trainer
from tests.browser.test_accessibility_sweep import signed_in_context
from tests.courses.factories import build_course, build_site
from tests.quizzes.factories import build_quiz

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def quiz(live_server):
    catalogue = build_site()
    build_course(catalogue, slug="another-course", title="Another course", modules=1, lessons=1)
    course = build_course(catalogue, modules=2, lessons=2)
    quiz = build_quiz(ModulePage.objects.child_of(course).first())  # its first question links no lesson
    author = trainer(first_name="Tam", last_name="Trainer")
    course.trainers.add(author)
    return quiz, author


def test_the_revise_lesson_chooser_opens_at_the_quizs_course_and_the_choice_is_saved(browser, live_server, quiz):
    quiz, author = quiz
    page = signed_in_context(browser, live_server, author, staff=True).new_page()
    page.goto(f"{live_server.url}/admin/pages/{quiz.pk}/edit/")
    page.wait_for_load_state("networkidle")

    first_question = page.locator("[data-contentpath='questions'] [data-contentpath]").first
    first_question.get_by_role("button", name=re.compile("Choose a page|Choose a lesson", re.I)).first.click()

    modal = page.locator(".modal-dialog")
    # Wagtail's chooser lists the course's children: its modules, each explored to its lessons.
    expect(modal.get_by_role("row", name=re.compile("^Module 1 "))).to_be_visible()
    expect(modal.get_by_text("Contract negotiation").first).to_be_visible()
    expect(modal.get_by_text("Another course")).to_have_count(0)  # not the top of the site
    modal.get_by_role("row", name=re.compile("^Module 2 ")).get_by_role("link", name="Explore").click()
    expect(modal.get_by_role("link", name="Lesson 2.1", exact=True)).to_be_visible()
    modal.get_by_role("link", name="Lesson 2.2", exact=True).click()
    expect(modal).to_be_hidden()
    expect(first_question.get_by_text("Lesson 2.2")).to_be_visible()

    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text(re.compile(r"Page '.*' has been updated")).first).to_be_visible()
    draft = QuizPage.objects.get(pk=quiz.pk).get_latest_revision_as_object()
    assert draft.questions[0].value["revise_lesson"] == LessonPage.objects.get(title="Lesson 2.2")
