"""Expiry: reminders at 90 and 30 days and on the day (each once), and re-assigning the renewal route.

Run daily by Celery beat. A certificate enters its renewal window 90 days before it expires: the learner is
assigned the renewal route (the final assessment, or the whole course) due on the expiry date, through
tracking's assignments, and passing it issues a new certificate that supersedes this one.
"""

from datetime import timedelta

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone

from certificates.models import Certificate, CertificateReminder, RenewalRoute
from certificates.services import verify_url
from courses.models import Enrolment, StepCompletion
from courses.selectors import live_steps_under
from courses.services import enrolment_progress_recalculate
from tracking.models import Assignment
from tracking.services import assignment_apply

RENEWAL_WINDOW_DAYS = 90
# A certificate that expired longer ago than this is not reminded "today" (a first run after a long pause).
LATE_REMINDER_DAYS = 30


def reminder_kind(days_left):
    """The most urgent reminder due with this many days to go, or None."""
    if days_left <= 0:
        return CertificateReminder.ON_THE_DAY
    if days_left <= 30:
        return CertificateReminder.DAYS_30
    if days_left <= 90:
        return CertificateReminder.DAYS_90
    return None


def expiring_certificates(today):
    return (
        Certificate.objects.current()
        .filter(
            valid_until__isnull=False,
            valid_until__lte=today + timedelta(days=RENEWAL_WINDOW_DAYS),
            valid_until__gt=today - timedelta(days=LATE_REMINDER_DAYS),
            user__is_active=True,
        )
        .select_related("user", "course")
    )


def expiry_run(*, today=None):
    """Daily: send the reminders due and assign renewals; running twice the same day sends nothing more."""
    today = today or timezone.localdate()
    sent = 0
    for certificate in expiring_certificates(today):
        kind = reminder_kind((certificate.valid_until - today).days)
        if kind:
            sent += reminder_send(certificate=certificate, kind=kind)
        renewal_assign(certificate=certificate, today=today)
    return sent


def reminder_send(*, certificate, kind):
    """Send one kind of reminder once per certificate: the unique row is claimed first."""
    try:
        with transaction.atomic():
            CertificateReminder.objects.create(certificate=certificate, kind=kind)
            context = {
                "certificate": certificate,
                "kind": kind,
                "verify_url": verify_url(certificate),
                "course_url": certificate.course.full_url if certificate.course else "",
            }
            send_mail(
                subject=render_to_string("certificates/email/reminder_subject.txt", context).strip(),
                message=render_to_string("certificates/email/reminder.txt", context),
                from_email=None,
                recipient_list=[certificate.user.email],
            )
    except IntegrityError:
        return False  # sent by an earlier or concurrent run
    return True


def final_step_ids(course):
    """The course's final assessment: the steps placed directly under the course, or else its last step."""
    steps = live_steps_under([course])
    final = [step.pk for step in steps if step.depth == course.depth + 1]
    return final or [step.pk for step in steps[-1:]]


def renewal_progress_reset(*, enrolment, route):
    """Open the enrolment again for the renewal route; the certificate's history is kept on the certificate."""
    completions = StepCompletion.objects.filter(enrolment=enrolment)
    if route == RenewalRoute.FINAL_ASSESSMENT:
        completions = completions.filter(page_id__in=final_step_ids(enrolment.course))
    completions.delete()
    Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=None, completion_email_sent_at=None)
    enrolment.refresh_from_db()
    enrolment_progress_recalculate(enrolment=enrolment)


def renewal_assign(*, certificate, today=None):
    """Once per certificate: re-open the renewal route and assign it, due when the certificate expires."""
    today = today or timezone.localdate()
    course = certificate.course
    if course is None or not course.live:
        return False
    with transaction.atomic():
        claimed = Certificate.objects.filter(pk=certificate.pk, renewal_assigned_at__isnull=True).update(
            renewal_assigned_at=timezone.now()
        )
        if not claimed:
            return False
        enrolment, _ = Enrolment.objects.select_related("course").get_or_create(user=certificate.user, course=course)
        renewal_progress_reset(enrolment=enrolment, route=certificate.renewal_route)
        assignment = Assignment(course=course, due_date=max(certificate.valid_until, today))
        assignment.learners = [certificate.user]  # a parental relation: saved with the assignment
        assignment.save()
        assignment_apply(assignment=assignment)
    return True
