"""The completion reports show the numbers an admin would count by hand, per course, organisation and department.

Every figure below is worked out from the `cohort` fixture's table (tests/tracking/conftest.py).
"""

from datetime import timedelta

import pytest
from django.utils.dateformat import format as date_format

from tests.tracking.conftest import enrol, table_rows
from tests.tracking.factories import make_trainer
from tracking.filters import filtered_enrolments
from tracking.selectors import (
    completion_by_course,
    completion_by_department,
    completion_by_organisation,
    learner_rows,
    overdue_enrolments,
)

REPORTS = "/admin/academy-reports"
NUMBERS = ("enrolled", "not_started", "in_progress", "completed", "completion_rate", "overdue")


def numbers(rows):
    """Each row's label with its counts, as the selectors return them."""
    return {row["label"]: {key: row[key] for key in NUMBERS} for row in rows}


def counts(enrolled, not_started, in_progress, completed, completion_rate, overdue):
    return dict(zip(NUMBERS, (enrolled, not_started, in_progress, completed, completion_rate, overdue), strict=True))


def shown(day):
    """A date as the report tables print it."""
    return date_format(day, "j M Y")


def enrolments(user, **params):
    """The enrolments a report counts for `user` with these query parameters, through the report's FilterSet."""
    return filtered_enrolments(user=user, params=params)


def page(client, slug, **params):
    response = client.get(f"{REPORTS}/{slug}/", params)
    assert response.status_code == 200
    return table_rows(response)


# Numbers from the selectors


def test_completion_by_course(cohort, admin):
    rows = completion_by_course(enrolments(admin))

    assert numbers(rows) == {
        "Contract negotiation": counts(5, 1, 2, 2, 40, 1),
        "Supplier management": counts(3, 1, 1, 1, 33, 0),
    }


def test_completion_by_organisation(cohort, admin):
    rows = completion_by_organisation(enrolments(admin))

    assert numbers(rows) == {
        "Northshire Police": counts(5, 1, 2, 2, 40, 1),
        "Southvale Council": counts(3, 1, 1, 1, 33, 0),
    }
    # Fay never enrolled but is a Southvale learner: she counts as a member, not as an enrolled learner.
    assert [(row["members"], row["learners_enrolled"]) for row in rows] == [(3, 3), (3, 2)]


def test_completion_by_department(cohort, admin):
    rows = completion_by_department(enrolments(admin))

    assert numbers(rows) == {
        "Custody, Northshire Police": counts(3, 1, 1, 1, 33, 1),
        "Traffic, Northshire Police": counts(2, 0, 1, 1, 50, 0),
        "Planning, Southvale Council": counts(3, 1, 1, 1, 33, 0),
    }
    assert [row["learners_enrolled"] for row in rows] == [2, 1, 2]


def test_a_course_completed_after_its_due_date_counts_as_completed_not_overdue(cohort, admin):
    late = cohort.enrolments["cat", "suppliers"]
    assert late.completed_at.date() > late.due_date

    assert list(overdue_enrolments(enrolments(admin))) == [cohort.enrolments["ben", "negotiation"]]
    assert not late.is_overdue


def test_learner_rows_count_each_learners_courses(cohort, admin):
    rows = learner_rows(user=admin)

    assert [
        (row.get_full_name(), row.courses_enrolled, row.courses_completed, row.courses_overdue) for row in rows
    ] == [
        ("Ada Archer", 2, 1, 0),
        ("Ben Baker", 1, 0, 1),
        ("Cat Carter", 2, 1, 0),
        ("Dan Dawson", 2, 1, 0),
        ("Eve Evans", 1, 0, 0),
        ("Fay Fisher", 0, 0, 0),
    ]
    assert admin not in rows  # staff are not learners


def test_learner_rows_narrow_to_an_organisation_or_department(cohort, admin):
    assert [row.first_name for row in learner_rows(user=admin, organisation=cohort.council)] == ["Dan", "Eve", "Fay"]
    assert [row.first_name for row in learner_rows(user=admin, department=cohort.custody)] == ["Ada", "Ben"]


@pytest.mark.parametrize(
    ("narrowing", "expected"),
    [
        ({"course": "suppliers"}, {"Supplier management": counts(3, 1, 1, 1, 33, 0)}),
        (
            {"organisation": "council"},
            {"Contract negotiation": counts(2, 0, 1, 1, 50, 0), "Supplier management": counts(1, 1, 0, 0, 0, 0)},
        ),
        (
            {"department": "custody"},
            {"Contract negotiation": counts(2, 1, 0, 1, 50, 1), "Supplier management": counts(1, 0, 1, 0, 0, 0)},
        ),
        ({"status": "overdue"}, {"Contract negotiation": counts(1, 1, 0, 0, 0, 1)}),
        (
            {"status": "completed"},
            {"Contract negotiation": counts(2, 0, 0, 2, 100, 0), "Supplier management": counts(1, 0, 0, 1, 100, 0)},
        ),
        ({"enrolled_from": 30}, {"Supplier management": counts(3, 1, 1, 1, 33, 0)}),
        ({"enrolled_to": 30}, {"Contract negotiation": counts(5, 1, 2, 2, 40, 1)}),
    ],
    ids=["course", "organisation", "department", "status", "completed", "enrolled-from", "enrolled-to"],
)
def test_each_filter_narrows_the_counted_enrolments(cohort, admin, narrowing, expected):
    """The query parameters a report page sends; day filters are days before today."""
    params = {}
    for key, value in narrowing.items():
        if key.startswith("enrolled_"):
            params[key] = (cohort.today - timedelta(days=value)).isoformat()
        elif key == "status":
            params[key] = value
        else:
            params[key] = str(getattr(cohort, value).pk)

    assert numbers(completion_by_course(enrolments(admin, **params))) == expected


def test_a_trainer_cannot_filter_their_way_into_another_course(cohort):
    trainer = make_trainer()
    cohort.suppliers.trainers.add(trainer)
    cohort.suppliers.save()

    # Not a choice the trainer is offered, so the filter is dropped: they still see only their own course.
    rows = completion_by_course(enrolments(trainer, course=str(cohort.negotiation.pk)))

    assert list(numbers(rows)) == ["Supplier management"]


def test_staff_enrolled_on_a_course_are_not_counted_as_learners(cohort, admin):
    enrol(make_trainer(organisation=cohort.police, department=cohort.custody), cohort.suppliers)

    assert numbers(completion_by_course(enrolments(admin)))["Supplier management"] == counts(3, 1, 1, 1, 33, 0)


def test_a_trainer_counts_only_the_courses_they_train(cohort):
    trainer = make_trainer()
    cohort.suppliers.trainers.add(trainer)
    cohort.suppliers.save()

    theirs = enrolments(trainer)

    assert numbers(completion_by_course(theirs)) == {"Supplier management": counts(3, 1, 1, 1, 33, 0)}
    assert numbers(completion_by_organisation(theirs)) == {
        "Northshire Police": counts(2, 0, 1, 1, 50, 0),
        "Southvale Council": counts(1, 1, 0, 0, 0, 0),
    }
    on_their_course = {name.capitalize() for name, course in cohort.enrolments if course == "suppliers"}
    assert {row.first_name: row.courses_enrolled for row in learner_rows(user=trainer)} == dict.fromkeys(
        on_their_course, 1
    )
    assert "Ben" not in on_their_course  # a learner on other courses only is not the trainer's to see


def test_a_course_owner_counts_their_own_course(cohort):
    owner = make_trainer()
    cohort.negotiation.owner = owner
    cohort.negotiation.save()

    assert list(numbers(completion_by_course(enrolments(owner)))) == ["Contract negotiation"]


def test_a_withdrawn_course_keeps_its_numbers(cohort, admin):
    cohort.suppliers.unpublish()

    assert numbers(completion_by_course(enrolments(admin)))["Supplier management"] == counts(3, 1, 1, 1, 33, 0)


# The numbers on the report pages


def test_course_report_page(cohort, admin_client):
    response = admin_client.get(f"{REPORTS}/courses/")

    assert table_rows(response) == [
        ["Contract negotiation", "5", "2", "2", "1", "1", "40%"],
        ["Supplier management", "3", "1", "1", "1", "0", "33%"],
    ]
    assert "Contract negotiation: 40%; Supplier management: 33%" in response.content.decode()  # the chart


def test_organisation_report_page(cohort, admin_client):
    assert page(admin_client, "organisations") == [
        ["Northshire Police", "3", "3", "5", "2", "2", "1", "1", "40%"],
        ["Southvale Council", "3", "2", "3", "1", "1", "1", "0", "33%"],
    ]


def test_department_report_page(cohort, admin_client):
    assert page(admin_client, "departments") == [
        ["Custody, Northshire Police", "2", "3", "1", "1", "1", "1", "33%"],
        ["Traffic, Northshire Police", "1", "2", "1", "1", "0", "0", "50%"],
        ["Planning, Southvale Council", "2", "3", "1", "1", "1", "0", "33%"],
    ]


def test_learner_report_page(cohort, admin_client):
    assert page(admin_client, "learners") == [
        ["Ada Archer ada@example.gov.uk", "Northshire Police", "Custody", "–", "2", "1", "0"],
        ["Ben Baker ben@example.gov.uk", "Northshire Police", "Custody", "–", "1", "0", "1"],
        ["Cat Carter cat@example.gov.uk", "Northshire Police", "Traffic", "–", "2", "1", "0"],
        ["Dan Dawson dan@example.gov.uk", "Southvale Council", "Planning", "–", "2", "1", "0"],
        ["Eve Evans eve@example.gov.uk", "Southvale Council", "Planning", "–", "1", "0", "0"],
        ["Fay Fisher fay@example.gov.uk", "Southvale Council", "–", "–", "0", "0", "0"],
    ]


def test_overdue_report_page_lists_only_the_overdue_learner(cohort, admin_client):
    enrolled = cohort.enrolments["ben", "negotiation"].enrolled_at

    assert page(admin_client, "overdue") == [
        [
            "Ben Baker ben@example.gov.uk",
            "Northshire Police",
            "Custody",
            "Contract negotiation",
            shown(enrolled),
            "0%",
            "–",
            f"{shown(cohort.overdue_on)} (overdue)",
        ]
    ]


def test_enrolments_report_page_lists_every_enrolment_by_course_then_surname(cohort, admin_client):
    rows = page(admin_client, "enrolments")

    assert [(row[0].split()[1], row[3], row[5]) for row in rows] == [
        ("Archer", "Contract negotiation", "100%"),
        ("Baker", "Contract negotiation", "0%"),
        ("Carter", "Contract negotiation", "25%"),
        ("Dawson", "Contract negotiation", "100%"),
        ("Evans", "Contract negotiation", "50%"),
        ("Archer", "Supplier management", "50%"),
        ("Carter", "Supplier management", "100%"),
        ("Dawson", "Supplier management", "0%"),
    ]
    late = rows[6]
    assert late[6] == shown(cohort.today - timedelta(days=1))
    assert late[7] == shown(cohort.today - timedelta(days=5))  # completed late: a due date, not flagged overdue
    assert rows[4][7] == shown(cohort.due_soon_on)


# Filters on the pages


def test_course_filter(cohort, admin_client):
    assert page(admin_client, "organisations", course=cohort.suppliers.pk) == [
        ["Northshire Police", "3", "2", "2", "1", "1", "0", "0", "50%"],
        ["Southvale Council", "3", "1", "1", "0", "0", "1", "0", "0%"],
    ]


def test_organisation_filter(cohort, admin_client):
    assert page(admin_client, "courses", organisation=cohort.council.pk) == [
        ["Contract negotiation", "2", "1", "1", "0", "0", "50%"],
        ["Supplier management", "1", "0", "0", "1", "0", "0%"],
    ]
    assert [row[0] for row in page(admin_client, "learners", organisation=cohort.council.pk)] == [
        "Dan Dawson dan@example.gov.uk",
        "Eve Evans eve@example.gov.uk",
        "Fay Fisher fay@example.gov.uk",
    ]


def test_department_filter(cohort, admin_client):
    assert page(admin_client, "departments", department=cohort.traffic.pk) == [
        ["Traffic, Northshire Police", "1", "2", "1", "1", "0", "0", "50%"],
    ]
    assert [row[0] for row in page(admin_client, "learners", department=cohort.custody.pk)] == [
        "Ada Archer ada@example.gov.uk",
        "Ben Baker ben@example.gov.uk",
    ]


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (
            "completed",
            [("Archer", "Contract negotiation"), ("Dawson", "Contract negotiation"), ("Carter", "Supplier management")],
        ),
        (
            "in_progress",
            [("Carter", "Contract negotiation"), ("Evans", "Contract negotiation"), ("Archer", "Supplier management")],
        ),
        ("not_started", [("Baker", "Contract negotiation"), ("Dawson", "Supplier management")]),
        ("overdue", [("Baker", "Contract negotiation")]),
    ],
)
def test_status_filter(cohort, admin_client, status, expected):
    rows = page(admin_client, "enrolments", status=status)

    assert [(row[0].split()[1], row[3]) for row in rows] == expected


def test_enrolled_date_filter(cohort, admin_client):
    month_ago = (cohort.today - timedelta(days=30)).isoformat()

    assert [row[0] for row in page(admin_client, "courses", enrolled_from=month_ago)] == ["Supplier management"]
    assert [row[0] for row in page(admin_client, "courses", enrolled_to=month_ago)] == ["Contract negotiation"]
    exact = (cohort.today - timedelta(days=5)).isoformat()
    assert page(admin_client, "courses", enrolled_from=exact, enrolled_to=exact) == [
        ["Supplier management", "3", "1", "1", "1", "0", "33%"],
    ]


def test_filters_combine(cohort, admin_client):
    assert page(admin_client, "departments", organisation=cohort.police.pk, status="in_progress") == [
        ["Custody, Northshire Police", "1", "1", "0", "1", "0", "0", "0%"],
        ["Traffic, Northshire Police", "1", "1", "0", "1", "0", "0", "0%"],
    ]


def test_learner_name_search(cohort, admin_client):
    assert page(admin_client, "learners", q="carter") == [
        ["Cat Carter cat@example.gov.uk", "Northshire Police", "Traffic", "–", "2", "1", "0"],
    ]


def test_filters_that_match_nothing_say_so(cohort, admin_client):
    response = admin_client.get(f"{REPORTS}/courses/", {"status": "overdue", "organisation": cohort.council.pk})

    assert table_rows(response) == []
    assert "No enrolments match these filters." in response.content.decode()


def test_organisation_learner_count_leaves_out_staff(cohort, admin_client):
    make_trainer(organisation=cohort.police, department=cohort.custody)

    police = page(admin_client, "organisations")[0]
    police_learners = page(admin_client, "learners", organisation=cohort.police.pk)

    assert (police[0], police[1]) == ("Northshire Police", str(len(police_learners)))
