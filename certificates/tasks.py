"""Celery tasks for certificates: thin, acknowledged late, retried with back-off, safe to run twice."""

from celery import shared_task

from academy.celery import RETRY_OPTIONS
from certificates import expiry, services

PDF_MAX_RETRIES = 5


@shared_task(acks_late=True, **RETRY_OPTIONS)
def issue_certificate(enrolment_id):
    certificate = services.certificate_issue(enrolment_id=enrolment_id)
    return certificate.pk if certificate else None


@shared_task(bind=True, acks_late=True, max_retries=PDF_MAX_RETRIES)
def render_certificate_pdf(self, certificate_id):
    """Render the PDF; a failure is recorded on the certificate (the admin shows it) and retried with back-off."""
    try:
        return services.certificate_pdf_render(certificate_id=certificate_id)
    except Exception as error:
        services.certificate_pdf_failed(certificate_id=certificate_id, error=error)
        if self.request.is_eager:
            return None  # in-process (make run, tests): the learner's request carries on; the admin can retry
        raise self.retry(exc=error, countdown=min(600, 2 ** (self.request.retries + 2))) from error


@shared_task(**RETRY_OPTIONS)
def send_certificate_expiry_reminders():
    return expiry.expiry_run()
