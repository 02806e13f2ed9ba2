"""CSV and XLSX exports hold what the page shows, run no formulas, and keep every name."""

import datetime
import re

import pytest
from bs4 import BeautifulSoup
from django.utils.dateformat import format as date_format

from accounts.models import Department, Organisation
from tests.accounts.factories import UserFactory
from tests.courses.factories import build_course
from tests.tracking.conftest import (
    HOSTILE_COURSE,
    HOSTILE_DEPARTMENT,
    HOSTILE_FIRST,
    HOSTILE_ORGANISATION,
    REPORT_SLUGS,
    SUMMER_MIDNIGHT,
    XLSX_TYPE,
    assert_text_not_formulas,
    enrol,
    export_rows,
    formula_cells,
    table_rows,
    xlsx_cells,
    xlsx_texts,
)

REPORTS = "/admin/academy-reports"
ENROLMENT_HEADINGS = [
    "Last name",
    "First name",
    "Email",
    "Organisation",
    "Department",
    "Course",
    "Enrolled",
    "Progress (%)",
    "Completed",
    "Due",
]
MINUTES = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$")


def by_day(rows):
    """Date-and-time cells cut to the day: see test_xlsx_times_are_local_like_the_csv for the hour."""
    return [[cell[:10] if MINUTES.match(cell) else cell for cell in row] for row in rows]


def export_texts(client, slug, **params):
    response = client.get(f"{REPORTS}/{slug}/", {**params, "export": "xlsx"})
    assert response.status_code == 200, response.status_code
    return xlsx_texts(response)


def shown(text):
    """A CSV date ('2026-11-25' or '2026-11-25 12:00') as the page prints it, or the page's dash."""
    return date_format(datetime.date.fromisoformat(text[:10]), "j M Y") if text else "–"


def page_headings(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [th.get_text(strip=True) for th in soup.select("#listing-results table thead th")]


# The same rows as the page


@pytest.mark.parametrize("slug", ["courses", "organisations", "departments"])
def test_summary_exports_have_the_pages_headings_and_rows(cohort, admin_client, slug):
    response = admin_client.get(f"{REPORTS}/{slug}/")
    page = [[*row[:-1], row[-1].removesuffix("%")] for row in table_rows(response)]

    csv = export_rows(admin_client, slug, "csv")
    xlsx = export_texts(admin_client, slug)

    assert csv[0] == xlsx[0] == page_headings(response)
    assert csv[1:] == xlsx[1:] == page
    assert len(page) >= 2


def test_enrolments_export_has_every_enrolment_on_the_page(cohort, admin_client):
    page = table_rows(admin_client.get(f"{REPORTS}/enrolments/"))

    csv = export_rows(admin_client, "enrolments", "csv")
    xlsx = export_texts(admin_client, "enrolments")

    assert csv[0] == xlsx[0] == ENROLMENT_HEADINGS
    assert by_day(csv[1:]) == by_day(xlsx[1:])
    as_on_page = [
        [
            f"{first} {last} {email}",
            organisation or "–",
            department or "–",
            course,
            shown(enrolled),
            f"{progress}%",
            shown(completed),
            shown(due),
        ]
        for last, first, email, organisation, department, course, enrolled, progress, completed, due in csv[1:]
    ]
    assert as_on_page == [[*row[:-1], row[-1].removesuffix(" (overdue)")] for row in page]
    assert len(page) == 8


def test_learners_export_has_every_learner_on_the_page(cohort, admin_client):
    page = table_rows(admin_client.get(f"{REPORTS}/learners/"))

    csv = export_rows(admin_client, "learners", "csv")
    xlsx = export_texts(admin_client, "learners")

    assert (
        csv[0]
        == xlsx[0]
        == [
            "Name",
            "Email",
            "Organisation",
            "Department",
            "Job role",
            "Courses enrolled",
            "Courses completed",
            "Courses overdue",
        ]
    )
    assert csv[1:] == xlsx[1:]
    as_on_page = [
        [f"{name} {email}", organisation or "–", job_role or "–", *numbers]
        for name, email, organisation, _department, job_role, *numbers in csv[1:]
    ]
    assert as_on_page == [[row[0], row[1], *row[3:]] for row in page]
    assert [row[3] for row in csv[1:]] == [
        "Custody (Northshire Police)",
        "Custody (Northshire Police)",
        "Traffic (Northshire Police)",
        "Planning (Southvale Council)",
        "Planning (Southvale Council)",
        "",
    ]


def test_overdue_export_has_the_overdue_learners_on_the_page(cohort, admin_client):
    page = table_rows(admin_client.get(f"{REPORTS}/overdue/"))

    csv = export_rows(admin_client, "overdue", "csv")
    xlsx = export_texts(admin_client, "overdue")

    assert csv[0] == xlsx[0] == ["Learner", "Email", "Organisation", "Department", "Course", "Due", "Progress (%)"]
    assert (
        csv[1:]
        == xlsx[1:]
        == [
            [
                "Ben Baker",
                "ben@example.gov.uk",
                "Northshire Police",
                "Custody (Northshire Police)",
                "Contract negotiation",
                cohort.overdue_on.isoformat(),
                "0",
            ]
        ]
    )
    (row,) = page
    assert (row[0], row[1], row[3], row[5], row[7]) == (
        "Ben Baker ben@example.gov.uk",
        "Northshire Police",
        "Contract negotiation",
        "0%",
        f"{shown(cohort.overdue_on.isoformat())} (overdue)",
    )


def test_exports_follow_the_pages_filters(cohort, admin_client):
    filters = {"organisation": cohort.council.pk, "status": "completed"}

    assert export_rows(admin_client, "courses", "csv", **filters)[1:] == [
        ["Contract negotiation", "1", "1", "0", "0", "0", "100"]
    ]
    assert [row[:2] for row in export_rows(admin_client, "enrolments", "xlsx", **filters)[1:]] == [["Dawson", "Dan"]]
    assert [row[0] for row in export_rows(admin_client, "learners", "csv", q="evans")[1:]] == ["Eve Evans"]


@pytest.mark.parametrize(
    ("slug", "filename"),
    [
        ("courses", "completion-by-course"),
        ("organisations", "completion-by-organisation"),
        ("departments", "completion-by-department"),
        ("learners", "learners"),
        ("overdue", "overdue"),
        ("enrolments", "enrolments"),
    ],
)
@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_exports_download_with_the_reports_name(cohort, admin_client, slug, filename, file_format):
    response = admin_client.get(f"{REPORTS}/{slug}/", {"export": file_format})

    assert response["Content-Disposition"] == f'attachment; filename="{filename}.{file_format}"'
    assert response["Content-Type"].startswith("text/csv" if file_format == "csv" else XLSX_TYPE)


# Formula injection


@pytest.mark.parametrize(
    "slug",
    [
        "courses",
        "organisations",
        "departments",
        "learners",
        "overdue",
        "enrolments",
    ],
)
def test_csv_cells_never_start_a_formula(hostile, admin_client, slug):
    rows = export_rows(admin_client, slug, "csv")

    assert formula_cells(rows) == []
    assert any(cell.startswith("'=") for row in rows for cell in row)  # the hostile names are there, disarmed


def test_csv_prefixes_formula_text_with_an_apostrophe(hostile, admin_client):
    rows = export_rows(admin_client, "enrolments", "csv")

    disarmed = [f"'{HOSTILE_ORGANISATION}", f"'{HOSTILE_DEPARTMENT}", f"'{HOSTILE_COURSE}"]
    assert sorted([*row[:2], *row[3:6]] for row in rows[1:]) == [
        ["'+1+1", f"'{HOSTILE_FIRST}", *disarmed],
        ["'@SUM(A1)", "'-2", *disarmed],
    ]
    learners = export_rows(admin_client, "learners", "csv")
    assert sorted(row[4] for row in learners[1:]) == ["'\tTabbed", "'@SUM(A1)"]


@pytest.mark.parametrize("slug", REPORT_SLUGS)
def test_xlsx_cells_hold_formula_text_as_plain_strings(hostile, admin_client, slug):
    response = admin_client.get(f"{REPORTS}/{slug}/", {"export": "xlsx"})

    expected = {
        "courses": [HOSTILE_COURSE],
        "organisations": [HOSTILE_ORGANISATION],
        "departments": [HOSTILE_DEPARTMENT],
    }.get(slug, [HOSTILE_FIRST, HOSTILE_ORGANISATION, HOSTILE_DEPARTMENT])
    assert_text_not_formulas(xlsx_cells(response), *expected)


# Names in every alphabet

UNICODE_NAMES = [("Siân", "Ó Súilleabháin"), ("Zoë", "Łukasiewicz"), ("芳", "王")]
UNICODE_ORGANISATION, UNICODE_DEPARTMENT = "Cyngor Sir Ynys Môn", "Gwasanaethau Plant – Tîm Gogledd"
UNICODE_COURSE = "Négociation des contrats publics"


@pytest.fixture
def unicode_cohort(catalogue):
    course = build_course(catalogue, slug="negociation", title=UNICODE_COURSE, modules=1, lessons=2)
    organisation = Organisation.objects.create(name=UNICODE_ORGANISATION)
    department = Department.objects.create(organisation=organisation, name=UNICODE_DEPARTMENT)
    for first, last in UNICODE_NAMES:
        enrol(UserFactory(first_name=first, last_name=last, organisation=organisation, department=department), course)
    return course


def test_unicode_names_survive_every_format(unicode_cohort, admin_client):
    page = admin_client.get(f"{REPORTS}/enrolments/").content.decode()
    csv = export_rows(admin_client, "enrolments", "csv")
    xlsx = export_rows(admin_client, "enrolments", "xlsx")

    for first, last in UNICODE_NAMES:
        assert f"{first} {last}" in page
    for rows in (csv, xlsx):
        assert sorted((row[1], row[0]) for row in rows[1:]) == sorted(UNICODE_NAMES)
        assert {(row[3], row[4], row[5]) for row in rows[1:]} == {
            (UNICODE_ORGANISATION, UNICODE_DEPARTMENT, UNICODE_COURSE)
        }
    assert export_rows(admin_client, "departments", "csv")[1][0] == f"{UNICODE_DEPARTMENT}, {UNICODE_ORGANISATION}"
    assert export_rows(admin_client, "learners", "xlsx")[1][3] == f"{UNICODE_DEPARTMENT} ({UNICODE_ORGANISATION})"


# Times


def test_csv_and_page_show_local_time(enrolled_after_midnight, admin_client):
    assert export_rows(admin_client, "enrolments", "csv")[1][6] == "2026-07-01 00:30"
    assert table_rows(admin_client.get(f"{REPORTS}/enrolments/"))[0][4] == "1 Jul 2026"


def test_xlsx_times_are_local_like_the_csv(enrolled_after_midnight, admin_client):
    assert export_rows(admin_client, "enrolments", "xlsx")[1][6] == SUMMER_MIDNIGHT.replace(tzinfo=None)
