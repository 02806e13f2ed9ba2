"""Writes for quizzes: an attempt records what was drawn when it starts and is graded exactly once."""

import random
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.services import enrolment_for_step, step_complete
from quizzes.models import QuizAttempt
from quizzes.question_types import registry
from quizzes.quiz_bank import draw_items, flat_questions
from quizzes.scoring import grade_attempt

SUBMISSION_GRACE = timedelta(seconds=60)  # network and page-load slack beyond the time limit


def open_attempt_for(*, enrolment, quiz):
    """The learner's attempt at this quiz still being answered, if any."""
    return QuizAttempt.objects.filter(enrolment=enrolment, quiz=quiz, submitted_at__isnull=True).first()


def quiz_attempt_start(*, user, quiz, rng=random):
    """Start an attempt (or resume the open one), within the attempt limit, even under concurrent clicks."""
    enrolment = enrolment_for_step(user=user, page=quiz, noun="quiz")
    open_attempt = open_attempt_for(enrolment=enrolment, quiz=quiz)
    if open_attempt is not None and not quiz_attempt_close_if_expired(attempt=open_attempt):
        return open_attempt
    used = QuizAttempt.objects.filter(enrolment=enrolment, quiz=quiz).count()
    if quiz.max_attempts and used >= quiz.max_attempts:
        raise ValidationError(f"You have used all {quiz.max_attempts} attempts at this quiz.")
    if not quiz.questions:
        raise ValidationError("This quiz has no questions yet.")
    started_at = timezone.now()
    items = draw_items(
        quiz.questions, count=quiz.questions_per_attempt_count, shuffle_options=quiz.shuffle_options, rng=rng
    )
    try:
        with transaction.atomic():
            return QuizAttempt.objects.create(
                enrolment=enrolment,
                quiz=quiz,
                revision=quiz.live_revision,
                number=used + 1,
                deadline_at=started_at + timedelta(minutes=quiz.time_limit_minutes)
                if quiz.time_limit_minutes
                else None,
                questions=items,
                pass_mark=quiz.pass_mark,
            )
    except IntegrityError:
        # A concurrent start (a second tab, a double click) took this attempt number first.
        open_attempt = open_attempt_for(enrolment=enrolment, quiz=quiz)
        if open_attempt is not None:
            return open_attempt
        raise ValidationError("You have used all the attempts at this quiz.") from None


def normalise_answers(questions, raw_answers):
    """Keep answers only to the drawn questions, in the shape each question type stores and grades."""
    answers = {}
    for question in questions:
        values = raw_answers.get(question["id"]) or []
        if isinstance(values, str):
            values = [values]
        question_type = registry.get(question["type"])
        values = [str(value)[: question_type.max_answer_length] for value in values]
        if any("\x00" in value for value in values):  # PostgreSQL cannot store it, even in JSON
            raise ValidationError("An answer holds a null character, which cannot be saved. Remove it and try again.")
        answer = question_type.normalise(question, values)
        if answer is not None:
            answers[question["id"]] = answer
    return answers


def quiz_attempt_submit(*, attempt, answers):
    """Grade an open attempt once; a resubmit, double submit or second tab gets the same graded attempt."""
    if attempt.submitted_at is not None:
        return attempt
    now = timezone.now()
    if attempt.deadline_at and now > attempt.deadline_at + SUBMISSION_GRACE:
        answers = {}  # the server's clock, not the browser's, decides what arrived in time
    return grade_and_close(attempt=attempt, answers=normalise_answers(flat_questions(attempt.questions), answers))


def quiz_attempt_close_if_expired(*, attempt):
    """Close an open attempt whose time ran out, grading it with no answers; True if it closed."""
    if attempt.submitted_at is None and attempt.deadline_at and timezone.now() > attempt.deadline_at + SUBMISSION_GRACE:
        grade_and_close(attempt=attempt, answers={})
        return True
    return False


def grade_and_close(*, attempt, answers):
    """Grade and close an attempt exactly once, even when two requests race; a pass completes the step."""
    result = grade_attempt(flat_questions(attempt.questions), answers, attempt.pass_mark)
    now = timezone.now()
    with transaction.atomic():
        closed = QuizAttempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
            submitted_at=now,
            answers=answers,
            results={r.question_id: r.as_json() for r in result.results},
            score_percent=result.score_percent,
            passed=result.passed,
            awaiting_marking=result.pending,
        )
        attempt.refresh_from_db()
        if closed and attempt.passed:
            # Courses hears of the pass as it hears of a lesson read: a completion for this step.
            step_complete(enrolment=attempt.enrolment, page=attempt.quiz, activity_at=now)
    return attempt
