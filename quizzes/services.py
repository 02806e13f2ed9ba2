"""Writes for quizzes: an attempt records what was drawn when it starts and is graded exactly once."""

import random
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.services import enrolment_for_step, step_complete
from quizzes.models import QuizAttempt
from quizzes.question_types import registry
from quizzes.quiz_bank import draw_items, flat_questions, live_bank_items
from quizzes.scoring import grade_attempt
from quizzes.timing import adjustment_for, deadline_for

SUBMISSION_GRACE = timedelta(seconds=60)  # network and page-load slack beyond the time limit


def open_attempt_for(*, enrolment, quiz):
    """The learner's attempt at this quiz still being answered, if any."""
    return QuizAttempt.objects.filter(enrolment=enrolment, quiz=quiz, submitted_at__isnull=True).first()


def quiz_attempt_start(*, user, quiz, enrolment=None, rng=random):
    """Start an attempt (or resume the open one), within the attempt limit, even under concurrent clicks.

    `enrolment` is the learner's on the quiz's live course when the caller has just checked it (the quiz page
    has, before its start view runs); otherwise it is looked up and checked here."""
    if enrolment is None or enrolment.user_id != user.pk:
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
        live_bank_items(quiz),
        count=quiz.questions_per_attempt_count,
        shuffle_options=quiz.shuffle_options,
        rng=rng,
    )
    try:
        with transaction.atomic():
            return QuizAttempt.objects.create(
                enrolment=enrolment,
                quiz=quiz,
                revision_id=quiz.live_revision_id,
                number=used + 1,
                time_limit_minutes=quiz.time_limit_minutes,
                deadline_at=deadline_for(
                    started_at=started_at,
                    time_limit_minutes=quiz.time_limit_minutes,
                    extra_minutes=0,
                    adjustment=adjustment_for(user),
                ),
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
    """Keep answers only to the drawn questions, in the shape each question type stores and grades.

    Junk is dropped, not stored: a value that, on its own, gives its question type nothing to mark
    (an option id not in the snapshot, "maybe" for true or false, a blank) is no answer.
    """
    answers = {}
    for question in questions:
        values = raw_answers.get(question["id"]) or []
        if isinstance(values, str):
            values = [values]
        question_type = registry.get(question["type"])
        values = [str(value)[: question_type.max_answer_length] for value in values]
        if any("\x00" in value for value in values):  # PostgreSQL cannot store it, even in JSON
            raise ValidationError("An answer holds a null character, which cannot be saved. Remove it and try again.")
        values = [
            value
            for value in values
            if question_type.grade(question, question_type.normalise(question, [value])) is not None
        ]
        answer = question_type.normalise(question, values)
        if answer is not None:
            answers[question["id"]] = answer
    return answers


def time_is_up(attempt):
    """The server's clock, not the browser's, decides what arrived in time."""
    return bool(attempt.deadline_at) and timezone.now() > attempt.deadline_at + SUBMISSION_GRACE


def quiz_attempt_save(*, attempt, answers):
    """Keep the answers given so far on an open attempt (autosave); a late save closes it on what was saved."""
    if attempt.submitted_at is not None:
        raise ValidationError("This attempt has already been submitted, so its answers cannot change.")
    if quiz_attempt_close_if_expired(attempt=attempt):
        raise ValidationError("Time is up: your attempt was marked on the answers saved before the time limit.")
    cleaned = normalise_answers(flat_questions(attempt.questions), answers)
    saved_at = timezone.now()
    updated = QuizAttempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
        answers=cleaned, saved_at=saved_at
    )
    if not updated:  # graded by a concurrent submit between the check and the write
        raise ValidationError("This attempt has already been submitted, so its answers cannot change.")
    attempt.answers, attempt.saved_at = cleaned, saved_at
    return attempt


def quiz_attempt_submit(*, attempt, answers):
    """Grade an open attempt once; a resubmit, double submit or second tab gets the same graded attempt.

    A submit that arrives after the time limit is graded on the answers saved in time, never zeroed.
    """
    if attempt.submitted_at is not None:
        return attempt
    if quiz_attempt_close_if_expired(attempt=attempt):
        return attempt
    return grade_and_close(attempt=attempt, answers=normalise_answers(flat_questions(attempt.questions), answers))


def quiz_attempt_close_if_expired(*, attempt):
    """Close an open attempt whose time ran out, grading the answers saved before then; True if it closed."""
    if attempt.submitted_at is None and time_is_up(attempt):
        # The stored answers, not this request's copy: a save in another tab may have come since.
        saved = QuizAttempt.objects.filter(pk=attempt.pk).values_list("answers", flat=True).first()
        grade_and_close(attempt=attempt, answers=saved or {})
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
