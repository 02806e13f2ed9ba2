"""An admin erases a learner: personal data gone, report totals unchanged, the audit log and listeners told."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse

from privacy.models import AuditEntry, ErasedLearner
from privacy.services import learner_erase
from privacy.signals import learner_erased
from quizzes.models import QuizAttempt
from tests.accounts.factories import UserFactory, sign_in_staff
from tracking import selectors

User = get_user_model()


def report_numbers(admin):
    """Every total the academy's reports show an admin."""
    enrolments = selectors.reportable_enrolments(admin)
    strip = lambda rows: [{k: v for k, v in row.items() if k != "label"} for row in rows]  # noqa: E731
    return {
        "by_course": strip(selectors.completion_by_course(enrolments)),
        "by_organisation": strip(selectors.completion_by_organisation(enrolments)),
        "by_department": strip(selectors.completion_by_department(enrolments)),
        "learners": selectors.reportable_learners(admin).count(),
        "attempts_passed": QuizAttempt.objects.filter(passed=True).count(),
    }


def erase_url(user):
    return reverse("privacy_erase_learner", args=[user.pk])


def test_erasure_from_the_admin_removes_personal_data_and_keeps_report_totals(admin_client, admin, studied_learner):
    before = report_numbers(admin)
    confirm = admin_client.get(erase_url(studied_learner)).content.decode()
    assert studied_learner.email in confirm and "This cannot be undone" in confirm
    response = admin_client.post(erase_url(studied_learner), follow=True)
    assert f"Learner #{studied_learner.pk} has been erased" in response.content.decode()

    erased = User.objects.get(pk=studied_learner.pk)
    assert erased.email == f"erased-learner-{erased.pk}@erased.invalid"
    assert (erased.first_name, erased.last_name, erased.job_role) == ("", "", "")
    assert not erased.is_active and not erased.has_usable_password()
    assert not EmailAddress.objects.filter(user=erased).exists()
    assert QuizAttempt.objects.get(enrolment__user=erased).answers == {}
    assert report_numbers(admin) == before
    entry = AuditEntry.objects.get(action=AuditEntry.ERASURE)
    assert entry.actor == admin and entry.target_label == f"Erased learner #{erased.pk}"
    assert ErasedLearner.objects.get(user=erased).reason == ErasedLearner.ON_REQUEST


def test_erased_learner_cannot_sign_in(client, studied_learner, password):
    old_email = studied_learner.email
    erased = learner_erase(actor=None, learner=studied_learner)
    for login in (old_email, erased.email):
        response = client.post(reverse("account_login"), {"login": login, "password": password})
        assert "_auth_user_id" not in client.session
        assert response.status_code == 200


def test_the_signal_tells_other_apps_and_a_failing_listener_rolls_everything_back(learner):
    heard = []

    def listener(sender, user_id, actor, reason, **kwargs):
        heard.append((user_id, reason))

    def failing(sender, **kwargs):
        raise RuntimeError("certificates could not be marked")

    learner_erased.connect(listener)
    try:
        learner_erase(actor=None, learner=learner)
    finally:
        learner_erased.disconnect(listener)
    assert heard == [(learner.pk, ErasedLearner.ON_REQUEST)]

    other = UserFactory()
    learner_erased.connect(failing)
    try:
        with pytest.raises(RuntimeError):
            learner_erase(actor=None, learner=other)
    finally:
        learner_erased.disconnect(failing)
    other.refresh_from_db()
    assert other.is_active and "@example.gov.uk" in other.email
    assert not ErasedLearner.objects.filter(user=other).exists()


def test_staff_and_already_erased_learners_are_refused_with_a_message(admin_client, admin, learner):
    response = admin_client.post(erase_url(admin))
    assert "remove this person&#x27;s staff roles first" in response.content.decode()
    learner_erase(actor=admin, learner=learner)
    with pytest.raises(ValidationError, match="already been erased"):
        learner_erase(actor=admin, learner=learner)
    assert "has already been erased" in admin_client.get(erase_url(learner)).content.decode()


def test_audit_entries_that_named_the_learner_keep_only_their_number(admin, learner):
    from django.contrib.auth.models import Group

    learner.groups.add(Group.objects.get(name="Trainers"))
    assert learner.email in AuditEntry.objects.get(action=AuditEntry.ROLE_CHANGE).target_label
    learner_erase(actor=admin, learner=learner)
    assert not AuditEntry.objects.filter(target_label__contains="example.gov.uk").exists()
    assert AuditEntry.objects.get(action=AuditEntry.ROLE_CHANGE).target_label == f"Erased learner #{learner.pk}"


def test_the_erase_button_is_on_wagtails_user_listing(admin_client, learner):
    page = admin_client.get(reverse("wagtailusers_users:index")).content.decode()
    assert erase_url(learner) in page


@pytest.mark.parametrize("who", ["anonymous", "learner", "trainer"])
def test_only_those_with_the_permission_can_erase(client, learner, other_learner, who):
    if who == "learner":
        client.force_login(other_learner)
    elif who == "trainer":
        from django.contrib.auth.models import Group

        trainer = UserFactory(is_staff=True)
        trainer.groups.add(Group.objects.get(name="Trainers"))
        sign_in_staff(client, trainer)
    response = client.post(erase_url(learner))
    assert response.status_code in (302, 403)
    learner.refresh_from_db()
    assert learner.is_active


def test_an_unknown_learner_is_404(admin_client):
    assert admin_client.get(reverse("privacy_erase_learner", args=[10**9])).status_code == 404
    assert admin_client.get(f"/admin/privacy/erase/{2**64}/").status_code == 404
