"""Reads for certificates: a learner's own, a code looked up for verification, and what staff may see."""

import re
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Q
from django.utils import timezone

from certificates.models import CODE_LENGTH, Certificate
from tracking.selectors import reportable_courses, sees_every_course

CODE_PATTERN = re.compile(rf"^[A-Z2-7]{{{CODE_LENGTH}}}$")
EXPIRING_DAYS = 90
STATES = {
    "valid": "Valid",
    "expiring": "Expiring within 90 days",
    "expired": "Expired",
    "revoked": "Revoked",
    "superseded": "Superseded",
}


def normalise_code(raw):
    """The stored form of a typed or scanned code (any case, dashes and spaces), or None if it cannot be one."""
    code = re.sub(r"[\s-]", "", str(raw or "")).upper()
    return code if CODE_PATTERN.match(code) else None


def certificate_by_code(raw):
    code = normalise_code(raw)
    if code is None:
        return None
    return Certificate.objects.select_related("superseded_by").filter(code=code).first()


@dataclass
class Verification:
    """What the public page says: name, course and dates only."""

    state: str  # valid, expired, revoked, superseded
    learner_name: str
    course_title: str
    accreditation_line: str
    issued_on: date
    valid_until: date | None
    revoked_on: date | None = None
    revoked_reason: str = ""
    renewed: bool = False  # superseded by a renewal, rather than a reissue of the same completion


def verification(certificate, today=None):
    state = certificate.state(today)
    successor = certificate.superseded_by
    return Verification(
        state=state,
        learner_name=certificate.learner_name,
        course_title=certificate.course_title,
        accreditation_line=certificate.accreditation_line,
        issued_on=timezone.localdate(certificate.issued_at),
        valid_until=certificate.valid_until,
        revoked_on=timezone.localdate(certificate.revoked_at) if certificate.revoked_at else None,
        revoked_reason=certificate.revoked_reason,
        renewed=bool(successor and successor.completed_at != certificate.completed_at),
    )


def learner_certificates(user):
    """A learner's certificates, newest first: current ones, then those superseded or revoked (their history)."""
    certificates = list(Certificate.objects.filter(user=user).order_by("-issued_at", "-pk"))
    today = timezone.localdate()
    for certificate in certificates:
        certificate.current_state = certificate.state(today)
        certificate.expiring = certificate.current_state == "valid" and bool(
            certificate.valid_until and certificate.valid_until <= today + timedelta(days=EXPIRING_DAYS)
        )
    return certificates


def state_condition(state, today=None):
    today = today or timezone.localdate()
    unexpired = Q(valid_until__isnull=True) | Q(valid_until__gt=today)
    current = Q(revoked_at__isnull=True, superseded_by__isnull=True)
    return {
        "valid": current & unexpired,
        "expiring": current & Q(valid_until__gt=today, valid_until__lte=today + timedelta(days=EXPIRING_DAYS)),
        "expired": current & Q(valid_until__lte=today),
        "revoked": Q(revoked_at__isnull=False),
        "superseded": Q(revoked_at__isnull=True, superseded_by__isnull=False),
    }[state]


def visible_certificates(user):
    """Certificates a member of staff may see: every one for academy admins, their courses' for trainers."""
    certificates = Certificate.objects.select_related("user__organisation", "course")
    if not user.is_authenticated or not user.has_perm("certificates.view_certificate"):
        return certificates.none()
    if sees_every_course(user):
        return certificates
    return certificates.filter(course__in=reportable_courses(user).values("pk"))


def certificates_expiring(user, today=None):
    """Current certificates this member of staff may see that expire within EXPIRING_DAYS: the same rule
    as the certificate listing's "Expiring" state, so the dashboard's count matches the list it links to."""
    return visible_certificates(user).filter(state_condition("expiring", today))


def can_download(user, certificate):
    """The learner it was issued to, and staff who may see it."""
    if not user.is_authenticated:
        return False
    return certificate.user_id == user.pk or visible_certificates(user).filter(pk=certificate.pk).exists()


def valid_holders(user):
    """The report 'who holds a valid X': valid certificates on the courses this user may report on."""
    return (
        visible_certificates(user)
        .filter(state_condition("valid"), user__is_staff=False)
        .select_related("user__department")
        .order_by("course_title", "user__last_name", "user__first_name", "pk")
    )
