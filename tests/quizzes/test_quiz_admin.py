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


def choice_value(block, fractions):
    return block.to_python(
        {
            "prompt": "Pick",
            "feedback": "",
            "revise_lesson": None,
            "options": [
                {"text": f"Option {n}", "fraction": fraction, "feedback": ""} for n, fraction in enumerate(fractions)
            ],
        }
    )


# Moodle's editor rules: a single choice needs an option worth 100% (two may be, a partial one may sit beside it).
@pytest.mark.parametrize(
    "fractions, valid",
    [(["1", "0"], True), (["0", "0"], False), (["1", "1"], True), (["0.5", "1", "-0.5"], True), (["0.5", "0.5"], False)],
)
def test_single_choice_needs_an_option_worth_full_marks(fractions, valid):
    block = SingleChoiceQuestionBlock()
    if valid:
        block.clean(choice_value(block, fractions))
    else:
        with pytest.raises(ValidationError, match="must be worth 100%"):
            block.clean(choice_value(block, fractions))


def test_multiple_response_positive_grades_add_up_to_full_marks():
    block = MultipleResponseQuestionBlock()
    block.clean(choice_value(block, ["0.5", "0.5", "-1"]))
    block.clean(choice_value(block, ["0.3333333", "0.3333333", "0.3333333"]))  # exactly 1, not 0.9999999
    for fractions in (["0", "0"], ["0.5", "0.3"], ["1", "0.5"]):
        with pytest.raises(ValidationError, match="add up to 100%"):
            block.clean(choice_value(block, fractions))


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
