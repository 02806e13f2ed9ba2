"""The report 'who in my organisation holds a valid X', on Wagtail's ReportView like tracking's, with CSV and XLSX."""

from django.urls import path

from certificates import selectors
from certificates.filters import HolderReportFilterSet
from tracking.views import AcademyReportView


class ValidHoldersReport(AcademyReportView):
    """Valid certificates on the courses this user may report on; trainers see their courses, admins every one."""

    page_title = "Valid certificate holders"
    header_icon = "doc-full"
    slug = "holders"
    filterset_class = HolderReportFilterSet
    results_template_name = "certificates/admin/holders_results.html"
    export_filename = "valid-certificate-holders"
    list_export = [
        "learner_name",
        "user.email",
        "user.organisation",
        "user.department",
        "course_title",
        "accreditation_line",
        "issued_at",
        "valid_until",
        "readable_code",
    ]
    export_headings = {
        "learner_name": "Name",
        "user.email": "Email",
        "user.organisation": "Organisation",
        "user.department": "Department",
        "course_title": "Course",
        "accreditation_line": "Accreditation",
        "issued_at": "Issued",
        "valid_until": "Valid until",
        "readable_code": "Verification code",
    }

    @property
    def index_url_name(self):
        return "certificate_reports:holders"

    @property
    def index_results_url_name(self):
        return "certificate_reports:holders_results"

    def get_queryset(self):
        return selectors.valid_holders(self.request.user)


app_name = "certificate_reports"
urlpatterns = [
    path("holders/", ValidHoldersReport.as_view(), name="holders"),
    path("holders/results/", ValidHoldersReport.as_view(results_only=True), name="holders_results"),
]
