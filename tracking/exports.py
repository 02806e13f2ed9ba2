"""Large report exports: requested in the admin, built by a Celery worker, downloaded when ready."""

import tempfile
from types import SimpleNamespace

from django.core.files import File
from django.db import transaction
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from courses.models import Enrolment
from tracking.filters import EnrolmentReportFilterSet
from tracking.models import ReportExport
from tracking.selectors import ENROLMENT_COLUMNS, reportable_courses
from tracking.spreadsheets import spreadsheet_value

PROGRESS_EVERY = 1000


def report_export_request(*, user, report, file_format, filters):
    export = ReportExport.objects.create(requested_by=user, report=report, file_format=file_format, filters=filters)
    from tracking.tasks import build_report_export

    transaction.on_commit(lambda: build_report_export.delay(export.pk))
    return export


def filtered_enrolments(export):
    """The same rows the admin saw, with the same filters and the same course permissions."""
    request = SimpleNamespace(user=export.requested_by)
    queryset = Enrolment.objects.filter(course__in=reportable_courses(export.requested_by).values("pk"))
    return EnrolmentReportFilterSet(export.filters, queryset=queryset, request=request).qs


def report_export_build(*, export_id):
    """Write the XLSX in a temporary file, recording progress; a finished export is left alone."""
    claimed = ReportExport.objects.filter(pk=export_id, status__in=[ReportExport.PENDING, ReportExport.RUNNING])
    if not claimed.update(status=ReportExport.RUNNING):
        return False
    export = ReportExport.objects.select_related("requested_by").get(pk=export_id)
    try:
        write_enrolments_xlsx(export)
    except Exception as error:
        ReportExport.objects.filter(pk=export_id).update(status=ReportExport.FAILED, error=str(error)[:1000])
        raise
    return True


def write_enrolments_xlsx(export):
    export_id = export.pk
    rows = filtered_enrolments(export).order_by("course__title", "user__last_name", "pk")
    ReportExport.objects.filter(pk=export_id).update(rows_total=rows.count(), rows_done=0)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Enrolments")
    sheet.append([heading for _, heading in ENROLMENT_COLUMNS])
    fields = [field for field, _ in ENROLMENT_COLUMNS]
    for number, row in enumerate(rows.values_list(*fields).iterator(chunk_size=2000), start=1):
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, spreadsheet_value(value))
            if cell.data_type == "f":
                cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)
        if number % PROGRESS_EVERY == 0:
            ReportExport.objects.filter(pk=export_id).update(rows_done=number)
    with tempfile.TemporaryFile() as output:
        workbook.save(output)
        output.seek(0)
        export.file.save(f"enrolments-{export.pk}.xlsx", File(output), save=False)
    export.status, export.finished_at = ReportExport.READY, timezone.now()
    export.rows_done = export.rows_total = ReportExport.objects.get(pk=export_id).rows_total
    export.save(update_fields=["file", "status", "finished_at", "rows_done", "rows_total"])
