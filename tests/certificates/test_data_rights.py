"""A certificate holder's data rights: certificates in their subject access copy; erasure revokes them."""

from django.test import TestCase
from django.urls import reverse

from certificates.models import Certificate
from certificates.privacy import certificate_rows
from certificates.services import certificate_revoke
from privacy.models import AuditEntry
from privacy.services import learner_erase
from tests.accounts.factories import UserFactory


def verification_text(client, certificate):
    response = client.get(reverse("certificates:verify", args=[certificate.code]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_subject_access_copy_lists_the_learners_certificates(certificate):
    (row,) = certificate_rows(certificate.user)
    assert row["code"] == certificate.readable_code
    assert row["course"] == "Contract management"
    assert row["name_on_certificate"] == "Ada Lovelace"
    assert row["state"] == "valid"


def test_erasing_the_holder_revokes_their_certificates_and_hides_the_name(client, certificate, holder):
    admin = UserFactory(is_superuser=True, is_staff=True)
    with TestCase.captureOnCommitCallbacks(execute=True):
        learner_erase(actor=admin, learner=holder)
    certificate.refresh_from_db()
    assert certificate.state() == "revoked"
    assert certificate.revoked_reason == "Erased on request"
    assert not certificate.pdf
    page = verification_text(client, certificate)
    assert "revoked" in page and "Erased on request" in page
    assert "Lovelace" not in page


def test_erasure_keeps_an_earlier_revocation_reason(client, certificate, holder):
    certificate_revoke(certificate=certificate, reason="Issued in error")
    learner_erase(actor=None, learner=holder)
    certificate.refresh_from_db()
    assert certificate.revoked_reason == "Issued in error"
    assert certificate.learner_name == "Erased learner"


def test_a_revocation_is_recorded_in_the_audit_log(certificate):
    admin = UserFactory(is_superuser=True, is_staff=True, email="revoker@example.com")
    certificate_revoke(certificate=certificate, reason="Issued in error", by=admin)
    entry = AuditEntry.objects.get(action=AuditEntry.REVOCATION)
    assert entry.actor == admin
    assert entry.detail == "Issued in error"
    assert entry.target_id == str(certificate.pk)
    assert Certificate.objects.get(pk=certificate.pk).revoked_by == admin
