"""Tracking fixtures: admins and trainers who may open the reports, and readers for what they download."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core.files.storage import FileSystemStorage
from openpyxl import load_workbook

from tests.factories import UserFactory, staff_user, with_totp
from tracking.models import ReportExport

REPORT_SLUGS = ["courses", "organisations", "departments", "learners", "overdue", "enrolments"]
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def report_permissions():
    return [
        Permission.objects.get(content_type__app_label="tracking", codename="view_reports"),
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
    ]


def make_trainer(**kwargs):
    """Staff with a second factor, the admin and the report permission, but not an academy admin."""
    trainer = with_totp(UserFactory(is_staff=True, **kwargs))
    trainer.user_permissions.add(*report_permissions())
    return trainer


def make_group_admin(**kwargs):
    """An academy admin by group membership rather than superuser status."""
    group, _ = Group.objects.get_or_create(name="Academy admins")
    group.permissions.add(*report_permissions())
    admin = with_totp(UserFactory(is_staff=True, **kwargs))
    admin.groups.add(group)
    return admin


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
    return [[" ".join(td.get_text(" ", strip=True).split()) for td in tr.find_all("td")] for tr in soup.select(selector)]


@pytest.fixture
def admin(db):
    return staff_user()


@pytest.fixture
def admin_client(client, admin):
    client.force_login(admin)
    return client


@pytest.fixture(autouse=True)
def private_exports(tmp_path, monkeypatch):
    """Exports are written to a temporary folder, not the shared test media root."""
    monkeypatch.setattr(ReportExport._meta.get_field("file"), "storage", FileSystemStorage(location=tmp_path))
