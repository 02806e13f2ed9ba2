"""Tracking fixtures: report users, a hand-countable cohort, awkward names, and readers for what admins download."""

import csv
import datetime
import io
from datetime import timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.core.files.storage import FileSystemStorage
from django.utils import timezone
from openpyxl import load_workbook

from accounts.models import Department, Organisation
from courses.models import Enrolment
from courses.services import enrolment_create, lesson_complete
from tests.accounts.factories import UserFactory, sign_in_staff, staff_user
from tests.courses.factories import build_course, lessons_of
from tracking.models import ReportExport
from tracking.spreadsheets import FORMULA_TRIGGERS

REPORT_SLUGS = ["courses", "organisations", "departments", "learners", "overdue", "enrolments"]
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(response):
    assert response["Content-Type"].startswith("text/csv"), response["Content-Type"]
    return list(csv.reader(io.StringIO(body(response).decode("utf-8"))))


def xlsx_cells(response_or_bytes):
    """Every cell of the first sheet, as openpyxl read it back (so .value and .data_type can be checked)."""
    data = body(response_or_bytes) if hasattr(response_or_bytes, "streaming") else response_or_bytes
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    return [list(row) for row in sheet.iter_rows()]


def xlsx_rows(response_or_bytes):
    return [[cell.value for cell in row] for row in xlsx_cells(response_or_bytes)]


def visible_text(response):
    """All the text a user could read from a response: HTML, CSV, or the cells of an XLSX file."""
    if response.get("Content-Type", "").startswith(XLSX_TYPE):
        return "\n".join(" ".join(str(v) for v in row if v is not None) for row in xlsx_rows(response))
    return body(response).decode("utf-8", errors="replace")


def table_rows(response, selector="#listing-results table tbody tr"):
    """The report table as lists of cell texts, as an admin reads it."""
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        [" ".join(td.get_text(" ", strip=True).split()) for td in tr.find_all("td")] for tr in soup.select(selector)
    ]


@pytest.fixture
def admin(db):
    return staff_user()


@pytest.fixture
def admin_client(client, admin):
    sign_in_staff(client, admin)
    return client


@pytest.fixture(autouse=True)
def private_exports(tmp_path, monkeypatch):
    """Exports are written to a temporary folder, not the shared test media root."""
    monkeypatch.setattr(ReportExport._meta.get_field("file"), "storage", FileSystemStorage(location=tmp_path))


def local_noon(day):
    """Midday in the academy's time zone: the same calendar day whether read as UTC or local time."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(12)))


def enrol(user, course, *, lessons=0, due=None, enrolled_on=None, completed_on=None):
    """Enrol a learner through the services, read `lessons` lessons, then pin the dates a report shows."""
    enrolment = enrolment_create(user=user, course=course)
    for lesson in lessons_of(course)[:lessons]:
        lesson_complete(user=user, lesson=lesson)
    enrolment.refresh_from_db()
    dates = {"due_date": due}
    if enrolled_on:
        dates["enrolled_at"] = local_noon(enrolled_on)
    if completed_on:
        assert enrolment.completed_at, "only a completed enrolment has a completion date"
        dates["completed_at"] = dates["last_activity_at"] = local_noon(completed_on)
    Enrolment.objects.filter(pk=enrolment.pk).update(**dates)
    enrolment.refresh_from_db()
    return enrolment


@pytest.fixture
def cohort(catalogue):
    """Two organisations, three departments, six learners and two courses, small enough to count by hand.

    Contract negotiation has 4 lessons (25% each), Supplier management 2 (50% each).

    learner      organisation / department   Contract negotiation        Supplier management
    Ada Archer   Police / Custody            completed                   in progress (50%)
    Ben Baker    Police / Custody            not started, overdue        -
    Cat Carter   Police / Traffic            in progress (25%)           completed late (due 5 days ago)
    Dan Dawson   Council / Planning          completed                   not started
    Eve Evans    Council / Planning          in progress (50%), due soon -
    Fay Fisher   Council / no department     -                           -
    """
    today = timezone.localdate()
    negotiation = build_course(catalogue)
    suppliers = build_course(catalogue, slug="supplier-management", title="Supplier management", modules=1, lessons=2)
    police = Organisation.objects.create(name="Northshire Police")
    council = Organisation.objects.create(name="Southvale Council")
    custody = Department.objects.create(organisation=police, name="Custody")
    traffic = Department.objects.create(organisation=police, name="Traffic")
    planning = Department.objects.create(organisation=council, name="Planning")

    def person(first, last, organisation, department):
        return UserFactory(
            first_name=first,
            last_name=last,
            email=f"{first.lower()}@example.gov.uk",
            organisation=organisation,
            department=department,
        )

    c = SimpleNamespace(
        today=today,
        negotiation=negotiation,
        suppliers=suppliers,
        police=police,
        council=council,
        custody=custody,
        traffic=traffic,
        planning=planning,
        ada=person("Ada", "Archer", police, custody),
        ben=person("Ben", "Baker", police, custody),
        cat=person("Cat", "Carter", police, traffic),
        dan=person("Dan", "Dawson", council, planning),
        eve=person("Eve", "Evans", council, planning),
        fay=person("Fay", "Fisher", council, None),
    )
    long_ago, lately = today - datetime.timedelta(days=60), today - datetime.timedelta(days=5)
    c.overdue_on = today - datetime.timedelta(days=10)
    c.due_soon_on = today + datetime.timedelta(days=10)
    c.enrolments = {
        ("ada", "negotiation"): enrol(
            c.ada, negotiation, lessons=4, enrolled_on=long_ago, completed_on=today - datetime.timedelta(days=50)
        ),
        ("ben", "negotiation"): enrol(c.ben, negotiation, due=c.overdue_on, enrolled_on=long_ago),
        ("cat", "negotiation"): enrol(c.cat, negotiation, lessons=1, enrolled_on=long_ago),
        ("dan", "negotiation"): enrol(
            c.dan, negotiation, lessons=4, enrolled_on=long_ago, completed_on=today - datetime.timedelta(days=40)
        ),
        ("eve", "negotiation"): enrol(c.eve, negotiation, lessons=2, due=c.due_soon_on, enrolled_on=long_ago),
        ("ada", "suppliers"): enrol(c.ada, suppliers, lessons=1, enrolled_on=lately),
        ("cat", "suppliers"): enrol(
            c.cat, suppliers, lessons=2, due=lately, enrolled_on=lately, completed_on=today - datetime.timedelta(days=1)
        ),
        ("dan", "suppliers"): enrol(c.dan, suppliers, enrolled_on=lately),
    }
    return c


# Reading exports back


def export_rows(client, slug, file_format, **params):
    """A report's CSV or XLSX as rows of values, as an admin's spreadsheet would open it."""
    response = client.get(f"/admin/academy-reports/{slug}/", {**params, "export": file_format})
    assert response.status_code == 200, response.status_code
    return csv_rows(response) if file_format == "csv" else xlsx_rows(response)


def as_text(cell):
    """An XLSX cell written the way the CSV writes it; a cell formatted as a date (no hours) is a date."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, datetime.datetime) and "h" in cell.number_format.lower():
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, datetime.date):
        return value.strftime("%Y-%m-%d")
    return str(value)


def xlsx_texts(response_or_bytes):
    return [[as_text(cell) for cell in row] for row in xlsx_cells(response_or_bytes)]


def formula_cells(rows):
    return [cell for row in rows for cell in row if isinstance(cell, str) and cell.startswith(FORMULA_TRIGGERS)]


def assert_text_not_formulas(cells, *expected):
    values = [cell.value for row in cells for cell in row]
    assert [cell.data_type for row in cells for cell in row if cell.data_type == "f"] == []
    assert {cell.data_type for row in cells for cell in row if isinstance(cell.value, str)} == {"s"}
    for text in expected:
        assert any(isinstance(value, str) and text in value for value in values), text


# Awkward data

HOSTILE_FIRST, HOSTILE_LAST = '=HYPERLINK("http://evil","x")', "+1+1"
HOSTILE_ORGANISATION = "=cmd|' /C calc'!A0"
HOSTILE_DEPARTMENT = '=HYPERLINK("http://evil","dept")'
HOSTILE_COURSE = "=SUM(1,2) Contracts"


@pytest.fixture
def hostile(catalogue):
    """Learners, an organisation, a department and a course whose names a spreadsheet would run as formulas."""
    course = build_course(catalogue, slug="sum-contracts", title=HOSTILE_COURSE, modules=1, lessons=2)
    organisation = Organisation.objects.create(name=HOSTILE_ORGANISATION)
    department = Department.objects.create(organisation=organisation, name=HOSTILE_DEPARTMENT)
    overdue = timezone.localdate() - timedelta(days=1)
    for first, last, job_role in [(HOSTILE_FIRST, HOSTILE_LAST, "@SUM(A1)"), ("-2", "@SUM(A1)", "\tTabbed")]:
        learner = UserFactory(
            first_name=first, last_name=last, organisation=organisation, department=department, job_role=job_role
        )
        enrol(learner, course, lessons=1, due=overdue)
    return course


SUMMER_MIDNIGHT = datetime.datetime(2026, 7, 1, 0, 30, tzinfo=ZoneInfo("Europe/London"))  # 23:30 UTC on 30 June


@pytest.fixture
def enrolled_after_midnight(course, learner):
    enrolment = enrol(learner, course)
    Enrolment.objects.filter(pk=enrolment.pk).update(enrolled_at=SUMMER_MIDNIGHT)
    return enrolment
