"""Learners who join, leave or move organisation or department have their assignments re-evaluated."""

from django.db import transaction
from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from accounts.models import User
from courses.models import Enrolment
from tracking.models import Assignment


@receiver(post_save, sender=User)
def enrol_on_existing_assignments(sender, instance, created, update_fields=None, **kwargs):
    """Joining applies the new organisation's assignments; leaving drops the old ones' due dates."""
    if update_fields is not None and not {"organisation", "department"} & set(update_fields):
        return
    if created and not (instance.organisation_id or instance.department_id):
        return  # a new learner with no organisation yet has no assignments to gain or lose
    from tracking.services import assignments_apply_to_learner

    transaction.on_commit(lambda: assignments_apply_to_learner(user=instance))


@receiver(pre_delete, sender=Assignment)
def fall_back_to_other_due_dates(sender, instance, **kwargs):
    """Learners keep their enrolments; their due date comes from any other assignment still covering them."""
    from tracking.services import due_dates_recompute

    covered = Enrolment.objects.filter(assignment=instance).values_list("user_id", flat=True)
    due_dates_recompute(course_id=instance.course_id, learner_ids=list(covered), excluding=instance)
