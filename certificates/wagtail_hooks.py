"""Hooks: certificates on 'My learning'."""

from django.utils import timezone
from wagtail import hooks

from certificates.models import Certificate
from certificates.selectors import EXPIRING_DAYS
from courses.selectors import DashboardSection


@hooks.register("academy_my_learning_sections")
def certificates_section(*, enrolments):
    """The learner's current certificates, with a link to download them; nothing before a first enrolment."""
    if not enrolments:
        return None
    today = timezone.localdate()
    certificates = list(
        Certificate.objects.valid(today).filter(user_id=enrolments[0].user_id).order_by("course_title")
    )
    for certificate in certificates:
        certificate.expiring = bool(certificate.valid_until and (certificate.valid_until - today).days <= EXPIRING_DAYS)
    return DashboardSection(template="certificates/includes/my_learning_section.html", context={"certificates": certificates})
