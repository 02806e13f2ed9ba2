"""Starting, submitting and limiting quiz attempts, as the services enforce them."""

import copy
import json
import random
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from courses.models import Enrolment, StepCompletion
from courses.services import NotEnrolled, lesson_complete
from quizzes.models import QuizAttempt, QuizPage
from quizzes.services import quiz_attempt_start, quiz_attempt_submit
from tests.courses.factories import lessons_of
from tests.quizzes.factories import QUIZ_BANK, RIGHT_ANSWERS, build_quiz


def test_start_records_drawn_questions_revision_and_pass_mark(quiz, enrolled_learner):
    attempt = quiz_attempt_start(user=enrolled_learner, quiz=quiz)
    assert attempt.number == 1
    assert attempt.revision_id == quiz.live_revision_id
    assert attempt.pass_mark == 75
    assert [item["id"] for item in attempt.questions] == ["q-batna", "q-kpi", "q-tupe", "q-zopa"]


def test_starting_twice_resumes_the_open_attempt(quiz, enrolled_learner):
    first = quiz_attempt_start(user=enrolled_learner, quiz=quiz)
    assert quiz_attempt_start(user=enrolled_learner, quiz=quiz).pk == first.pk
    assert QuizAttempt.objects.count() == 1


def test_not_enrolled_cannot_start(quiz, other_learner):
    with pytest.raises(NotEnrolled):
        quiz_attempt_start(user=other_learner, quiz=quiz)


def test_right_answers_pass_and_count_toward_course_progress(quiz, enrolled_learner, course):
    attempt = quiz_attempt_submit(attempt=quiz_attempt_start(user=enrolled_learner, quiz=quiz), answers=RIGHT_ANSWERS)
    assert attempt.passed and attempt.score_percent == 100
    enrolment = Enrolment.objects.get(user=enrolled_learner)
    assert enrolment.progress_percent == 20  # 1 of 4 lessons + 1 quiz


def test_a_pass_records_one_step_completion_and_a_fail_none(quiz, enrolled_learner):
    failed = quiz_attempt_submit(attempt=quiz_attempt_start(user=enrolled_learner, quiz=quiz), answers={})
    assert not failed.passed and not StepCompletion.objects.exists()
    for _ in range(2):  # passing again changes nothing
        quiz_attempt_submit(attempt=quiz_attempt_start(user=enrolled_learner, quiz=quiz), answers=RIGHT_ANSWERS)
    assert list(StepCompletion.objects.values_list("enrolment__user", "page")) == [(enrolled_learner.pk, quiz.pk)]


def test_resubmitting_a_graded_attempt_changes_nothing(quiz, enrolled_learner):
    attempt = quiz_attempt_submit(attempt=quiz_attempt_start(user=enrolled_learner, quiz=quiz), answers={})
    assert attempt.score_percent == 0
    stale = QuizAttempt.objects.get(pk=attempt.pk)
    stale.submitted_at = None  # as a second tab still holding the open attempt would
    again = quiz_attempt_submit(attempt=stale, answers=RIGHT_ANSWERS)
    assert again.score_percent == 0 and again.passed is False
    assert QuizAttempt.objects.get(pk=attempt.pk).answers == {}


def test_attempt_limit(course, enrolled_learner):
    quiz = build_quiz(course, slug="final", max_attempts=2)
    for _ in range(2):
        quiz_attempt_submit(attempt=quiz_attempt_start(user=enrolled_learner, quiz=quiz), answers={})
    with pytest.raises(ValidationError, match="used all 2 attempts"):
        quiz_attempt_start(user=enrolled_learner, quiz=quiz)
    assert QuizAttempt.objects.count() == 2


def test_time_limit_is_enforced_by_the_server(course, enrolled_learner):
    """A submit arriving after the limit is graded on what was saved in time, not on what it carries."""
    quiz = build_quiz(course, slug="timed", time_limit_minutes=10)
    attempt = quiz_attempt_start(user=enrolled_learner, quiz=quiz)
    assert attempt.deadline_at - attempt.started_at == pytest.approx(timedelta(minutes=10), abs=timedelta(seconds=1))
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline_at=timezone.now() - timedelta(minutes=5))
    attempt.refresh_from_db()
    graded = quiz_attempt_submit(attempt=attempt, answers=RIGHT_ANSWERS)
    assert graded.score_percent == 0 and graded.answers == {}


def test_draws_n_of_m_and_shuffles_options(course, enrolled_learner):
    quiz = build_quiz(course, slug="drawn", questions_per_attempt=2, shuffle_options=True)
    attempt = quiz_attempt_start(user=enrolled_learner, quiz=quiz, rng=random.Random(4))
    assert len(attempt.questions) == 2
    assert {item["id"] for item in attempt.questions} < {"q-batna", "q-kpi", "q-tupe", "q-zopa"}


def test_an_attempt_started_after_a_republish_draws_the_bank_as_republished(quiz, enrolled_learner):
    first = quiz_attempt_start(user=enrolled_learner, quiz=quiz)  # the bank's snapshots are cached now
    quiz_attempt_submit(attempt=first, answers=RIGHT_ANSWERS)
    bank = copy.deepcopy(QUIZ_BANK)
    bank[0]["value"]["prompt"] = "What does BATNA stand for?"
    quiz = QuizPage.objects.get(pk=quiz.pk)
    quiz.questions = json.dumps(bank)
    quiz.save_revision().publish()

    second = quiz_attempt_start(user=enrolled_learner, quiz=QuizPage.objects.get(pk=quiz.pk))

    prompts = {q["prompt"] for item in second.questions for q in item["questions"]}
    assert "What does BATNA stand for?" in prompts and "What is a BATNA?" not in prompts
    assert first.questions[0]["questions"][0]["prompt"] == "What is a BATNA?"  # the first attempt keeps its own


def test_grading_uses_the_questions_as_they_were_when_the_attempt_started(quiz, enrolled_learner):
    attempt = quiz_attempt_start(user=enrolled_learner, quiz=quiz)
    quiz.questions = []  # the trainer empties the bank mid-attempt
    quiz.save_revision().publish()
    graded = quiz_attempt_submit(attempt=attempt, answers=RIGHT_ANSWERS)
    assert graded.passed and graded.score_percent == 100


def test_tampered_answers_for_questions_not_drawn_are_ignored(quiz, enrolled_learner):
    attempt = quiz_attempt_start(user=enrolled_learner, quiz=quiz)
    graded = quiz_attempt_submit(
        attempt=attempt,
        answers={"not-a-question": ["x"], "q-batna": ["forged"], "q-kpi": ["kpi-missed", "forged"], "q-tupe": "maybe"},
    )
    # Junk is dropped, not stored: only the real option survives.
    assert graded.answers == {"q-kpi": ["kpi-missed"]}
    assert graded.score_percent == 12


def test_quiz_must_be_passed_for_course_completion(course, enrolled_learner):
    quiz = build_quiz(course, slug="final-assessment")
    for lesson in lessons_of(course):
        lesson_complete(user=enrolled_learner, lesson=lesson)
    assert Enrolment.objects.get(user=enrolled_learner).completed_at is None
    quiz_attempt_submit(attempt=quiz_attempt_start(user=enrolled_learner, quiz=quiz), answers=RIGHT_ANSWERS)
    assert Enrolment.objects.get(user=enrolled_learner).completed_at is not None
