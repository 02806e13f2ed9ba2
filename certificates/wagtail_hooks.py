"""Hooks: certificates on 'My learning'; the certificate admin, course settings and the holders report."""

from django.urls import include, path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import HeaderButton
from wagtail.permissions import register_permission_policy

from authoring.dashboard import DashboardFigure
from certificates import reports
from certificates.models import Certificate, CourseCertification
from certificates.selectors import EXPIRING_DAYS, certificates_expiring
from certificates.viewsets import CertificateViewSet, CourseCertificationViewSet, ReadOnlyPolicy
from courses.models import CoursePage
from courses.selectors import DashboardSection


@hooks.register("academy_my_learning_sections")
def certificates_section(*, enrolments):
    """The learner's current certificates, with a link to download them; nothing before a first enrolment."""
    if not enrolments:
        return None
    today = timezone.localdate()
    mine = Certificate.objects.valid(today).filter(user_id=enrolments[0].user_id)
    certificates = list(mine.order_by("course_title").only("course_title", "valid_until"))
    for certificate in certificates:
        certificate.expiring = bool(certificate.valid_until and (certificate.valid_until - today).days <= EXPIRING_DAYS)
    return DashboardSection(
        template="certificates/includes/my_learning_section.html", context={"certificates": certificates}
    )


register_permission_policy(Certificate, ReadOnlyPolicy(Certificate))
certificate_viewset = CertificateViewSet()
certification_viewset = CourseCertificationViewSet()


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [certificate_viewset, certification_viewset]


@hooks.register("register_admin_urls")
def certificate_report_urls():
    return [path("certificate-reports/", include(reports, namespace="certificate_reports"))]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("tracking.view_reports")


@hooks.register("register_reports_menu_item")
def holders_report_menu_item():
    return ReportMenuItem(
        "Valid certificate holders",
        reverse("certificate_reports:holders"),
        name="certificate-holders",
        icon_name="doc-full",
        order=20,
    )


@hooks.register("academy_dashboard_figures")
def expiring_certificates_figure(*, user, enrolments):
    """Shown only while some certificate in the viewer's scope is about to expire, linked to that list."""
    count = certificates_expiring(user).count()
    if not count:
        return []
    url = reverse("certificates_admin:index") + "?state=expiring"
    return [DashboardFigure(f"Certificates expiring within {EXPIRING_DAYS} days", count, url)]


@hooks.register("register_page_header_buttons")
def certification_settings_button(page, user, view_name, next_url=None):
    """From a course's editor, straight to its certification settings."""
    if not isinstance(page.specific_deferred, CoursePage) or not page.permissions_for_user(user).can_edit():
        return
    settings = CourseCertification.objects.filter(course_id=page.pk).first()
    if settings and user.has_perm("certificates.change_coursecertification"):
        url = reverse("course_certifications:edit", args=[settings.pk])
    elif settings is None and user.has_perm("certificates.add_coursecertification"):
        url = reverse("course_certifications:add") + f"?course={page.pk}"
    else:
        return
    yield HeaderButton(label="Certificate settings", url=url, icon_name="doc-full", priority=50)
