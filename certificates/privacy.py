"""Certificates and a learner's data rights: their section of a subject access export, and erasure."""

from django.db import transaction
from django.dispatch import receiver
from django.utils import timezone

from certificates.models import Certificate
from privacy.exporters import iso, register_exporter
from privacy.models import ErasedLearner
from privacy.signals import learner_erased

ERASED_HOLDER = "Erased learner"


def certificate_rows(user):
    """Every certificate issued to the learner, as its verifier and its holder see it."""
    return [
        {
            "code": certificate.readable_code,
            "course": certificate.course_title,
            "accreditation": certificate.accreditation_line,
            "name_on_certificate": certificate.learner_name,
            "issued_at": iso(certificate.issued_at),
            "valid_until": certificate.valid_until.isoformat() if certificate.valid_until else None,
            "state": certificate.state(),
            "revoked_at": iso(certificate.revoked_at),
            "revoked_reason": certificate.revoked_reason,
        }
        for certificate in Certificate.objects.filter(user=user).order_by("issued_at", "pk")
    ]


register_exporter("certificates", certificate_rows)


@receiver(learner_erased)
def revoke_erased_learners_certificates(sender, user_id, actor, reason, **kwargs):
    """Verifiers are told "revoked: erased on request" and no longer see the name; the PDFs are deleted.

    Runs inside the erasure's transaction: if this fails, the erasure is rolled back with it.
    """
    why = ErasedLearner.REASONS.get(reason, "Erased on request")
    certificates = list(Certificate.objects.select_for_update().filter(user_id=user_id))
    for certificate in certificates:
        if certificate.pdf:
            pdf = certificate.pdf
            transaction.on_commit(lambda pdf=pdf: pdf.storage.delete(pdf.name))
        certificate.pdf = ""
        certificate.learner_name = ERASED_HOLDER
        if certificate.revoked_at is None:
            certificate.revoked_at = timezone.now()
            certificate.revoked_reason = why
            certificate.revoked_by = actor if getattr(actor, "pk", None) else None
        certificate.save(update_fields=["pdf", "learner_name", "revoked_at", "revoked_reason", "revoked_by"])
