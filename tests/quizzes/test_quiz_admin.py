"""Trainers' side: editor validation and the question bank admin page."""

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from courses.models import ModulePage
from quizzes.blocks import MultipleResponseQuestionBlock, SingleChoiceQuestionBlock
from quizzes.models import QuizPage
from tests.accounts.factories import UserFactory, sign_in_staff, staff_user, with_totp
from tests.quizzes.factories import build_quiz


@pytest.fixture
def quiz(course):
    return build_quiz(ModulePage.objects.child_of(course).first())


def choice_value(block, corrects):
    return block.to_python(
        {
            "prompt": "Pick",
            "feedback": "",
            "revise_lesson": None,
            "options": [
                {"text": f"Option {n}", "is_correct": correct, "feedback": ""} for n, correct in enumerate(corrects)
            ],
        }
    )


@pytest.mark.parametrize("corrects, valid", [([True, False], True), ([False, False], False), ([True, True], False)])
def test_single_choice_needs_exactly_one_correct_option(corrects, valid):
    block = SingleChoiceQuestionBlock()
    if valid:
        block.clean(choice_value(block, corrects))
    else:
        with pytest.raises(ValidationError):
            block.clean(choice_value(block, corrects))


def test_multiple_response_needs_a_correct_option():
    block = MultipleResponseQuestionBlock()
    block.clean(choice_value(block, [True, True, False]))
    with pytest.raises(ValidationError):
        block.clean(choice_value(block, [False, False]))


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("pass_mark", 101, "pass_mark"),
        ("questions_per_attempt", 5, "The bank has only 4 question items"),
    ],
)
def test_quiz_settings_are_validated(quiz, field, value, message):
    setattr(quiz, field, value)
    with pytest.raises(ValidationError, match=message):
        quiz.full_clean()


@pytest.fixture
def trainer(db):
    return staff_user()


def test_trainer_imports_a_gift_file_from_the_admin(client, quiz, trainer):
    sign_in_staff(client, trainer)
    page = client.get(f"/admin/quizzes/{quiz.pk}/questions/")
    assert page.status_code == 200 and b"Download as Moodle GIFT" in page.content
    upload = SimpleUploadedFile("bank.gift", b"::Q:: TUPE applies? {T}\n")
    response = client.post(f"/admin/quizzes/{quiz.pk}/questions/", {"file": upload, "file_format": "gift"})
    assert response.status_code == 302
    assert len(QuizPage.objects.get(pk=quiz.pk).get_latest_revision_as_object().questions) == 5


def test_bad_upload_shows_line_numbered_errors(client, quiz, trainer):
    sign_in_staff(client, trainer)
    upload = SimpleUploadedFile("bank.gift", b"::Q:: TUPE applies? {T}\n\n::R:: Broken {=a\n")
    response = client.post(f"/admin/quizzes/{quiz.pk}/questions/", {"file": upload, "file_format": "gift"})
    assert response.status_code == 400
    assert b"Nothing was imported" in response.content and b"Line 3" in response.content
    assert len(QuizPage.objects.get(pk=quiz.pk).get_latest_revision_as_object().questions) == 4


def test_export_downloads(client, quiz, trainer):
    sign_in_staff(client, trainer)
    response = client.get(f"/admin/quizzes/{quiz.pk}/questions/csv/")
    assert response["Content-Disposition"] == 'attachment; filename="quiz-questions.csv"'
    assert b"What is a BATNA?" in response.content


def test_learners_and_anonymous_cannot_reach_the_question_bank(client, quiz, learner):
    assert client.get(f"/admin/quizzes/{quiz.pk}/questions/").status_code == 302  # to sign in
    sign_in_staff(client, learner)
    assert client.get(f"/admin/quizzes/{quiz.pk}/questions/gift/").status_code in (302, 403)
    staff_without_rights = with_totp(UserFactory(is_staff=True))
    staff_without_rights.user_permissions.add(Permission.objects.get(codename="access_admin"))
    sign_in_staff(client, staff_without_rights)
    response = client.get(f"/admin/quizzes/{quiz.pk}/questions/gift/")
    assert response.status_code == 302 and response.url == "/admin/"  # Wagtail's "permission denied" redirect
    assert b"BATNA" not in response.content
