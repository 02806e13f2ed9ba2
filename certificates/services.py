"""Writes for certificates: issue on completion (once), render and email the PDF, revoke, reissue."""

import calendar
import logging
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from certificates.models import Certificate, CourseCertification
from certificates.pdf import certificate_pdf_bytes
from courses.models import Enrolment
from outbox.services import task_enqueue
from privacy.audit import audit_record
from privacy.models import AuditEntry

logger = logging.getLogger(__name__)


def add_months(day, months):
    """The same day `months` later; the 31st becomes the month's last day (Feb 29 -> Feb 28)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def verify_url(certificate):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("certificates:verify", args=[certificate.readable_code])


def certificate_issue(*, enrolment_id):
    """Issue the certificate for an enrolment's completion; once, however often or concurrently it runs.

    Returns the certificate, or None when the course does not certify or the enrolment is not complete.
    """
    enrolment = Enrolment.objects.select_related("user", "course").filter(pk=enrolment_id).first()
    if enrolment is None or enrolment.completed_at is None:
        return None
    certification = CourseCertification.objects.filter(course_id=enrolment.course_id, certifies=True).first()
    if certification is None:
        return None
    existing = Certificate.objects.filter(enrolment=enrolment, completed_at=enrolment.completed_at).first()
    if existing:
        return existing
    try:
        with transaction.atomic():
            certificate = certificate_create(enrolment=enrolment, certification=certification)
    except IntegrityError:  # another worker issued it meanwhile: the unique constraint kept it to one
        return Certificate.objects.get(enrolment=enrolment, completed_at=enrolment.completed_at)
    return certificate


def certificate_create(*, enrolment, certification):
    """The record, a snapshot of what was certified; supersedes the learner's earlier one (a renewal)."""
    issued_at = timezone.now()
    months = certification.validity_months
    certificate = Certificate.objects.create(
        user=enrolment.user,
        course=enrolment.course,
        enrolment=enrolment,
        completed_at=enrolment.completed_at,
        learner_name=enrolment.user.get_full_name() or enrolment.user.email,
        course_title=enrolment.course.title,
        accreditation_line=certification.accreditation_line,
        signatory_name=certification.signatory_name,
        signatory_role=certification.signatory_role,
        renewal_route=certification.renewal_route,
        issued_at=issued_at,
        valid_until=add_months(timezone.localdate(issued_at), months) if months else None,
    )
    Certificate.objects.filter(user=enrolment.user, course=enrolment.course).current().exclude(
        pk=certificate.pk
    ).update(superseded_by=certificate)
    from certificates.tasks import render_certificate_pdf

    task_enqueue(render_certificate_pdf, certificate.pk)  # rendered once the certificate commits
    return certificate


def certificate_pdf_render(*, certificate_id):
    """Render and store the PDF (again, if asked), then email the learner once."""
    certificate = Certificate.objects.select_related("user").get(pk=certificate_id)
    content = certificate_pdf_bytes(certificate, verify_url(certificate))
    old_name = certificate.pdf.name
    certificate.pdf.save(f"certificate-{certificate.code}.pdf", ContentFile(content), save=False)
    Certificate.objects.filter(pk=certificate.pk).update(
        pdf=certificate.pdf.name, pdf_status=Certificate.PDF_READY, pdf_error=""
    )
    if old_name and old_name != certificate.pdf.name:
        certificate.pdf.storage.delete(old_name)
    certificate_email_send(certificate_id=certificate.pk)
    return certificate.pdf.name


def certificate_pdf_failed(*, certificate_id, error):
    """What an admin sees on the certificate, with a button to try again."""
    Certificate.objects.filter(pk=certificate_id).exclude(pdf_status=Certificate.PDF_READY).update(
        pdf_status=Certificate.PDF_FAILED, pdf_error=f"{type(error).__name__}: {error}"[:2000]
    )


def certificate_pdf_retry(*, certificate):
    from certificates.tasks import render_certificate_pdf

    with transaction.atomic():
        Certificate.objects.filter(pk=certificate.pk).update(pdf_status=Certificate.PDF_PENDING, pdf_error="")
        task_enqueue(render_certificate_pdf, certificate.pk)


def certificate_email_send(*, certificate_id):
    """Tell the learner their certificate is ready; claimed first, so a retried task sends nothing twice."""
    claimed = Certificate.objects.filter(pk=certificate_id, email_sent_at__isnull=True).update(
        email_sent_at=timezone.now()
    )
    if not claimed:
        return False
    certificate = Certificate.objects.select_related("user").get(pk=certificate_id)
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    context = {
        "certificate": certificate,
        "verify_url": verify_url(certificate),
        "certificates_url": base + reverse("certificates:mine"),
    }
    send_mail(
        subject=f"Your certificate for {certificate.course_title}",
        message=render_to_string("certificates/email/issued.txt", context),
        from_email=None,
        recipient_list=[certificate.user.email],
    )
    return True


@transaction.atomic
def certificate_revoke(*, certificate, reason, by=None):
    """Revoke a certificate for a stated reason; verifiers and the status list show it at once."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Give the reason for revoking this certificate."})
    if len(reason) > 300:
        raise ValidationError({"reason": "Keep the reason to 300 characters or fewer."})
    updated = Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_reason=reason, revoked_by=by
    )
    if not updated:
        raise ValidationError("This certificate is already revoked.")
    certificate.refresh_from_db()
    audit_record(by, AuditEntry.REVOCATION, certificate, reason)
    return certificate


@transaction.atomic
def certificate_reissue(*, certificate):
    """A fresh certificate for the same completion (a corrected name, a lost copy): the old one is superseded.

    It keeps the original dates; the snapshot takes the learner's current name and the course's current settings.
    """
    if certificate.superseded_by_id:
        raise ValidationError("This certificate has already been replaced; reissue the newest one.")
    certification = CourseCertification.objects.filter(course_id=certificate.course_id).first()
    user = certificate.user
    new = Certificate.objects.create(
        user=user,
        course_id=certificate.course_id,
        enrolment=None,  # the completion stays with the original; one certificate per completion
        completed_at=certificate.completed_at,
        learner_name=user.get_full_name() or user.email,
        course_title=certificate.course.title if certificate.course else certificate.course_title,
        accreditation_line=certification.accreditation_line if certification else certificate.accreditation_line,
        signatory_name=certification.signatory_name if certification else certificate.signatory_name,
        signatory_role=certification.signatory_role if certification else certificate.signatory_role,
        renewal_route=certificate.renewal_route,
        issued_at=certificate.issued_at,
        valid_until=certificate.valid_until,
        renewal_assigned_at=certificate.renewal_assigned_at,
    )
    Certificate.objects.filter(pk=certificate.pk).update(superseded_by=new)
    from certificates.tasks import render_certificate_pdf

    task_enqueue(render_certificate_pdf, new.pk)
    return new
