"""Editor details a first-time trainer notices: plain labels, two option slots, the Trainers chooser, copy."""

import pytest
from django.urls import reverse

from courses.models import CoursePage
from courses.progress import percent_complete
from quizzes.blocks import QuizQuestionStreamBlock
from tests.accounts.factories import UserFactory, sign_in_staff
from tests.authoring.factories import trainer


@pytest.fixture
def trainer_client(client, course):
    return sign_in_staff(client, trainer())


def test_the_course_editor_uses_plain_labels_and_chooses_trainers_in_a_modal(trainer_client, course):
    UserFactory(first_name="Lena", last_name="Learner", email="lena@learner.test")

    page = trainer_client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).content.decode()

    assert "Estimated time to complete (minutes)" in page
    assert reverse("staff_chooser:choose") in page  # tests/authoring/test_trainer_chooser.py covers it
    assert "lena@learner.test" not in page and "Lena Learner" not in page


def test_the_quiz_editor_uses_plain_labels(trainer_client, quiz):
    page = trainer_client.get(reverse("wagtailadmin_pages:edit", args=[quiz.pk])).content.decode()

    for label in ["Time limit (minutes)", "Pass mark (%)", "Attempts allowed", "Questions in each attempt"]:
        assert label in page


@pytest.mark.parametrize("question_type", ["single_choice", "multiple_response"])
def test_a_new_choice_question_starts_with_two_option_slots(question_type):
    question = QuizQuestionStreamBlock().child_blocks[question_type].get_default()

    assert len(question["options"]) == 2


def test_a_course_with_one_module_says_1_module(client, catalogue):
    from tests.courses.factories import build_course

    course = build_course(catalogue, modules=1, lessons=1)

    text = client.get(CoursePage.objects.get(pk=course.pk).url).content.decode()

    assert "1 module," in text and "1 modules" not in text
    assert "1 step " in text


def test_two_of_three_steps_is_67_percent():
    assert percent_complete(2, 3) == 67
