"""An admin's or trainer's view of one learner: each course with progress, dates and graded quiz attempts."""

from datetime import timedelta

from django.utils.dateformat import format as date_format

from courses.services import enrolment_create
from quizzes.models import QuizAttempt
from quizzes.services import quiz_attempt_start, quiz_attempt_submit
from tests.accounts.factories import UserFactory, sign_in_staff
from tests.courses.factories import lessons_of
from tests.quizzes.factories import RIGHT_ANSWERS, build_quiz
from tests.tracking.conftest import table_rows
from tests.tracking.factories import make_trainer
from tracking.selectors import (
    learner_record,
)

REPORTS = "/admin/academy-reports"
NUMBERS = ("enrolled", "not_started", "in_progress", "completed", "completion_rate", "overdue")


def shown(day):
    """A date as the report tables print it."""
    return date_format(day, "j M Y")


def detail_courses(response):
    return table_rows(response, "table.listing:first-of-type tbody tr")


def test_learner_detail_shows_each_course_with_progress_and_dates(cohort, admin_client):
    response = admin_client.get(f"{REPORTS}/learners/{cohort.ada.pk}/")

    assert response.status_code == 200
    assert detail_courses(response) == [
        ["Supplier management", shown(cohort.today - timedelta(days=5)), "50%", "–", "–", shown(cohort.today)],
        [
            "Contract negotiation",
            shown(cohort.today - timedelta(days=60)),
            "100%",
            shown(cohort.today - timedelta(days=50)),
            "–",
            shown(cohort.today - timedelta(days=50)),
        ],
    ]
    text = response.content.decode()
    assert "ada@example.gov.uk" in text
    assert "Northshire Police" in text


def test_learner_detail_flags_an_overdue_course(cohort, admin_client):
    response = admin_client.get(f"{REPORTS}/learners/{cohort.ben.pk}/")

    assert detail_courses(response) == [
        [
            "Contract negotiation",
            shown(cohort.today - timedelta(days=60)),
            "0%",
            "–",
            f"{shown(cohort.overdue_on)} (overdue)",
            "–",
        ],
    ]


def test_learner_detail_for_a_learner_with_no_courses(cohort, admin_client):
    response = admin_client.get(f"{REPORTS}/learners/{cohort.fay.pk}/")

    assert detail_courses(response) == []
    assert "Fay Fisher is not enrolled on any course you can report on." in response.content.decode()


def test_learner_detail_shows_a_trainer_only_their_courses(cohort, client):
    trainer = make_trainer()
    cohort.suppliers.trainers.add(trainer)
    cohort.suppliers.save()
    sign_in_staff(client, trainer)

    response = client.get(f"{REPORTS}/learners/{cohort.ada.pk}/")

    assert [row[0] for row in detail_courses(response)] == ["Supplier management"]
    assert learner_record(user=trainer, learner=cohort.ada).enrolments == [cohort.enrolments["ada", "suppliers"]]


def test_learner_detail_for_an_unknown_learner_is_not_found(cohort, admin_client):
    assert admin_client.get(f"{REPORTS}/learners/999999/").status_code == 404


def test_learner_detail_lists_graded_quiz_attempts(course, admin_client):
    quiz = build_quiz(lessons_of(course)[0].get_parent())
    learner = UserFactory(first_name="Quinn", last_name="Quizzer")
    enrolment_create(user=learner, course=course)
    quiz_attempt_submit(attempt=quiz_attempt_start(user=learner, quiz=quiz), answers={})
    quiz_attempt_submit(attempt=quiz_attempt_start(user=learner, quiz=quiz), answers=RIGHT_ANSWERS)
    quiz_attempt_start(user=learner, quiz=quiz)  # a third attempt, still open: not graded, not shown

    response = admin_client.get(f"{REPORTS}/learners/{learner.pk}/")

    attempts = table_rows(response, "table.listing:last-of-type tbody tr")
    assert [(row[0], row[1], row[2], row[5]) for row in attempts] == [
        ("Contract negotiation", "Module quiz", "1", "Not passed"),
        ("Contract negotiation", "Module quiz", "2", "Passed"),
    ]
    assert attempts[0][4].startswith("0") and attempts[1][4].startswith("100")
    assert QuizAttempt.objects.filter(enrolment__user=learner).count() == 3
