"""Taking a quiz through its pages: nothing leaks before grading, and nobody sees another's attempt."""

import re

import pytest

from courses.services import enrolment_create
from quizzes.models import QuizAttempt
from tests.quizzes.factories import QUIZ_BANK, RIGHT_ANSWERS, build_quiz

SECRETS = [
    "FEEDBACK-RIGHT",
    "FEEDBACK-WRONG",
    "EXPLAIN-BATNA",
    "EXPLAIN-KPI",
    "EXPLAIN-TUPE",
    "EXPLAIN-ZOPA",
    "is_correct",
    "correct",
    "ZOPA",
]


def start(client, quiz):
    response = client.post(quiz.url + "start/")
    assert response.status_code == 302
    return QuizAttempt.objects.latest("pk"), response.url


def form_data(answers):
    return {f"q-{question}": values for question, values in answers.items()}


def test_quiz_page_states_the_rules(client, quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    page = client.get(quiz.url).content.decode()
    assert "Pass mark" in page and "75%" in page
    assert "Questions" in page and "Start the quiz" in page


def test_open_attempt_page_source_holds_no_answers_or_feedback(client, quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    attempt, url = start(client, quiz)
    source = client.get(url).content.decode()
    assert "What is a BATNA?" in source and "Bottom acceptable tender" in source
    for secret in SECRETS:
        assert secret not in source, f"{secret!r} reached the browser before grading"
    assert not re.search(r"data-[a-z-]*(correct|answer)", source)


def test_submit_shows_score_feedback_and_revision_links(client, quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    attempt, url = start(client, quiz)
    response = client.post(url + "submit/", form_data({"q-batna": ["batna-wrong"], "q-tupe": ["true"]}), follow=True)
    page = response.content.decode()
    assert "You did not pass this time" in page
    assert "You scored 25%" in page and "The pass mark is 75%" in page
    assert "FEEDBACK-WRONG" in page  # the trainer's feedback on the option chosen
    assert "Correct answer:" in page  # this quiz reveals answers after each attempt
    assert "Not answered" in page


def test_double_submit_grades_once(client, quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    attempt, url = start(client, quiz)
    client.post(url + "submit/", form_data(RIGHT_ANSWERS))
    client.post(url + "submit/", form_data({"q-batna": ["batna-wrong"]}))
    attempt.refresh_from_db()
    assert attempt.score_percent == 100 and attempt.passed
    assert QuizAttempt.objects.count() == 1


def test_another_learners_attempt_is_not_found(client, quiz, enrolled_learner, other_learner, course):
    client.force_login(enrolled_learner)
    attempt, url = start(client, quiz)
    enrolment_create(user=other_learner, course=course)
    client.force_login(other_learner)
    assert client.get(url).status_code == 404
    assert client.post(url + "submit/", form_data(RIGHT_ANSWERS)).status_code == 404
    assert client.get(url + "result/").status_code == 404
    attempt.refresh_from_db()
    assert attempt.submitted_at is None


def test_not_enrolled_learner_is_sent_to_the_course_page(client, quiz, other_learner, course):
    client.force_login(other_learner)
    response = client.post(quiz.url + "start/")
    assert response.status_code == 302 and response.url == course.url
    assert not QuizAttempt.objects.exists()


def test_get_on_start_or_submit_is_refused_cleanly(client, quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    assert client.get(quiz.url + "start/").status_code == 405
    attempt, url = start(client, quiz)
    assert client.get(url + "submit/").status_code == 405


def test_attempt_limit_message_instead_of_an_error(client, course, enrolled_learner):
    quiz = build_quiz(course, slug="final", max_attempts=1)
    client.force_login(enrolled_learner)
    attempt, url = start(client, quiz)
    client.post(url + "submit/", {})
    response = client.post(quiz.url + "start/", follow=True)
    assert "You have used all 1 attempts" in response.content.decode()
    assert QuizAttempt.objects.count() == 1


@pytest.mark.parametrize("bank_item", QUIZ_BANK)
def test_each_question_type_renders_an_input(client, course, enrolled_learner, bank_item):
    quiz = build_quiz(course, slug="one", bank=[bank_item])
    client.force_login(enrolled_learner)
    attempt, url = start(client, quiz)
    assert f'name="q-{bank_item["id"]}"' in client.get(url).content.decode()


def quiz_tag_in_outline(client, quiz):
    page = client.get(quiz.url).content.decode()
    link = page.index(f'href="{quiz.url}"')
    return re.search(r'govuk-tag[^"]*">([^<]+)</strong>', page[link:]).group(1)


def test_outline_says_a_quiz_is_not_started_until_a_failed_attempt_makes_it_not_passed_yet(
    client, quiz, enrolled_learner
):
    client.force_login(enrolled_learner)
    assert quiz_tag_in_outline(client, quiz) == "Not started"

    attempt, url = start(client, quiz)
    assert quiz_tag_in_outline(client, quiz) == "Not started"  # an open attempt has no result yet

    client.post(url + "submit/", form_data({"q-batna": ["batna-wrong"]}))
    assert quiz_tag_in_outline(client, quiz) == "Not passed yet"

    client.post(start(client, quiz)[1] + "submit/", form_data(RIGHT_ANSWERS))
    assert quiz_tag_in_outline(client, quiz) == "Passed"


def test_my_learning_lists_quiz_results_with_links_to_each_review(client, quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    assert "Quiz results" not in client.get("/my-learning/").content.decode()
    attempt, url = start(client, quiz)
    client.post(url + "submit/", form_data(RIGHT_ANSWERS))
    page = client.get("/my-learning/").content.decode()
    assert "Quiz results" in page
    assert f'href="{quiz.url}attempt/{attempt.pk}/result/"' in page
