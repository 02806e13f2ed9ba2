"""Essays wait for a trainer's mark: the learner sees "awaiting marking", is emailed, and completes once marked."""

import pytest
from django.contrib.auth.models import Permission
from django.core import mail

from courses.models import ModulePage, StepCompletion
from quizzes.models import QuizAttempt
from tests.accounts.factories import UserFactory, sign_in_staff, staff_user, with_totp
from tests.quizzes.factories import QUIZ_BANK, build_quiz

ESSAY = {
    "type": "essay",
    "id": "q-essay",
    "value": {
        "prompt": "Explain how you would prepare for a renewal.",
        "prompt_format": "plain",
        "feedback": "",
        "revise_lesson": None,
        "category": "",
        "rubric": "RUBRIC-TEXT: two marks for a BATNA.",
    },
}


@pytest.fixture
def essay_quiz(course):
    return build_quiz(
        ModulePage.objects.child_of(course).first(), slug="essay-quiz", bank=[QUIZ_BANK[0], ESSAY], pass_mark=75
    )


def take(client, quiz, answers):
    client.post(quiz.url + "start/")
    attempt = QuizAttempt.objects.latest("pk")
    client.post(quiz.url + f"attempt/{attempt.pk}/submit/", answers)
    attempt.refresh_from_db()
    return attempt


@pytest.fixture
def waiting(client, essay_quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    return take(client, essay_quiz, {"q-q-batna": "batna-right", "q-q-essay": "I would first establish my BATNA."})


def test_an_answered_essay_waits_for_marking_and_completes_nothing(client, waiting, essay_quiz):
    assert waiting.awaiting_marking and waiting.passed is None
    assert not StepCompletion.objects.filter(page_id=essay_quiz.pk).exists()
    page = client.get(essay_quiz.url + f"attempt/{waiting.pk}/result/").content.decode()
    assert "Your answers are awaiting marking" in page and "Awaiting marking" in page
    assert "RUBRIC-TEXT" not in page and "Try again" not in page
    assert "Awaiting marking" in client.get(essay_quiz.url).content.decode()


def test_the_essay_form_never_shows_the_rubric(client, essay_quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    client.post(essay_quiz.url + "start/")
    attempt = QuizAttempt.objects.latest("pk")
    page = client.get(essay_quiz.url + f"attempt/{attempt.pk}/").content.decode()
    assert "<textarea" in page and "RUBRIC-TEXT" not in page


def test_a_blank_essay_is_graded_at_once(client, essay_quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    attempt = take(client, essay_quiz, {"q-q-batna": "batna-right"})
    assert not attempt.awaiting_marking and attempt.score_percent == 50 and attempt.passed is False


def test_a_trainer_marks_from_the_queue_and_the_learner_passes_and_is_emailed(
    client, waiting, essay_quiz, django_capture_on_commit_callbacks
):
    trainer = staff_user()
    sign_in_staff(client, trainer)
    queue = client.get("/admin/essay-marking/").content.decode()
    assert "Module quiz" in queue and f"/admin/essay-marking/{waiting.pk}/" in queue
    form = client.get(f"/admin/essay-marking/{waiting.pk}/").content.decode()
    assert "RUBRIC-TEXT" in form and "I would first establish my BATNA." in form
    incomplete = client.post(f"/admin/essay-marking/{waiting.pk}/", {"mark-q-essay": ""})
    assert incomplete.status_code == 400
    with django_capture_on_commit_callbacks(execute=True):  # the email is queued through the outbox on commit
        response = client.post(
            f"/admin/essay-marking/{waiting.pk}/",
            {"mark-q-essay": "0.5", "comment-q-essay": "Good start; add a plan B."},
        )
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert (waiting.awaiting_marking, waiting.score_percent, waiting.passed) == (False, 75, True)
    assert StepCompletion.objects.filter(enrolment=waiting.enrolment, page_id=essay_quiz.pk).exists()
    assert len(mail.outbox) == 1 and "have been marked" in mail.outbox[0].subject
    assert "You scored 75%: you passed" in mail.outbox[0].body
    assert f"attempt {waiting.number}" in mail.outbox[0].body
    assert client.post(f"/admin/essay-marking/{waiting.pk}/", {"mark-q-essay": "1"}).status_code == 404
    client.force_login(waiting.enrolment.user)
    result = client.get(essay_quiz.url + f"attempt/{waiting.pk}/result/").content.decode()
    assert "You passed" in result and "Good start; add a plan B." in result


def test_a_low_mark_fails_and_completes_nothing(client, waiting, essay_quiz):
    sign_in_staff(client, staff_user())
    client.post(f"/admin/essay-marking/{waiting.pk}/", {"mark-q-essay": "0", "comment-q-essay": ""})
    waiting.refresh_from_db()
    assert waiting.passed is False and waiting.score_percent == 50
    assert not StepCompletion.objects.filter(page_id=essay_quiz.pk).exists()


def test_only_trainers_who_can_edit_the_quiz_see_or_mark_it(client, waiting, learner):
    url = f"/admin/essay-marking/{waiting.pk}/"
    assert client.get(url).status_code == 302  # anonymous: to sign in
    client.force_login(waiting.enrolment.user)
    assert client.get(url).status_code == 302  # a learner has no admin
    no_rights = with_totp(UserFactory(is_staff=True))
    no_rights.user_permissions.add(Permission.objects.get(codename="access_admin"))
    sign_in_staff(client, no_rights)
    assert client.get(url).status_code == 404
    assert client.post(url, {"mark-q-essay": "1"}).status_code == 404
    assert "No essay answers are waiting" in client.get("/admin/essay-marking/").content.decode()
    waiting.refresh_from_db()
    assert waiting.awaiting_marking
