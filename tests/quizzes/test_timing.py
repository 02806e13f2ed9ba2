"""Fair timing: answers saved as the learner goes, graded (never zeroed) at the limit; adjustments, extensions."""

import json
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from courses.services import enrolment_create
from quizzes.models import QuizAttempt, TimingAdjustment
from quizzes.services import quiz_attempt_start
from quizzes.timing import quiz_attempt_extend, timing_adjustment_remove, timing_adjustment_set
from tests.accounts.factories import sign_in_staff, staff_user
from tests.quizzes.factories import RIGHT_ANSWERS, build_quiz


@pytest.fixture
def timed_quiz(course):
    return build_quiz(course, slug="timed-assessment", time_limit_minutes=10)


def start(client, quiz):
    response = client.post(quiz.url + "start/")
    assert response.status_code == 302
    return QuizAttempt.objects.latest("pk"), response.url


def form(answers):
    return {f"q-{question}": values for question, values in answers.items()}


def expire(attempt, seconds_ago=120):
    """Move the deadline into the past, beyond the submission grace."""
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline_at=timezone.now() - timedelta(seconds=seconds_ago))


def test_autosave_keeps_answers_and_says_only_when(client, timed_quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    attempt, url = start(client, timed_quiz)
    response = client.post(url + "save/", form({"q-batna": ["batna-right"], "q-tupe": ["maybe"], "q-x": ["y"]}))
    assert response.status_code == 200
    assert list(response.json()) == ["saved_at"]  # nothing about right or wrong
    attempt.refresh_from_db()
    assert attempt.answers == {"q-batna": "batna-right"} and attempt.submitted_at is None
    # Reloading the attempt shows the saved answer chosen again.
    page = client.get(url).content.decode()
    assert 'value="batna-right" checked' in page


def test_time_running_out_grades_the_saved_answers(client, timed_quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    attempt, url = start(client, timed_quiz)
    client.post(url + "save/", form({"q-batna": ["batna-right"], "q-tupe": ["true"]}))
    expire(attempt)
    assert client.get(url).url.endswith("result/")
    attempt.refresh_from_db()
    assert attempt.score_percent == 50 and attempt.answers == {"q-batna": "batna-right", "q-tupe": "true"}
    assert "You scored 50%" in client.get(url + "result/").content.decode()


def test_a_late_final_submit_is_graded_on_what_was_saved_in_time(client, timed_quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    attempt, url = start(client, timed_quiz)
    client.post(url + "save/", form({"q-batna": ["batna-right"]}))
    expire(attempt)
    client.post(url + "submit/", form(RIGHT_ANSWERS))
    attempt.refresh_from_db()
    assert attempt.score_percent == 25  # the saved BATNA answer, not zero and not the late full marks


def test_a_save_after_time_is_up_is_refused_and_the_attempt_is_marked(client, timed_quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    attempt, url = start(client, timed_quiz)
    client.post(url + "save/", form({"q-batna": ["batna-right"]}))
    expire(attempt)
    response = client.post(url + "save/", form(RIGHT_ANSWERS))
    assert response.status_code == 409 and "Time is up" in response.json()["error"]
    attempt.refresh_from_db()
    assert attempt.submitted_at and attempt.score_percent == 25


def test_autosave_refuses_submitted_and_other_learners_attempts(
    client, timed_quiz, enrolled_learner, other_learner, course
):
    client.force_login(enrolled_learner)
    attempt, url = start(client, timed_quiz)
    enrolment_create(user=other_learner, course=course)
    client.force_login(other_learner)
    assert client.post(url + "save/", form(RIGHT_ANSWERS)).status_code == 404
    client.force_login(enrolled_learner)
    client.post(url + "submit/", form({}))
    response = client.post(url + "save/", form(RIGHT_ANSWERS))
    assert response.status_code == 409 and "already been submitted" in response.json()["error"]
    assert client.get(url + "save/").status_code == 405
    client.logout()
    assert client.post(url + "save/", form(RIGHT_ANSWERS)).status_code == 302  # to sign in
    attempt.refresh_from_db()
    assert attempt.answers == {} and attempt.score_percent == 0


def test_autosave_rejects_a_null_character_clearly(client, timed_quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    _attempt, url = start(client, timed_quiz)
    response = client.post(url + "save/", {"q-q-zopa": "zo\x00pa"})
    assert response.status_code == 400 and "null character" in response.json()["error"]


def test_attempt_page_shows_a_countdown_with_polite_announcements(client, timed_quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    _attempt, url = start(client, timed_quiz)
    page = client.get(url).content.decode()
    assert 'data-seconds-left="599"' in page or 'data-seconds-left="600"' in page
    assert 'aria-live="polite"' in page and 'role="timer"' in page
    assert "quizzes/attempt.js" in page and "save/" in page


def test_adjustment_multiplies_every_timed_quiz_and_no_limit_removes_it(timed_quiz, enrolled_learner):
    timing_adjustment_set(user=enrolled_learner, adjustment="1.5")
    attempt = quiz_attempt_start(user=enrolled_learner, quiz=timed_quiz)
    assert attempt.deadline_at - attempt.started_at == pytest.approx(timedelta(minutes=15), abs=timedelta(seconds=1))
    timing_adjustment_set(user=enrolled_learner, adjustment="none")
    attempt.refresh_from_db()
    assert attempt.deadline_at is None  # the open attempt follows the new adjustment at once
    timing_adjustment_remove(user=enrolled_learner)
    attempt.refresh_from_db()
    assert attempt.deadline_at - attempt.started_at == pytest.approx(timedelta(minutes=10), abs=timedelta(seconds=1))
    with pytest.raises(ValidationError):
        timing_adjustment_set(user=enrolled_learner, adjustment="3")


def test_quiz_page_says_how_to_ask_for_an_adjustment_and_shows_it(client, timed_quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    page = client.get(timed_quiz.url).content.decode()
    assert "If you need more time" in page and "ask your training administrator for a timing adjustment" in page
    timing_adjustment_set(user=enrolled_learner, adjustment="2")
    assert "20 minutes, from when you start (your timing adjustment" in client.get(timed_quiz.url).content.decode()


def test_trainer_extends_one_open_attempt(timed_quiz, enrolled_learner):
    attempt = quiz_attempt_start(user=enrolled_learner, quiz=timed_quiz)
    before = attempt.deadline_at
    extended = quiz_attempt_extend(attempt_id=attempt.pk, minutes=15)
    assert extended.deadline_at - before == pytest.approx(timedelta(minutes=15), abs=timedelta(seconds=1))
    with pytest.raises(ValidationError, match="from the list"):
        quiz_attempt_extend(attempt_id=attempt.pk, minutes=999)


def test_admin_extends_an_attempt_from_the_open_attempts_page(client, timed_quiz, enrolled_learner):
    attempt = quiz_attempt_start(user=enrolled_learner, quiz=timed_quiz)
    sign_in_staff(client, staff_user())
    url = f"/admin/quizzes/{timed_quiz.pk}/open-attempts/"
    assert enrolled_learner.email in client.get(url).content.decode()
    response = client.post(url, {"attempt": attempt.pk, "minutes": "30"}, follow=True)
    assert "now has until" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.extra_minutes == 30
    assert "Choose an attempt" in client.post(url, {"attempt": "x", "minutes": "30"}, follow=True).content.decode()
    QuizAttempt.objects.filter(pk=attempt.pk).update(submitted_at=timezone.now())
    assert "no longer open" in client.post(url, {"attempt": attempt.pk, "minutes": "5"}, follow=True).content.decode()


def test_learners_cannot_open_the_admin_timing_pages(client, timed_quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    for url in (f"/admin/quizzes/{timed_quiz.pk}/open-attempts/", "/admin/timing_adjustments/"):
        assert client.get(url).status_code in (302, 403)


def test_admin_sets_an_adjustment_by_email(client, enrolled_learner):
    sign_in_staff(client, staff_user())
    add = client.get("/admin/timing_adjustments/new/")
    assert add.status_code == 200
    response = client.post(
        "/admin/timing_adjustments/new/", {"email": enrolled_learner.email, "adjustment": "1.25", "note": "Agreed"}
    )
    assert response.status_code == 302
    assert TimingAdjustment.objects.get(user=enrolled_learner).adjustment == "1.25"
    unknown = client.post("/admin/timing_adjustments/new/", {"email": "nobody@example.com", "adjustment": "2"})
    assert unknown.status_code == 200 and "No one has an account" in unknown.content.decode()
    bad = client.post("/admin/timing_adjustments/new/", {"email": enrolled_learner.email, "adjustment": "9"})
    assert bad.status_code == 200 and TimingAdjustment.objects.count() == 1
    listing = client.get("/admin/timing_adjustments/").content.decode()
    assert enrolled_learner.email in listing or str(enrolled_learner) in listing


def test_json_reply_never_holds_answers(client, timed_quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    _attempt, url = start(client, timed_quiz)
    body = client.post(url + "save/", form(RIGHT_ANSWERS)).content.decode()
    assert not any(secret in body for secret in ("correct", "FEEDBACK", "EXPLAIN", "batna", "zopa"))
    assert json.loads(body)["saved_at"]


def test_admin_removes_an_adjustment_and_open_attempts_go_back_to_the_quiz_limit(client, timed_quiz, enrolled_learner):
    timing_adjustment_set(user=enrolled_learner, adjustment="2")
    attempt = quiz_attempt_start(user=enrolled_learner, quiz=timed_quiz)
    record = TimingAdjustment.objects.get()
    sign_in_staff(client, staff_user())
    edit = client.post(f"/admin/timing_adjustments/edit/{record.pk}/", {"adjustment": "1.25", "note": "Reviewed"})
    assert edit.status_code == 302
    attempt.refresh_from_db()
    assert attempt.deadline_at - attempt.started_at == pytest.approx(timedelta(minutes=12.5), abs=timedelta(seconds=1))
    assert client.post(f"/admin/timing_adjustments/delete/{record.pk}/").status_code == 302
    assert not TimingAdjustment.objects.exists()
    attempt.refresh_from_db()
    assert attempt.deadline_at - attempt.started_at == pytest.approx(timedelta(minutes=10), abs=timedelta(seconds=1))
