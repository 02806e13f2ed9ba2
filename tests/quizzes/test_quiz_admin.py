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
    [
        (["1", "0"], True),
        (["0", "0"], False),
        (["1", "1"], True),
        (["0.5", "1", "-0.5"], True),
        (["0.5", "0.5"], False),
    ],
)
def test_single_choice_needs_an_option_worth_full_marks(fractions, valid):
    block = SingleChoiceQuestionBlock()
    if valid:
        block.clean(choice_value(block, fractions))
    else:
        with pytest.raises(ValidationError) as error:
            block.clean(choice_value(block, fractions))
        assert "must be worth 100%" in str(error.value.block_errors["options"])


def test_multiple_response_positive_grades_add_up_to_full_marks():
    block = MultipleResponseQuestionBlock()
    block.clean(choice_value(block, ["0.5", "0.5", "-1"]))
    block.clean(choice_value(block, ["0.3333333", "0.3333333", "0.3333333"]))  # exactly 1, not 0.9999999
    for fractions in (["0", "0"], ["0.5", "0.3"], ["1", "0.5"]):
        with pytest.raises(ValidationError) as error:
            block.clean(choice_value(block, fractions))
        assert "add up to 100%" in str(error.value.block_errors["options"])


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


def upload(client, quiz, name, content, file_format="gift"):
    return client.post(
        f"/admin/quizzes/{quiz.pk}/questions/", {"file": SimpleUploadedFile(name, content), "file_format": file_format}
    )


def test_trainer_previews_then_imports_a_gift_file_from_the_admin(client, quiz, trainer):
    sign_in_staff(client, trainer)
    page = client.get(f"/admin/quizzes/{quiz.pk}/questions/")
    assert page.status_code == 200 and b"Download as Moodle GIFT" in page.content
    response = upload(client, quiz, "bank.gift", b"::Q:: TUPE applies? {T}\n\n::P:: Pick {~%50%half =full ~none}\n")
    assert response.status_code == 302
    preview = client.get(response.url)
    assert b"Import 2 valid questions" in preview.content
    assert b"half" in preview.content and b"50%" in preview.content and b"True or false" in preview.content
    assert len(QuizPage.objects.get(pk=quiz.pk).get_latest_revision_as_object().questions) == 4  # nothing yet
    done = client.post(response.url + "decide/", {"action": "import"})
    assert done.status_code == 302
    assert len(QuizPage.objects.get(pk=quiz.pk).get_latest_revision_as_object().questions) == 6
    assert client.post(response.url + "decide/", {"action": "import"}).status_code == 302  # a second click
    assert len(QuizPage.objects.get(pk=quiz.pk).get_latest_revision_as_object().questions) == 6


def test_refused_questions_are_listed_with_their_reason_and_the_valid_ones_import(client, quiz, trainer):
    sign_in_staff(client, trainer)
    source = b"::Q:: TUPE applies? {T}\n\n::R:: Broken {=a\n\n::M:: Pick {~%50%a ~%30%b}\n"
    response = upload(client, quiz, "bank.gift", source)
    preview = client.get(response.url)
    assert b"Line 3: the braces { } around the answers do not match." in preview.content
    assert b"Line 5: The positive grades of the options must add up to 100%." in preview.content
    assert b"no answers found" not in preview.content
    report = client.get(response.url + "refused.csv")
    assert report["Content-Type"].startswith("text/csv") and b"3,the braces" in report.content
    client.post(response.url + "decide/", {"action": "import"})
    assert len(QuizPage.objects.get(pk=quiz.pk).get_latest_revision_as_object().questions) == 5
    assert b"2 (download report)" in client.get(f"/admin/quizzes/{quiz.pk}/questions/").content


def test_cancel_imports_nothing(client, quiz, trainer):
    sign_in_staff(client, trainer)
    response = upload(client, quiz, "bank.gift", b"::Q:: TUPE applies? {T}\n")
    client.post(response.url + "decide/", {"action": "cancel"})
    assert client.post(response.url + "decide/", {"action": "import"}).status_code == 302
    assert len(QuizPage.objects.get(pk=quiz.pk).get_latest_revision_as_object().questions) == 4


def test_a_file_that_is_not_utf8_is_refused_on_the_form(client, quiz, trainer):
    sign_in_staff(client, trainer)
    response = upload(client, quiz, "bank.gift", b"\xff\xfe not utf-8")
    assert response.status_code == 400 and b"not UTF-8" in response.content


def test_another_quiz_import_is_not_reachable_through_this_quiz(client, quiz, trainer, course):
    sign_in_staff(client, trainer)
    other = build_quiz(ModulePage.objects.child_of(course).first(), slug="other")
    response = upload(client, other, "bank.gift", b"::Q:: TUPE applies? {T}\n")
    import_id = response.url.rstrip("/").rsplit("/", 1)[-1]
    assert client.get(f"/admin/quizzes/{quiz.pk}/questions/imports/{import_id}/").status_code == 404


def test_export_downloads(client, quiz, trainer):
    sign_in_staff(client, trainer)
    response = client.get(f"/admin/quizzes/{quiz.pk}/questions/csv/")
    assert response["Content-Disposition"] == 'attachment; filename="quiz-questions.csv"'
    assert b"What is a BATNA?" in response.content


def test_learners_and_anonymous_cannot_reach_the_question_bank(client, quiz, learner):
    assert client.get(f"/admin/quizzes/{quiz.pk}/questions/").status_code == 302  # to sign in
    assert client.get("/admin/essay-marking/").status_code == 302
    sign_in_staff(client, learner)
    assert client.get(f"/admin/quizzes/{quiz.pk}/questions/gift/").status_code in (302, 403)
    staff_without_rights = with_totp(UserFactory(is_staff=True))
    staff_without_rights.user_permissions.add(Permission.objects.get(codename="access_admin"))
    sign_in_staff(client, staff_without_rights)
    response = client.get(f"/admin/quizzes/{quiz.pk}/questions/gift/")
    assert response.status_code == 302 and response.url == "/admin/"  # Wagtail's "permission denied" redirect
    assert b"BATNA" not in response.content
