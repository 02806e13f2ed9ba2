"""Writes for assignments and reminders: enrol targets, keep due dates, send each email once."""

from datetime import timedelta

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone

from accounts.models import User
from courses.models import Enrolment
from outbox.services import task_enqueue
from tracking.models import Assignment, AssignmentReminder

DUE_SOON_DAYS = 7


def targeted_learners(assignment):
    """Active learners the assignment covers: its organisation or department, and anyone named."""
    covered = Q(pk__in=assignment.learners.values("pk"))
    if assignment.organisation_id:
        covered |= Q(organisation_id=assignment.organisation_id)
    if assignment.department_id:
        covered |= Q(department_id=assignment.department_id)
    return User.objects.filter(covered, is_active=True)


@transaction.atomic
def assignment_apply(*, assignment, learner_ids=None):
    """Enrol every targeted learner and give them the earliest due date; safe to run again."""
    if learner_ids is None:
        learner_ids = list(targeted_learners(assignment).values_list("pk", flat=True))
        # After an edit, learners the assignment no longer covers fall back to their other assignments.
        previously_covered = Enrolment.objects.filter(assignment=assignment).values_list("course_id", "user_id")
    else:
        previously_covered = []
    Enrolment.objects.bulk_create(
        [Enrolment(user_id=pk, course_id=assignment.course_id) for pk in learner_ids], ignore_conflicts=True
    )
    affected = {assignment.course_id: set(learner_ids)}
    for course_id, user_id in previously_covered:
        affected.setdefault(course_id, set()).add(user_id)
    for course_id, user_ids in affected.items():
        due_dates_recompute(course_id=course_id, learner_ids=user_ids)
    from tracking.tasks import send_assignment_emails

    task_enqueue(send_assignment_emails, assignment.pk)  # kept with the enrolments, sent when they commit
    return len(learner_ids)


def due_dates_recompute(*, course_id, learner_ids, excluding=None):
    """Each enrolment takes the earliest due date of the assignments that still cover its learner.

    Recomputed from the assignments, never patched, so edits and deletions cannot leave a stale date.
    """
    learner_ids = set(learner_ids)
    if not learner_ids:
        return 0
    assignments = Assignment.objects.filter(course_id=course_id).order_by("due_date", "pk")
    if excluding is not None:
        assignments = assignments.exclude(pk=excluding.pk)
    earliest = {}
    for assignment in assignments:
        for user_id in targeted_learners(assignment).filter(pk__in=learner_ids).values_list("pk", flat=True):
            earliest.setdefault(user_id, assignment)
    changed = []
    for enrolment in Enrolment.objects.filter(course_id=course_id, user_id__in=learner_ids).only(
        "pk", "user_id", "assignment_id", "due_date"
    ):
        covering = earliest.get(enrolment.user_id)
        wanted = (covering.pk, covering.due_date) if covering else (None, None)
        if (enrolment.assignment_id, enrolment.due_date) != wanted:
            enrolment.assignment_id, enrolment.due_date = wanted
            changed.append(enrolment)
    Enrolment.objects.bulk_update(changed, ["assignment", "due_date"], batch_size=1000)
    return len(changed)


def assignments_apply_to_learner(*, user):
    """A learner who joined, left or moved organisation or department: due dates follow where they are now.

    Unfinished enrolments lose due dates from assignments that no longer cover them (the enrolment and its
    progress stay), and the assignments of their organisation and department apply. Finished ones keep the
    assignment they were completed against.
    """
    open_courses = set(
        Enrolment.objects.filter(user=user, completed_at__isnull=True, assignment__isnull=False).values_list(
            "course_id", flat=True
        )
    )
    for course_id in open_courses:
        due_dates_recompute(course_id=course_id, learner_ids=[user.pk])
    if not (user.organisation_id or user.department_id):
        return 0
    covers = Q(organisation_id=user.organisation_id) if user.organisation_id else Q(pk__in=[])
    if user.department_id:
        covers |= Q(department_id=user.department_id)
    covering = list(Assignment.objects.filter(covers))
    for assignment in covering:
        assignment_apply(assignment=assignment, learner_ids=[user.pk])
    return len(covering)


def reminder_send(*, assignment, user, kind, enrolment=None):
    """Send one kind of email once per learner and assignment: the unique row is claimed first."""
    try:
        with transaction.atomic():
            AssignmentReminder.objects.create(assignment=assignment, user=user, kind=kind)
            context = {
                "user": user,
                "assignment": assignment,
                "enrolment": enrolment,
                "course_url": assignment.course.full_url,
            }
            send_mail(
                subject=render_to_string(f"tracking/email/{kind}_subject.txt", context).strip(),
                message=render_to_string(f"tracking/email/{kind}.txt", context),
                from_email=None,
                recipient_list=[user.email],
            )
    except IntegrityError:
        return False  # already sent by an earlier or concurrent run
    return True


def assignment_emails_send(*, assignment_id):
    assignment = Assignment.objects.select_related("course").filter(pk=assignment_id).first()
    if assignment is None:
        return 0
    enrolments = Enrolment.objects.filter(assignment=assignment, completed_at__isnull=True).select_related("user")
    return sum(
        reminder_send(assignment=assignment, user=e.user, kind=AssignmentReminder.ASSIGNED, enrolment=e)
        for e in enrolments
    )


def due_reminders_send(*, today=None):
    """Daily: 'due soon' within a week of the due date, 'overdue' after it; each at most once."""
    today = today or timezone.localdate()
    open_enrolments = Enrolment.objects.filter(
        assignment__isnull=False, completed_at__isnull=True, user__is_active=True
    ).select_related("assignment__course", "user")
    sent = 0
    for enrolment in open_enrolments.filter(due_date__gte=today, due_date__lte=today + timedelta(days=DUE_SOON_DAYS)):
        sent += reminder_send(
            assignment=enrolment.assignment, user=enrolment.user, kind=AssignmentReminder.DUE_SOON, enrolment=enrolment
        )
    for enrolment in open_enrolments.filter(due_date__lt=today):
        sent += reminder_send(
            assignment=enrolment.assignment, user=enrolment.user, kind=AssignmentReminder.OVERDUE, enrolment=enrolment
        )
    return sent
