"""Large report exports: requested in the admin, built by a Celery worker, downloaded when ready."""

import logging
import tempfile

from django.core.files import File
from django.db import transaction
from django.dispatch import Signal
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

from tracking.filters import filtered_enrolments
from tracking.models import ReportExport
from tracking.selectors import ENROLMENT_COLUMNS, ENROLMENT_ORDER
from tracking.spreadsheets import spreadsheet_value

PROGRESS_EVERY = 1000
QUEUE_UNAVAILABLE = "the job queue is unavailable"

logger = logging.getLogger(__name__)

# Sent when a member of staff downloads a report straight from the page (CSV, or a small XLSX), with
# user, report, file_format and filters; a background export is a ReportExport row instead. The privacy
# app records both in its audit log.
report_downloaded = Signal()


def report_export_request(*, user, report, file_format, filters):
    export = ReportExport.objects.create(requested_by=user, report=report, file_format=file_format, filters=filters)
    transaction.on_commit(lambda: report_export_queue(export_id=export.pk))
    return export


def report_export_queue(*, export_id):
    """Hand an export to a worker; if that fails the admin sees it failed, with a button to try again.

    Not kept in the outbox: the export row is its own record, and an admin waiting on the status page
    is better told "failed, try again" at once than left watching it build after an outage ends.
    """
    from tracking.tasks import build_report_export

    try:
        # ignore_result: the status page reads the export row, not Celery's result store.
        build_report_export.apply_async((export_id,), ignore_result=True, retry=False)
    except Exception as error:  # the broker is down, or (in-process) the build itself failed
        logger.warning("Export %s could not be queued or built: %s", export_id, error, exc_info=True)
        ReportExport.objects.filter(pk=export_id, status=ReportExport.PENDING).update(
            status=ReportExport.FAILED, error=QUEUE_UNAVAILABLE
        )
        return False
    return True


def report_export_retry(*, export):
    """Start a failed or stalled export again from the beginning; False if it had not failed."""
    if export.shown_status != ReportExport.FAILED:
        return False
    restarted = ReportExport.objects.filter(
        pk=export.pk, status__in=[ReportExport.FAILED, ReportExport.PENDING]
    ).update(
        status=ReportExport.PENDING, error="", rows_done=0, rows_total=0, queued_at=timezone.now(), finished_at=None
    )
    if restarted:
        transaction.on_commit(lambda: report_export_queue(export_id=export.pk))
    return bool(restarted)


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
    # The same rows the admin saw: the report's query parameters, re-applied for the user who asked.
    rows = filtered_enrolments(user=export.requested_by, params=export.filters).order_by(*ENROLMENT_ORDER)
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
