"""Fair timing: a learner's adjustment to every timed quiz, a trainer's extension of one attempt, and deadlines.

An attempt's deadline is its start plus the quiz's limit (kept on the attempt when it starts), times the
learner's adjustment factor, plus any minutes a trainer added. "No time limit" leaves no deadline at all.
Changing an adjustment moves the deadlines of the learner's open attempts too, so a learner who asks
mid-assessment gets the time at once.
"""

from datetime import timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from quizzes.models import QuizAttempt, TimingAdjustment

EXTENSION_CHOICES = (5, 10, 15, 30, 60)  # minutes a trainer may add to one open attempt at a time


def adjustment_for(user):
    """The learner's adjustment code ("1.5", "none"...), or None when they have none."""
    return TimingAdjustment.objects.filter(user=user).values_list("adjustment", flat=True).first()


def deadline_for(*, started_at, time_limit_minutes, extra_minutes, adjustment):
    """When an attempt must be in by, or None when it is untimed or the learner has no time limit."""
    if not time_limit_minutes or adjustment == TimingAdjustment.Adjustment.NO_LIMIT:
        return None
    factor = Decimal(adjustment) if adjustment else Decimal(1)
    seconds = int(Decimal(time_limit_minutes * 60) * factor) + extra_minutes * 60
    return started_at + timedelta(seconds=seconds)


def attempt_deadline(attempt, adjustment):
    return deadline_for(
        started_at=attempt.started_at,
        time_limit_minutes=attempt.time_limit_minutes,
        extra_minutes=attempt.extra_minutes,
        adjustment=adjustment,
    )


def open_timed_attempts(user):
    return QuizAttempt.objects.filter(enrolment__user=user, submitted_at__isnull=True, time_limit_minutes__isnull=False)


def timing_adjustment_set(*, user, adjustment, note=""):
    """Give a learner an adjustment (or change it); their open timed attempts get the new deadline."""
    if adjustment not in TimingAdjustment.Adjustment.values:
        raise ValidationError("Choose an adjustment from the list.")
    with transaction.atomic():
        record, _ = TimingAdjustment.objects.update_or_create(
            user=user, defaults={"adjustment": adjustment, "note": note}
        )
        deadlines_refresh(user=user, adjustment=adjustment)
    return record


def timing_adjustment_remove(*, user):
    with transaction.atomic():
        TimingAdjustment.objects.filter(user=user).delete()
        deadlines_refresh(user=user, adjustment=None)


def deadlines_refresh(*, user, adjustment):
    for attempt in open_timed_attempts(user).select_for_update():
        attempt.deadline_at = attempt_deadline(attempt, adjustment)
        attempt.save(update_fields=["deadline_at"])


def quiz_attempt_extend(*, attempt_id, minutes):
    """Add minutes to one open timed attempt; refused for a graded or untimed attempt."""
    if minutes not in EXTENSION_CHOICES:
        raise ValidationError("Choose how many minutes to add from the list.")
    with transaction.atomic():
        attempt = QuizAttempt.objects.select_for_update().select_related("enrolment").filter(pk=attempt_id).first()
        if attempt is None or attempt.submitted_at is not None:
            raise ValidationError("That attempt has already been submitted, so it cannot be extended.")
        if attempt.deadline_at is None:
            raise ValidationError("That attempt has no time limit to extend.")
        attempt.extra_minutes += minutes
        attempt.deadline_at = attempt_deadline(attempt, adjustment_for(attempt.enrolment.user_id))
        attempt.save(update_fields=["extra_minutes", "deadline_at"])
    return attempt
