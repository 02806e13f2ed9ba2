"""A lesson or quiz whose module or course is unpublished is gone for learners: not served, not counted."""

import pytest
from django.core.exceptions import ValidationError

from courses.models import Enrolment, ModulePage, StepCompletion
from courses.services import enrolment_create, lesson_complete
from quizzes.services import quiz_attempt_start
from tests.courses.factories import lessons_of
from tests.quizzes.factories import build_quiz


@pytest.fixture
def enrolled(course, learner, learner_client):
    """The learner enrolled on a course of two modules of two lessons, with a quiz ending the second module."""
    second = ModulePage.objects.child_of(course).order_by("path").last()
    quiz = build_quiz(second)
    enrolment_create(user=learner, course=course)
    return course, second, quiz


def withdraw(page):
    """Unpublish only this page, as an editor who leaves 'unpublish child pages' unticked."""
    page.unpublish(commit=True)


def test_a_lesson_and_quiz_under_an_unpublished_module_are_not_found(enrolled, learner_client):
    course, second, quiz = enrolled
    hidden_lesson = lessons_of(course)[2]
    withdraw(second)

    assert learner_client.get(hidden_lesson.url).status_code == 404
    assert learner_client.get(quiz.url).status_code == 404
    assert learner_client.post(f"{hidden_lesson.url}complete/").status_code == 404
    assert learner_client.post(f"{quiz.url}start/").status_code == 404


def test_the_course_outline_and_progress_leave_out_a_withdrawn_module(enrolled, learner, learner_client):
    course, second, quiz = enrolled
    withdraw(second)
    for lesson in lessons_of(course)[:2]:
        learner_client.post(f"{lesson.url}complete/")

    course_page = learner_client.get(course.url).content.decode()
    enrolment = Enrolment.objects.get(user=learner, course=course)

    assert "Lesson 2.1" not in course_page and "Module quiz" not in course_page
    assert (enrolment.progress_percent, enrolment.completed_at is not None) == (100, True)


def test_completing_a_lesson_under_a_withdrawn_module_is_refused_and_not_counted(enrolled, learner):
    course, second, _quiz = enrolled
    hidden_lesson = lessons_of(course)[2]
    withdraw(second)

    with pytest.raises(ValidationError, match="not part of an open course"):
        lesson_complete(user=learner, lesson=hidden_lesson)

    assert not StepCompletion.objects.filter(page=hidden_lesson).exists()
    assert Enrolment.objects.get(user=learner, course=course).progress_percent == 0


def test_a_quiz_under_a_withdrawn_module_cannot_be_started(enrolled, learner):
    _course, second, quiz = enrolled
    withdraw(second)

    with pytest.raises(ValidationError, match="not part of an open course"):
        quiz_attempt_start(user=learner, quiz=quiz)


def test_a_lesson_under_an_unpublished_course_is_not_found_even_for_its_learners(enrolled, learner, learner_client):
    course, _second, quiz = enrolled
    lesson = lessons_of(course)[0]
    withdraw(course)

    assert learner_client.get(lesson.url).status_code == 404
    assert learner_client.get(quiz.url).status_code == 404
    with pytest.raises(ValidationError):
        lesson_complete(user=learner, lesson=lesson)


def test_republishing_the_module_brings_its_lessons_back(enrolled, learner_client):
    course, second, quiz = enrolled
    withdraw(second)
    second.save_revision().publish()

    assert learner_client.get(lessons_of(course)[2].url).status_code == 200
    assert learner_client.get(quiz.url).status_code == 200


def test_withdrawing_a_module_recounts_learners_progress(enrolled, learner, django_capture_on_commit_callbacks):
    course, second, _quiz = enrolled
    for lesson in lessons_of(course)[:2]:
        lesson_complete(user=learner, lesson=lesson)
    assert Enrolment.objects.get(user=learner, course=course).progress_percent == 40  # 2 of 5 steps

    with django_capture_on_commit_callbacks(execute=True):
        withdraw(second)

    assert Enrolment.objects.get(user=learner, course=course).progress_percent == 100  # 2 of the 2 left
