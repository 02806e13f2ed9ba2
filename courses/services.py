"""Writes for enrolment and progress: atomic, validated, idempotent."""

import random
from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone

from courses.models import Enrolment, LessonCompletion, QuizAttempt
from courses.progress import is_course_complete, percent_complete
from courses.quiz_bank import draw_items, flat_questions
from courses.scoring import grade_attempt
from courses.selectors import course_step_ids, done_step_ids, reachable_course_of
from outbox.services import task_enqueue


class NotEnrolled(PermissionDenied):
    """The learner is not enrolled on the course the lesson belongs to."""


def enrolment_create(*, user, course):
    """Enrol a learner on a live course; enrolling twice returns the first enrolment."""
    if not course.live:
        raise ValidationError("This course is not open for enrolment.")
    enrolment, _created = Enrolment.objects.get_or_create(user=user, course=course)
    return enrolment


def enrolment_for_step(*, user, page, noun):
    """The learner's enrolment on the live course holding a live lesson or quiz, or a clear refusal."""
    if not page.live:
        raise ValidationError(f"This {noun} is not available.")
    course = reachable_course_of(page)  # None when the course, or the module between, is unpublished
    if course is None:
        raise ValidationError(f"This {noun} is not part of an open course.")
    enrolment = Enrolment.objects.filter(user=user, course=course).first()
    if enrolment is None:
        raise NotEnrolled("Enrol on this course before starting it.")
    return enrolment


def lesson_complete(*, user, lesson):
    """Record that a learner finished a lesson and refresh their course progress."""
    enrolment = enrolment_for_step(user=user, page=lesson, noun="lesson")
    with transaction.atomic():
        completion, _created = LessonCompletion.objects.get_or_create(enrolment=enrolment, lesson=lesson)
        enrolment_progress_recalculate(enrolment=enrolment, activity_at=timezone.now())
    return completion


def enrolment_progress_recalculate(*, enrolment, activity_at=None, step_ids=None):
    """Recount progress from lessons read and quizzes passed among the course's live steps; never increments."""
    step_ids = set(course_step_ids(enrolment.course)) if step_ids is None else step_ids
    done = len(step_ids & done_step_ids([enrolment]))
    enrolment.progress_percent = percent_complete(done, len(step_ids))
    newly_complete = enrolment.completed_at is None and is_course_complete(done, len(step_ids))
    # A completed course stays completed when a trainer later adds a lesson, as in Moodle.
    if newly_complete:
        enrolment.completed_at = timezone.now()
    update_fields = ["progress_percent", "completed_at"]
    if activity_at is not None:
        enrolment.last_activity_at = activity_at
        update_fields.append("last_activity_at")
    enrolment.save(update_fields=update_fields)
    if newly_complete:
        from courses.tasks import send_course_completed_email

        task_enqueue(send_course_completed_email, enrolment.pk)  # kept with this save, sent when it commits
    return enrolment


def course_progress_recalculate(*, course_id):
    """Refresh every enrolment on a course, after its lessons were published or withdrawn."""
    enrolments = list(Enrolment.objects.filter(course_id=course_id).select_related("course"))
    if not enrolments:
        return 0
    step_ids = set(course_step_ids(enrolments[0].course))  # the same for every enrolment: counted once
    for enrolment in enrolments:
        with transaction.atomic():  # a completion and its queued email are saved together
            enrolment_progress_recalculate(enrolment=enrolment, step_ids=step_ids)
    return len(enrolments)


def course_completed_email_send(*, enrolment_id):
    """Congratulate a learner once; a retried task finds the email already sent and stops."""
    claimed = Enrolment.objects.filter(
        pk=enrolment_id, completed_at__isnull=False, completion_email_sent_at__isnull=True
    ).update(completion_email_sent_at=timezone.now())
    if not claimed:
        return False
    enrolment = Enrolment.objects.select_related("user", "course").get(pk=enrolment_id)
    context = {"enrolment": enrolment, "course_url": enrolment.course.full_url}
    send_mail(
        subject=f"You have completed {enrolment.course.title}",
        message=render_to_string("courses/email/course_completed.txt", context),
        from_email=None,
        recipient_list=[enrolment.user.email],
    )
    return True


# Quizzes: an attempt records what was drawn when it starts and is graded exactly once.

SUBMISSION_GRACE = timedelta(seconds=60)  # network and page-load slack beyond the time limit


def open_attempt_for(*, enrolment, quiz):
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
    """Keep answers only to the drawn questions, in the shape each question type is graded in."""
    answers = {}
    for question in questions:
        values = raw_answers.get(question["id"]) or []
        if isinstance(values, str):
            values = [values]
        values = [str(value)[:500] for value in values]
        if any("\x00" in value for value in values):  # PostgreSQL cannot store it, even in JSON
            raise ValidationError("An answer holds a null character, which cannot be saved. Remove it and try again.")
        if not values:
            continue
        answers[question["id"]] = values if question["type"] == "multiple_response" else values[0]
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
    result = grade_attempt(flat_questions(attempt.questions), answers, attempt.pass_mark)
    now = timezone.now()
    with transaction.atomic():
        closed = QuizAttempt.objects.filter(pk=attempt.pk, submitted_at__isnull=True).update(
            submitted_at=now,
            answers=answers,
            results={r.question_id: {"score": float(r.score), "answered": r.answered} for r in result.results},
            score_percent=result.score_percent,
            passed=result.passed,
        )
        attempt.refresh_from_db()
        if closed and attempt.passed:
            enrolment_progress_recalculate(enrolment=attempt.enrolment, activity_at=now)
    return attempt
