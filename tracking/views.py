"""Completion reports in the Wagtail admin, each built on Wagtail's ReportView (filters, CSV, XLSX)."""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Model
from django.http import FileResponse, Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST
from wagtail.admin.views.reports import ReportView

from tracking import selectors
from tracking.exports import report_downloaded, report_export_request, report_export_retry
from tracking.filters import EnrolmentReportFilterSet, LearnerReportFilterSet
from tracking.models import ReportExport
from tracking.spreadsheets import spreadsheet_value

ASYNC_EXPORT_ROWS = 5000  # larger exports are built by a Celery worker


def require_report_permission(request):
    if not request.user.has_perm("tracking.view_reports"):
        raise PermissionDenied


class AcademyReportView(ReportView):
    """Only users with tracking.view_reports get in; every text cell is made formula-safe."""

    header_icon = "table"
    export_filename = "report"
    slug = None  # names the report's URLs: tracking_reports:<slug> and <slug>_results

    @property
    def index_url_name(self):
        return f"tracking_reports:{self.slug}"

    @property
    def index_results_url_name(self):
        return f"tracking_reports:{self.slug}_results"

    def dispatch(self, request, *args, **kwargs):
        require_report_permission(request)
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if self.is_export:
            # An export needs no page context: stream straight from the filtered rows.
            file_format = request.GET.get("export")
            response = self.as_spreadsheet(self.get_filtered_queryset(), file_format)
            if not isinstance(response, TemplateResponse):  # not the "build it in the background?" question
                filters = {key: value for key, value in request.GET.items() if key != "export"}
                report_downloaded.send(
                    sender=type(self), user=request.user, report=self.slug, file_format=file_format, filters=filters
                )
            return response
        return super().get(request, *args, **kwargs)

    def preprocess_field_value(self, field, value, export_format):
        if isinstance(value, Model):
            value = str(value)  # an organisation or department name is text a spreadsheet could run
        if export_format == self.FORMAT_CSV and isinstance(value, datetime.datetime):
            return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
        return super().preprocess_field_value(field, spreadsheet_value(value), export_format)


class EnrolmentReportView(AcademyReportView):
    filterset_class = EnrolmentReportFilterSet

    def get_queryset(self):
        return selectors.reportable_enrolments(self.request.user)

    def filter_queryset(self, queryset):
        filtered = super().filter_queryset(queryset)
        return filtered[0] if isinstance(filtered, tuple) else filtered


class SummaryReportView(EnrolmentReportView):
    """A report of aggregate rows (dicts) computed from the filtered enrolments."""

    summarise = None
    chart_label = None
    chart_noun = ""

    def get_filtered_queryset(self):
        return type(self).summarise(self.filter_queryset(self.get_queryset()))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["chart_label_key"] = self.chart_label
        return context


class CourseCompletionReport(SummaryReportView):
    page_title = "Completion by course"
    slug = "courses"
    results_template_name = "tracking/reports/summary_results.html"
    summarise = staticmethod(selectors.completion_by_course)
    chart_label = "course__title"
    chart_noun = "course"
    export_filename = "completion-by-course"
    list_export = ["course__title", "enrolled", "completed", "in_progress", "not_started", "overdue", "completion_rate"]
    export_headings = {
        "course__title": "Course",
        "enrolled": "Enrolled",
        "completed": "Completed",
        "in_progress": "In progress",
        "not_started": "Not started",
        "overdue": "Overdue",
        "completion_rate": "Completion rate (%)",
    }


class OrganisationCompletionReport(SummaryReportView):
    page_title = "Completion by organisation"
    slug = "organisations"
    results_template_name = "tracking/reports/summary_results.html"
    summarise = staticmethod(selectors.completion_by_organisation)
    chart_label = "organisation"
    export_filename = "completion-by-organisation"
    list_export = [
        "organisation",
        "members",
        "learners_enrolled",
        "enrolled",
        "completed",
        "in_progress",
        "not_started",
        "overdue",
        "completion_rate",
    ]
    export_headings = {
        **CourseCompletionReport.export_headings,
        "organisation": "Organisation",
        "members": "Learners",
        "learners_enrolled": "Learners enrolled",
        "enrolled": "Enrolments",
    }


class DepartmentCompletionReport(SummaryReportView):
    page_title = "Completion by department"
    slug = "departments"
    results_template_name = "tracking/reports/summary_results.html"
    summarise = staticmethod(selectors.completion_by_department)
    chart_label = "department"
    chart_noun = "department"
    export_filename = "completion-by-department"
    # The organisation report's columns, with the department in place of the organisation and its member count.
    list_export = ["department", *OrganisationCompletionReport.list_export[2:]]
    export_headings = {**OrganisationCompletionReport.export_headings, "department": "Department"}


class OverdueReport(EnrolmentReportView):
    page_title = "Overdue learners"
    header_icon = "warning"
    slug = "overdue"
    results_template_name = "tracking/reports/enrolment_results.html"
    export_filename = "overdue"
    list_export = [
        "user.get_full_name",
        "user.email",
        "user.organisation",
        "user.department",
        "course.title",
        "due_date",
        "progress_percent",
    ]
    export_headings = {
        "user.get_full_name": "Learner",
        "user.email": "Email",
        "user.organisation": "Organisation",
        "user.department": "Department",
        "course.title": "Course",
        "due_date": "Due",
        "progress_percent": "Progress (%)",
    }

    def get_filtered_queryset(self):
        return selectors.overdue_enrolments(self.filter_queryset(self.get_queryset()))


class EnrolmentsReport(EnrolmentReportView):
    """Every enrolment: the full export for a board pack. Large XLSX files are built in the background."""

    page_title = "All enrolments"
    slug = "enrolments"
    results_template_name = "tracking/reports/enrolment_results.html"
    export_filename = "enrolments"
    list_export = [field for field, _ in selectors.ENROLMENT_COLUMNS]
    export_headings = dict(selectors.ENROLMENT_COLUMNS)

    def get_filtered_queryset(self):
        return self.filter_queryset(self.get_queryset()).order_by(*selectors.ENROLMENT_ORDER)

    def stream_csv(self, queryset):
        # values() rows streamed with iterator(): memory stays flat however many enrolments there are.
        return super().stream_csv(queryset.values(*self.list_export).iterator(chunk_size=2000))

    def get_heading(self, queryset, field):
        return self.export_headings[field]

    def as_spreadsheet(self, queryset, spreadsheet_format):
        if spreadsheet_format == self.FORMAT_XLSX:
            rows = queryset.count()
            if rows > ASYNC_EXPORT_ROWS:
                return self.confirm_background_export(rows)
        if spreadsheet_format == self.FORMAT_XLSX:
            queryset = queryset.values(*self.list_export)
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def confirm_background_export(self, rows):
        """A GET (a link, a prefetch, a crawler) never queues work: it asks, and the button POSTs."""
        return TemplateResponse(
            self.request,
            "tracking/reports/export_confirm.html",
            {"page_title": "Export all enrolments", "rows": rows, "action": self.request.get_full_path()},
        )

    def post(self, request, *args, **kwargs):
        """The confirmation's button: queue the background XLSX export of the filtered enrolments."""
        if request.GET.get("export") != self.FORMAT_XLSX:
            return HttpResponseNotAllowed(["GET"])
        return self.queue_export(self.FORMAT_XLSX)

    def queue_export(self, spreadsheet_format):
        export = report_export_request(
            user=self.request.user,
            report="enrolments",
            file_format=spreadsheet_format,
            filters={key: value for key, value in self.request.GET.items() if key != "export"},
        )
        return redirect("tracking_reports:export", export_id=export.pk)


class LearnerReport(AcademyReportView):
    page_title = "Learners"
    header_icon = "user"
    slug = "learners"
    results_template_name = "tracking/reports/learner_results.html"
    filterset_class = LearnerReportFilterSet
    export_filename = "learners"
    list_export = [
        "get_full_name",
        "email",
        "organisation",
        "department",
        "job_role",
        "courses_enrolled",
        "courses_completed",
        "courses_overdue",
    ]
    export_headings = {
        "get_full_name": "Name",
        "email": "Email",
        "organisation": "Organisation",
        "department": "Department",
        "job_role": "Job role",
        "courses_enrolled": "Courses enrolled",
        "courses_completed": "Courses completed",
        "courses_overdue": "Courses overdue",
    }

    def get_queryset(self):
        return selectors.learner_rows(user=self.request.user)


def learner_detail(request, user_id):
    require_report_permission(request)
    learner = get_object_or_404(selectors.reportable_learners(request.user), pk=user_id)
    record = selectors.learner_record(user=request.user, learner=learner)
    return TemplateResponse(
        request,
        "tracking/reports/learner_detail.html",
        {
            "record": record,
            # Wagtail's base template titles the page, and writes the h1 under the breadcrumbs, from header_title.
            "header_title": str(learner),
            "breadcrumbs_items": [
                {"url": reverse("tracking_reports:learners"), "label": "Learners"},
                {"url": "", "label": str(learner)},
            ],
        },
    )


def export_status(request, export_id):
    require_report_permission(request)
    export = get_object_or_404(ReportExport, pk=export_id, requested_by=request.user)
    return TemplateResponse(
        request,
        "tracking/reports/export_status.html",
        {"export": export, "page_title": "Export", "header_title": "Export"},
    )


@require_POST
def export_retry(request, export_id):
    """The status page's "Try again": queue a failed or stalled export again (a double click changes nothing)."""
    require_report_permission(request)
    export = get_object_or_404(ReportExport, pk=export_id, requested_by=request.user)
    report_export_retry(export=export)
    return redirect("tracking_reports:export", export_id=export.pk)


REPORTS = {
    report.slug: report
    for report in [
        CourseCompletionReport,
        OrganisationCompletionReport,
        DepartmentCompletionReport,
        LearnerReport,
        OverdueReport,
        EnrolmentsReport,
    ]
}


def export_download(request, export_id):
    require_report_permission(request)
    export = get_object_or_404(ReportExport, pk=export_id, requested_by=request.user)
    if export.status != ReportExport.READY or not export.file:
        raise Http404("This export is not ready")
    return FileResponse(export.file.open("rb"), as_attachment=True, filename=f"{export.report}.{export.file_format}")
