"""The daily retention run: with the clock moved on, inactive learners are anonymised and old answers deleted."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from courses.models import Enrolment
from privacy.models import AuditEntry, ErasedLearner, RetentionPolicy, RetentionRun
from privacy.retention import retention_apply
from privacy.tasks import apply_retention_policy
from quizzes.models import QuizAttempt
from tests.accounts.factories import UserFactory

User = get_user_model()


@pytest.fixture
def policy(db):
    policy = RetentionPolicy.load()
    policy.inactive_account_days = 365
    policy.attempt_answer_days = 90
    policy.save()
    return policy


def test_nothing_happens_without_a_policy(studied_learner):
    run = retention_apply(now=timezone.now() + timedelta(days=3650))
    assert (run.accounts_anonymised, run.attempts_cleared) == (0, 0)
    assert QuizAttempt.objects.get().answers != {}


def test_old_answers_are_deleted_and_scores_kept(policy, studied_learner):
    attempt = QuizAttempt.objects.get()
    assert retention_apply(now=attempt.submitted_at + timedelta(days=89)).attempts_cleared == 0
    run = retention_apply(now=attempt.submitted_at + timedelta(days=91))
    assert run.attempts_cleared == 1
    attempt.refresh_from_db()
    assert attempt.answers == {} and attempt.score_percent == 100 and attempt.passed
    assert retention_apply(now=attempt.submitted_at + timedelta(days=92)).attempts_cleared == 0  # safe to run twice


def test_inactive_learners_are_anonymised_and_active_ones_kept(policy, studied_learner, other_learner):
    now = timezone.now()
    User.objects.filter(pk=studied_learner.pk).update(
        last_login=now - timedelta(days=400), date_joined=now - timedelta(days=500)
    )
    Enrolment.objects.filter(user=studied_learner).update(last_activity_at=now - timedelta(days=366))
    User.objects.filter(pk=other_learner.pk).update(
        last_login=now - timedelta(days=400), date_joined=now - timedelta(days=500)
    )
    studying = UserFactory()
    User.objects.filter(pk=studying.pk).update(last_login=None, date_joined=now - timedelta(days=10))
    staff = UserFactory(is_staff=True)
    User.objects.filter(pk=staff.pk).update(last_login=now - timedelta(days=999), date_joined=now - timedelta(days=999))

    run = retention_apply(now=now)
    assert run.accounts_anonymised == 2
    erased = set(ErasedLearner.objects.values_list("user_id", flat=True))
    assert erased == {studied_learner.pk, other_learner.pk}
    assert ErasedLearner.objects.get(user=studied_learner).reason == ErasedLearner.RETENTION
    assert User.objects.get(pk=studied_learner.pk).email.endswith("@erased.invalid")
    assert retention_apply(now=now).accounts_anonymised == 0


def test_recent_study_keeps_an_account_whose_last_sign_in_is_old(policy, studied_learner):
    now = timezone.now()
    User.objects.filter(pk=studied_learner.pk).update(
        last_login=now - timedelta(days=400), date_joined=now - timedelta(days=500)
    )
    assert retention_apply(now=now).accounts_anonymised == 0


def test_the_beat_task_records_what_it_did_for_the_admin(policy, studied_learner, admin_client):
    apply_retention_policy.delay()
    run = RetentionRun.objects.get()
    assert run.inactive_account_days == 365 and run.attempt_answer_days == 90
    assert AuditEntry.objects.filter(action=AuditEntry.RETENTION).count() == 1
    listing = admin_client.get(reverse("retention_runs:index")).content.decode()
    assert "Retention runs" in listing and str(run.attempts_cleared) in listing


def test_the_daily_run_is_scheduled(db):
    from django_celery_beat.models import PeriodicTask

    task = PeriodicTask.objects.get(task="privacy.tasks.apply_retention_policy")
    assert (task.crontab.hour, task.crontab.minute) == ("2", "30")


def test_admins_set_the_policy_in_wagtail_settings(admin_client):
    url = reverse("wagtailsettings:edit", args=["privacy", "retentionpolicy", RetentionPolicy.load().pk])
    page = admin_client.get(url)
    assert page.status_code == 200
    response = admin_client.post(url, {"inactive_account_days": "730", "attempt_answer_days": ""})
    assert response.status_code == 302
    policy = RetentionPolicy.load()
    assert (policy.inactive_account_days, policy.attempt_answer_days) == (730, None)
    response = admin_client.post(url, {"inactive_account_days": "-3", "attempt_answer_days": "x"})
    assert response.status_code == 200 and "Enter a whole number" in response.content.decode()
