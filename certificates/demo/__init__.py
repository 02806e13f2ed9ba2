"""Demo certificates: course settings from certification.toml, and certificates in every state worth showing.

The demo learner holds a valid certificate (Contract Management Foundation) and one expiring within 30 days
(Supplier Relationship Management, already re-assigned for renewal); one cohort learner's is revoked.
"""

import tomllib
from datetime import timedelta
from pathlib import Path

from django.utils import timezone

from accounts.models import User
from certificates.expiry import renewal_assign
from certificates.models import Certificate, CourseCertification
from certificates.services import add_months, certificate_issue, certificate_revoke
from courses.demo.progress import course_complete
from courses.models import CoursePage, Enrolment

SETTINGS_FILE = Path(__file__).resolve().parent / "certification.toml"
DEMO_LEARNER = "learner@example.com"
EXPIRING_COURSE = "supplier-relationship-management"
EXPIRING_IN_DAYS = 20
REVOKED_REASON = "Issued in error: the final assessment was taken on another learner's account"


def ensure_demo_certificates():
    ensure_certification_settings()
    for enrolment in Enrolment.objects.filter(completed_at__isnull=False, certificates__isnull=True):
        certificate_issue(enrolment_id=enrolment.pk)
    ensure_expiring_certificate()
    ensure_revoked_certificate()


def ensure_certification_settings():
    for slug, values in tomllib.loads(SETTINGS_FILE.read_text()).items():
        course = CoursePage.objects.filter(slug=slug).first()
        if course is not None:
            CourseCertification.objects.get_or_create(course=course, defaults=values)


def ensure_expiring_certificate():
    """The demo learner completed a course almost two years ago: its certificate expires in a few weeks."""
    learner = User.objects.filter(email=DEMO_LEARNER).first()
    course = CoursePage.objects.live().filter(slug=EXPIRING_COURSE).first()
    if learner is None or course is None or Certificate.objects.filter(user=learner, course=course).exists():
        return
    if not Enrolment.objects.filter(user=learner, course=course).exists():
        course_complete(user=learner, course=course)
    today = timezone.localdate()
    certification = course.certification
    issued_on = add_months(today + timedelta(days=EXPIRING_IN_DAYS), -certification.validity_months)
    issued_at = timezone.now() - (today - issued_on)
    Enrolment.objects.filter(user=learner, course=course).update(
        completed_at=issued_at, enrolled_at=issued_at - timedelta(days=14), last_activity_at=issued_at
    )
    certificate = certificate_issue(enrolment_id=Enrolment.objects.get(user=learner, course=course).pk)
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_at=issued_at, valid_until=add_months(issued_on, certification.validity_months)
    )
    certificate.refresh_from_db()
    renewal_assign(certificate=certificate, today=today)  # inside its renewal window, as the daily task would


def ensure_revoked_certificate():
    if Certificate.objects.filter(revoked_at__isnull=False).exists():
        return
    cohort = (
        Certificate.objects.current().exclude(user__email=DEMO_LEARNER).filter(user__email__endswith="@example.com")
    )
    certificate = cohort.order_by("user__email", "pk").first()
    if certificate is not None:
        certificate_revoke(
            certificate=certificate, reason=REVOKED_REASON, by=User.objects.filter(email="admin@example.com").first()
        )
