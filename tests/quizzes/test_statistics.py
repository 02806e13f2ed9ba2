"""Question statistics against numbers worked out by hand for ten learners, and the admin pages that show them."""

import csv
import io

import pytest
from django.contrib.auth.models import Group

from accounts.roles import TRAINERS, setup_roles
from courses.services import enrolment_create
from outbox.models import OutboxMessage
from quizzes.models import QuizStatistics
from quizzes.services import quiz_attempt_start, quiz_attempt_submit
from quizzes.statistics import services as statistics_services
from quizzes.statistics.calculator import question_statistics
from quizzes.statistics.services import quiz_statistics_calculate, quiz_statistics_current
from tests.accounts.factories import UserFactory, sign_in_staff, staff_user, with_totp
from tests.quizzes.factories import RIGHT_ANSWERS

# Ten learners' first attempts at the standard bank. Marks per question (BATNA, KPI, TUPE, ZOPA):
#  L1 1 1 1 1 | L2 1 1 1 0 | L3 1 ½ 1 1 | L4 1 1 0 0 | L5 0 ½ 1 0
#  L6 1 0 1 0 | L7 0 0 1 0 | L8 1 ½ 0 1 | L9 (nothing answered) | L10 1 1 1 0
ANSWERS = [
    {"q-batna": ["batna-right"], "q-kpi": ["kpi-missed", "kpi-late"], "q-tupe": ["true"], "q-zopa": ["ZOPA"]},
    {"q-batna": ["batna-right"], "q-kpi": ["kpi-missed", "kpi-late"], "q-tupe": ["true"], "q-zopa": ["bazaar"]},
    {"q-batna": ["batna-right"], "q-kpi": ["kpi-missed"], "q-tupe": ["true"], "q-zopa": ["ZOPA"]},
    {"q-batna": ["batna-right"], "q-kpi": ["kpi-missed", "kpi-late"], "q-tupe": ["false"], "q-zopa": ["bazaar"]},
    {"q-batna": ["batna-wrong"], "q-kpi": ["kpi-late"], "q-tupe": ["true"], "q-zopa": ["bazaar"]},
    {"q-batna": ["batna-right"], "q-kpi": ["kpi-weather"], "q-tupe": ["true"], "q-zopa": ["bazaar"]},
    {"q-batna": ["batna-wrong"], "q-kpi": ["kpi-missed", "kpi-weather"], "q-tupe": ["true"], "q-zopa": ["bazaar"]},
    {"q-batna": ["batna-right"], "q-kpi": ["kpi-missed"], "q-tupe": ["false"], "q-zopa": ["ZOPA"]},
    {},
    {"q-batna": ["batna-right"], "q-kpi": ["kpi-missed", "kpi-late"], "q-tupe": ["true"], "q-zopa": ["bazaar"]},
]
# Worked by hand. Totals: 4, 3, 3.5, 2, 1.5, 2, 1, 2.5, 0, 3. For each question x is its mark and y the
# rest of the attempt (total - x); Sxy = sum (x - x̄)(y - ȳ), Smax the same over x and y each sorted.
# BATNA: x̄ = 0.7, ȳ = 1.55, Sxx = 2.1, Syy = 6.725, Sxy = 2.15, Smax = 2.65
#   DI = 100 × 2.15 / √(2.1 × 6.725) = 57.21; DE = 100 × 2.15 / 2.65 = 81.13; sd = √(2.1 / 9) = 0.48
# KPI:   x̄ = 0.55, ȳ = 1.7, Sxx = 1.725, Syy = 8.1, Sxy = 1.65, Smax = 3.15 -> DI 44.14, DE 52.38, sd 0.44
# TUPE:  x̄ = 0.7, ȳ = 1.55, Sxx = 2.1, Syy = 10.725, Sxy = 0.15, Smax = 4.15 -> DI 3.16, DE 3.61 (needs checking)
# ZOPA:  x̄ = 0.3, ȳ = 1.95, Sxx = 2.1, Syy = 8.725, Sxy = 1.15, Smax = 3.15 -> DI 26.87, DE 36.51
EXPECTED = {
    "q-batna": (10, 70.0, 0.48, 57.21, 81.13, False),
    "q-kpi": (10, 55.0, 0.44, 44.14, 52.38, False),
    "q-tupe": (10, 70.0, 0.48, 3.16, 3.61, True),
    "q-zopa": (10, 30.0, 0.48, 26.87, 36.51, False),
}


@pytest.fixture
def cohort(quiz, course):
    learners = []
    for answers in ANSWERS:
        learner = UserFactory()
        enrolment_create(user=learner, course=course)
        quiz_attempt_submit(attempt=quiz_attempt_start(user=learner, quiz=quiz), answers=answers)
        learners.append(learner)
    # L9 tries again and gets everything right: a second attempt, left out of first-attempt statistics.
    quiz_attempt_submit(attempt=quiz_attempt_start(user=learners[8], quiz=quiz), answers=RIGHT_ANSWERS)
    return learners


def by_id(record):
    return {row["id"]: row for row in record.questions}


def test_first_attempt_statistics_match_the_hand_computation(quiz, cohort):
    rows = by_id(quiz_statistics_calculate(quiz_id=quiz.pk, scope="first"))
    for question_id, (n, facility, sd, discrimination, efficiency, flagged) in EXPECTED.items():
        row = rows[question_id]
        assert (row["attempts"], row["facility"], row["standard_deviation"]) == (n, facility, sd), question_id
        assert (row["discrimination_index"], row["discriminative_efficiency"]) == (discrimination, efficiency)
        assert row["needs_checking"] is flagged, question_id
    assert rows["q-tupe"]["check_reasons"] == ["low discrimination"]


def test_how_often_each_option_was_chosen(quiz, cohort):
    rows = by_id(quiz_statistics_calculate(quiz_id=quiz.pk, scope="first"))
    counts = {q: [(r["label"], r["count"]) for r in rows[q]["responses"]] for q in ("q-batna", "q-kpi", "q-tupe")}
    assert counts["q-batna"] == [
        ("Best alternative to a negotiated agreement", 7),
        ("Bottom acceptable tender", 2),
        ("No answer", 1),
    ]
    assert counts["q-kpi"] == [("Missed KPI", 7), ("Late invoice", 5), ("Weather", 2), ("No answer", 1)]
    assert counts["q-tupe"] == [("True", 7), ("False", 2), ("No answer", 1)]
    assert [(r["label"], r["count"], r["percent"]) for r in rows["q-zopa"]["responses"]] == [
        ("bazaar", 6, 60.0),
        ("ZOPA", 3, 30.0),
        ("No answer", 1, 10.0),
    ]


def test_all_attempts_include_the_retry(quiz, cohort):
    rows = by_id(quiz_statistics_calculate(quiz_id=quiz.pk, scope="all"))
    assert rows["q-batna"]["attempts"] == 11
    assert rows["q-batna"]["facility"] == round(100 * 8 / 11, 2)


def test_flags_for_facility_outside_10_to_90_percent():
    everyone_right = [({"a": 1, "b": s}, {}) for s in (0, 1, 0, 1)]
    stats = question_statistics(everyone_right)
    assert stats["a"].facility == 100 and stats["a"].check_reasons == ["too easy"]
    assert stats["a"].discrimination_index is None  # no spread in its marks: undefined, as Moodle leaves it blank
    nobody_right = question_statistics([({"a": 0, "b": s}, {}) for s in (0, 1)])
    assert nobody_right["a"].check_reasons == ["too hard"]


def test_large_cohorts_are_calculated_in_a_queued_task(quiz, cohort, monkeypatch, django_capture_on_commit_callbacks):
    monkeypatch.setattr(statistics_services, "SYNC_ATTEMPT_LIMIT", 5)
    with django_capture_on_commit_callbacks(execute=True):
        stored, pending = quiz_statistics_current(quiz=quiz, scope="first")
    assert pending and stored is None
    assert OutboxMessage.objects.filter(task_name="quizzes.tasks.calculate_question_statistics").count() == 1
    stored, pending = quiz_statistics_current(quiz=quiz, scope="first")
    assert not pending and by_id(stored)["q-batna"]["discrimination_index"] == 57.21
    assert QuizStatistics.objects.count() == 1


def test_stored_statistics_are_recalculated_when_attempts_change(quiz, cohort, course):
    first, _ = quiz_statistics_current(quiz=quiz, scope="first")
    assert first.attempt_count == 10
    newcomer = UserFactory()
    enrolment_create(user=newcomer, course=course)
    quiz_attempt_submit(attempt=quiz_attempt_start(user=newcomer, quiz=quiz), answers=RIGHT_ANSWERS)
    again, _ = quiz_statistics_current(quiz=quiz, scope="first")
    assert again.attempt_count == 11 and by_id(again)["q-batna"]["attempts"] == 11


def test_trainer_sees_the_statistics_and_downloads_csv(client, quiz, cohort):
    sign_in_staff(client, staff_user())
    page = client.get(f"/admin/quizzes/{quiz.pk}/statistics/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "57.21%" in text and "81.13%" in text and "low discrimination" in text
    assert "From 10 graded first attempts" in text
    assert (
        "From 11 graded attempts" in client.get(f"/admin/quizzes/{quiz.pk}/statistics/?attempts=all").content.decode()
    )

    download = client.get(f"/admin/quizzes/{quiz.pk}/statistics.csv")
    assert download["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(download.content.decode())))
    assert rows[0][:8] == [
        "Q#",
        "Question",
        "Type",
        "Attempts",
        "Facility index %",
        "Standard deviation",
        "Discrimination index %",
        "Discriminative efficiency %",
    ]
    tupe = next(row for row in rows if row[1].startswith("TUPE"))
    assert tupe[3:10] == [
        "10",
        "70.0",
        "0.48",
        "3.16",
        "3.61",
        "low discrimination",
        "True: 7 (70.0%); False: 2 (20.0%); No answer: 1 (10.0%)",
    ]


def test_question_statistics_across_quizzes(client, quiz, cohort):
    sign_in_staff(client, staff_user())
    page = client.get("/admin/question-statistics/?needs_checking=1")
    assert page.status_code == 200
    text = page.content.decode()
    assert "TUPE can apply" in text and "What is a BATNA?" not in text
    assert "What is a BATNA?" in client.get("/admin/question-statistics/?q=batna").content.decode()


def test_only_staff_who_can_edit_the_quiz_see_statistics(client, quiz, cohort, catalogue):
    urls = [f"/admin/quizzes/{quiz.pk}/statistics/", f"/admin/quizzes/{quiz.pk}/statistics.csv"]
    for url in urls:
        assert client.get(url).status_code == 302  # anonymous: to the sign-in page
    client.force_login(cohort[0])
    for url in urls:
        assert client.get(url).status_code in (302, 403)
    setup_roles()
    trainer = with_totp(UserFactory(is_staff=True))
    trainer.groups.add(Group.objects.get(name=TRAINERS))
    sign_in_staff(client, trainer)
    assert client.get(urls[0]).status_code == 200
    assert "TUPE" not in client.get("/admin/question-statistics/?q=nothing-matches").content.decode()
