"""Large XLSX exports are built by a Celery worker (eager in tests), then shown ready and downloaded."""

from urllib.parse import urlencode

import pytest

from tests.accounts.factories import sign_in_staff
from tests.tracking.conftest import (
    HOSTILE_COURSE,
    HOSTILE_FIRST,
    HOSTILE_ORGANISATION,
    SUMMER_MIDNIGHT,
    XLSX_TYPE,
    assert_text_not_formulas,
    body,
    export_rows,
    formula_cells,
    xlsx_cells,
    xlsx_rows,
    xlsx_texts,
)
from tests.tracking.factories import make_trainer
from tracking import views
from tracking.exports import report_export_build
from tracking.models import ReportExport
from tracking.tasks import build_report_export

REPORTS = "/admin/academy-reports"


@pytest.fixture
def low_threshold(monkeypatch):
    """Make 'large' small: exports of more than `rows` enrolments go to the worker."""

    def set_threshold(rows):
        monkeypatch.setattr(views, "ASYNC_EXPORT_ROWS", rows)

    return set_threshold


@pytest.fixture
def request_export(admin_client, django_capture_on_commit_callbacks):
    """Ask for an XLSX as the admin does: the button's link, then, for a large one, the confirmation's POST.

    The eager Celery task runs when the POST commits.
    """

    def request(client=admin_client, **params):
        url = f"{REPORTS}/enrolments/?{urlencode({**params, 'export': 'xlsx'})}"
        response = client.get(url)
        if not response["Content-Type"].startswith("text/html"):
            return response  # small enough to stream straight away
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url)

    return request


def download(client, export):
    response = client.get(f"{REPORTS}/exports/{export.pk}/download/")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="enrolments.xlsx"'
    return body(response)


def test_a_large_xlsx_export_is_built_in_the_background(cohort, admin, admin_client, low_threshold, request_export):
    low_threshold(2)

    response = request_export()

    export = ReportExport.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{REPORTS}/exports/{export.pk}/"
    assert (export.requested_by, export.report, export.file_format, export.filters) == (admin, "enrolments", "xlsx", {})
    assert (export.status, export.rows_done, export.rows_total) == (ReportExport.READY, 8, 8)
    status_page = admin_client.get(response["Location"]).content.decode()
    assert "Your export of 8 rows is ready." in status_page
    assert f'href="{REPORTS}/exports/{export.pk}/download/"' in status_page
    assert xlsx_texts(download(admin_client, export)) == export_rows(admin_client, "enrolments", "csv")


def test_a_background_export_keeps_the_filters(cohort, admin_client, low_threshold, request_export):
    low_threshold(0)

    request_export(course=cohort.suppliers.pk, status="in_progress")

    export = ReportExport.objects.get()
    assert export.filters == {"course": str(cohort.suppliers.pk), "status": "in_progress"}
    assert [row[:2] + row[5:6] for row in xlsx_rows(download(admin_client, export))[1:]] == [
        ["Archer", "Ada", "Supplier management"]
    ]


def test_a_trainers_background_export_holds_only_their_courses(cohort, client, low_threshold, request_export):
    trainer = make_trainer()
    cohort.suppliers.trainers.add(trainer)
    cohort.suppliers.save()
    sign_in_staff(client, trainer)
    low_threshold(0)

    request_export(client=client)

    rows = xlsx_rows(download(client, ReportExport.objects.get(requested_by=trainer)))
    assert [(row[0], row[5]) for row in rows[1:]] == [
        ("Archer", "Supplier management"),
        ("Carter", "Supplier management"),
        ("Dawson", "Supplier management"),
    ]


@pytest.mark.parametrize(("threshold", "background"), [(8, False), (7, True)])
def test_only_exports_over_the_threshold_go_to_the_background(
    cohort, low_threshold, request_export, threshold, background
):
    low_threshold(threshold)  # the cohort has 8 enrolments

    response = request_export()

    assert ReportExport.objects.exists() is background
    if background:
        assert response.status_code == 302
    else:
        assert response["Content-Type"] == XLSX_TYPE
        assert len(xlsx_rows(response)) == 1 + 8


def test_csv_exports_always_stream_straight_away(cohort, admin_client, low_threshold):
    low_threshold(0)

    rows = export_rows(admin_client, "enrolments", "csv")

    assert len(rows) == 1 + 8
    assert not ReportExport.objects.exists()


def test_background_xlsx_holds_formula_text_as_plain_strings(hostile, admin_client, low_threshold, request_export):
    low_threshold(0)

    request_export()

    export = ReportExport.objects.get()
    data = body(admin_client.get(f"{REPORTS}/exports/{export.pk}/download/"))
    assert_text_not_formulas(xlsx_cells(data), HOSTILE_FIRST, HOSTILE_ORGANISATION, HOSTILE_COURSE)
    assert formula_cells(xlsx_rows(data)) == []  # and, as in the CSV, neutralised


def test_background_xlsx_times_are_local(enrolled_after_midnight, admin_client, low_threshold, request_export):
    low_threshold(0)

    request_export()

    assert xlsx_rows(download(admin_client, ReportExport.objects.get()))[1][6] == SUMMER_MIDNIGHT.replace(tzinfo=None)


def test_running_the_export_task_again_changes_nothing(cohort, low_threshold, request_export):
    low_threshold(0)
    request_export()
    export = ReportExport.objects.get()

    assert build_report_export.delay(export.pk).get() is False

    again = ReportExport.objects.get()
    assert (again.status, again.file.name, again.finished_at) == (
        ReportExport.READY,
        export.file.name,
        export.finished_at,
    )


def test_an_export_in_progress_shows_how_far_it_has_got(admin, admin_client):
    export = ReportExport.objects.create(
        requested_by=admin,
        report="enrolments",
        file_format="xlsx",
        status=ReportExport.RUNNING,
        rows_done=3000,
        rows_total=12000,
    )

    page = admin_client.get(f"{REPORTS}/exports/{export.pk}/").content.decode()

    assert "Building your export: 3000 of 12000 rows (25%)." in page
    # No self-reload (WCAG 2.2.1, F41): the admin refreshes when they choose.
    assert 'http-equiv="refresh"' not in page
    assert f'href="{REPORTS}/exports/{export.pk}/">Refresh progress</a>' in page
    assert admin_client.get(f"{REPORTS}/exports/{export.pk}/download/").status_code == 404


def test_a_failed_export_says_so(cohort, admin, admin_client, monkeypatch):
    def disk_full(export):
        raise OSError("disk full")

    monkeypatch.setattr("tracking.exports.write_enrolments_xlsx", disk_full)
    export = ReportExport.objects.create(requested_by=admin, report="enrolments", file_format="xlsx")

    with pytest.raises(OSError):
        report_export_build(export_id=export.pk)

    page = admin_client.get(f"{REPORTS}/exports/{export.pk}/").content.decode()
    assert "The export failed: disk full. Try again, or narrow the filters." in page
    assert 'http-equiv="refresh"' not in page
