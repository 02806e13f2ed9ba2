"""The retention policy applied: inactive learners anonymised, old quiz answers deleted, and a record of the run."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Max, Q
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from privacy.audit import audit_record
from privacy.models import AuditEntry, ErasedLearner, RetentionPolicy, RetentionRun
from privacy.services import learner_erase
from quizzes.models import QuizAttempt


def inactive_learners(cutoff):
    """Learners (never staff) not yet erased whose last sign-in, joining and study are all before `cutoff`."""
    learners = get_user_model().objects.filter(is_staff=False, is_superuser=False, erasure__isnull=True)
    learners = learners.annotate(last_study=Max("enrolments__last_activity_at"))
    learners = learners.annotate(
        last_seen=Greatest(
            "date_joined",
            Coalesce("last_login", "date_joined"),
            Coalesce("last_study", "date_joined"),
        )
    )
    return learners.filter(last_seen__lt=cutoff)


def attempts_with_old_answers(cutoff):
    return QuizAttempt.objects.filter(submitted_at__lt=cutoff).exclude(Q(answers={}))


@transaction.atomic
def retention_apply(now=None):
    """Apply the admins' retention policy as of `now`; returns the RetentionRun saying what was done."""
    now = now or timezone.now()
    policy = RetentionPolicy.load()
    run = RetentionRun(
        ran_at=now,
        inactive_account_days=policy.inactive_account_days,
        attempt_answer_days=policy.attempt_answer_days,
    )
    if policy.attempt_answer_days is not None:
        cutoff = now - timedelta(days=policy.attempt_answer_days)
        run.attempts_cleared = attempts_with_old_answers(cutoff).update(answers={})
    if policy.inactive_account_days is not None:
        cutoff = now - timedelta(days=policy.inactive_account_days)
        for learner in inactive_learners(cutoff):
            learner_erase(actor=None, learner=learner, reason=ErasedLearner.RETENTION)
            run.accounts_anonymised += 1
    run.save()
    audit_record(None, AuditEntry.RETENTION, run, "")
    return run
