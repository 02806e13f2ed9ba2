"""On PostgreSQL: concurrent submits grade one attempt once; concurrent starts cannot beat the limit."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection, connections

from courses.models import ModulePage
from courses.services import enrolment_create
from quizzes.models import QuizAttempt
from quizzes.services import quiz_attempt_start, quiz_attempt_submit
from tests.courses.factories import build_course, build_site
from tests.quizzes.factories import RIGHT_ANSWERS, build_quiz

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is tested on PostgreSQL (CI runs it with DATABASE_URL)")


def run_together(target, count):
    """Run `target` in `count` threads released at the same moment; return results or exceptions."""
    barrier = threading.Barrier(count)
    outcomes = []

    def worker():
        barrier.wait()
        try:
            outcomes.append(target())
        except Exception as error:  # noqa: BLE001 - the test inspects what each thread met
            outcomes.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


@pytest.fixture
def quiz_and_learner(learner):
    course = build_course(build_site(), modules=1, lessons=1)
    quiz = build_quiz(ModulePage.objects.child_of(course).first(), max_attempts=2)
    enrolment_create(user=learner, course=course)
    return quiz, learner


def test_concurrent_submits_of_one_attempt_grade_it_once(quiz_and_learner):
    quiz, learner = quiz_and_learner
    attempt_id = quiz_attempt_start(user=learner, quiz=quiz).pk
    answer_sets = [RIGHT_ANSWERS, {}] * 4

    def submit():
        answers = answer_sets.pop()
        return quiz_attempt_submit(attempt=QuizAttempt.objects.get(pk=attempt_id), answers=answers).score_percent

    scores = run_together(submit, 8)
    assert not [score for score in scores if isinstance(score, Exception)], scores
    assert len(set(scores)) == 1, f"every submit must see the one grade, saw {scores}"
    assert QuizAttempt.objects.filter(submitted_at__isnull=False).count() == 1


def test_concurrent_starts_at_the_limit_make_no_extra_attempt(quiz_and_learner):
    quiz, learner = quiz_and_learner
    quiz_attempt_submit(attempt=quiz_attempt_start(user=learner, quiz=quiz), answers={})  # 1 of 2 used

    outcomes = run_together(lambda: quiz_attempt_start(user=learner, quiz=quiz).pk, 8)
    started = {outcome for outcome in outcomes if not isinstance(outcome, Exception)}
    assert len(started) == 1, outcomes  # all eight clicks land on the same second attempt
    assert all(isinstance(outcome, ValidationError) for outcome in outcomes if isinstance(outcome, Exception))
    assert QuizAttempt.objects.count() == 2

    quiz_attempt_submit(attempt=QuizAttempt.objects.get(pk=started.pop()), answers={})
    outcomes = run_together(lambda: quiz_attempt_start(user=learner, quiz=quiz).pk, 8)
    assert all(isinstance(outcome, ValidationError) for outcome in outcomes), outcomes
    assert QuizAttempt.objects.count() == 2
