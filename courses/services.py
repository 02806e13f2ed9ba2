"""Writes for enrolment and progress: atomic, validated, idempotent."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from courses.models import Enrolment, StepCompletion
from courses.models.progress import enrolment_completed
from courses.outline import build_course_structure
from courses.progress import is_course_complete, percent_complete
from courses.selectors import course_step_ids, done_step_ids, reachable_course_of
from outbox.services import task_enqueue


class NotEnrolled(PermissionDenied):
    """The learner is not enrolled on the course the step belongs to."""


def enrolment_create(*, user, course):
    """Enrol a learner on a live course; enrolling twice returns the first enrolment."""
    if not course.live:
        raise ValidationError("This course is not open for enrolment.")
    enrolment, _created = Enrolment.objects.get_or_create(user=user, course=course)
    return enrolment


def enrolment_for_step(*, user, page, noun):
    """The learner's enrolment on the live course holding a live step (a lesson, a quiz...), or a clear refusal."""
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
    return step_complete(enrolment=enrolment, page=lesson)


def step_complete(*, enrolment, page, activity_at=None):
    """Record a step done under an enrolment (a lesson read, a quiz passed) and recount its progress.

    Other apps call this when their step is done: quizzes on a pass. Recording twice changes nothing.
    """
    activity_at = activity_at or timezone.now()
    with transaction.atomic():
        completion, _created = StepCompletion.objects.get_or_create(enrolment=enrolment, page_id=page.pk)
        enrolment_progress_recalculate(enrolment=enrolment, activity_at=activity_at)
    return completion


def enrolment_progress_recalculate(*, enrolment, activity_at=None, step_ids=None):
    """Recount progress from the steps done among the course's live steps; never increments."""
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
        enrolment_completed.send(sender=Enrolment, enrolment=enrolment)
    return enrolment


def course_progress_recalculate(*, course_id):
    """Refresh every enrolment on a course, after its steps were published or withdrawn."""
    enrolments = list(Enrolment.objects.filter(course_id=course_id).select_related("course"))
    if not enrolments:
        return 0
    # Read from the tree itself, not the cache: this runs just after a publish, perhaps before every process
    # has seen the tree's new version. The same for every enrolment, so counted once.
    step_ids = set(build_course_structure(enrolments[0].course).step_ids)
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
