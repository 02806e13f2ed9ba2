"""Each report page and export costs the same number of queries for 3 learners or 12.

The pinned numbers were measured with CaptureQueriesContext on a superuser's warm session. Each test
measures the report with 3 learners, adds 9 more, and measures again: a query per learner, enrolment
or row makes the two counts differ.
"""

import csv
import io
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import Department, Organisation
from tests.accounts.factories import UserFactory
from tests.courses.factories import build_course
from tests.tracking.conftest import body, enrol, table_rows, xlsx_rows

REPORTS = "/admin/academy-reports"

# (slug, export format or "" for the page, queries, rows the report shows for 12 learners).
# The session is read from the cache (cached_db sessions), not counted here. A download also writes one
# audit log entry (privacy: exports of personal data are recorded).
REPORTS_AND_QUERIES = [
    ("courses", "", 10, 2),
    ("organisations", "", 11, 2),
    ("departments", "", 10, 3),
    ("learners", "", 10, 12),
    ("overdue", "", 11, 12),
    ("enrolments", "", 11, 24),
    ("courses", "csv", 5, 2),
    ("organisations", "csv", 6, 2),
    ("departments", "csv", 5, 3),
    ("learners", "csv", 5, 12),
    ("overdue", "csv", 5, 12),
    ("enrolments", "csv", 5, 24),
    ("courses", "xlsx", 5, 2),
    ("organisations", "xlsx", 6, 2),
    ("departments", "xlsx", 5, 3),
    ("learners", "xlsx", 5, 12),
    ("overdue", "xlsx", 5, 12),
    ("enrolments", "xlsx", 6, 24),  # one more than the CSV: it counts the rows to choose the background path
]


@pytest.fixture
def add_learners(catalogue):
    """Learners spread over two organisations and three departments, each on two courses.

    On the first course a learner has not started, is halfway or has finished; the second is overdue.
    """
    courses = [
        build_course(catalogue, modules=1, lessons=2),
        build_course(catalogue, slug="supplier-management", title="Supplier management", modules=1, lessons=2),
    ]
    organisations = [Organisation.objects.create(name=name) for name in ("Northshire Police", "Southvale Council")]
    departments = [
        Department.objects.create(organisation=organisations[number % 2], name=f"Team {number}") for number in range(3)
    ]
    overdue = timezone.localdate() - timedelta(days=1)
    made = []

    def add(count):
        for _ in range(count):
            department = departments[len(made) % 3]
            learner = UserFactory(organisation=department.organisation, department=department)
            enrol(learner, courses[0], lessons=len(made) % 3)
            enrol(learner, courses[1], due=overdue)
            made.append(learner)

    return add


def fetch(client, url):
    """The whole response, streamed exports included, so every query it makes is counted."""
    response = client.get(url)
    assert response.status_code == 200
    content = body(response)
    return response, content


def rows_shown(response, content, file_format):
    if file_format == "csv":
        return len(list(csv.reader(io.StringIO(content.decode())))) - 1
    if file_format == "xlsx":
        return len(xlsx_rows(content)) - 1
    return len(table_rows(response))


@pytest.mark.parametrize(("slug", "file_format", "queries", "rows"), REPORTS_AND_QUERIES)
def test_report_costs_the_same_for_3_or_12_learners(
    admin_client, add_learners, django_assert_num_queries, slug, file_format, queries, rows
):
    url = f"{REPORTS}/{slug}/" + (f"?export={file_format}" if file_format else "")
    add_learners(3)
    fetch(admin_client, url)  # the first request fills the session and site caches
    with CaptureQueriesContext(connection) as three_learners:
        fetch(admin_client, url)

    add_learners(9)
    with django_assert_num_queries(queries):
        response, content = fetch(admin_client, url)

    assert len(three_learners) == queries
    assert rows_shown(response, content, file_format) == rows
