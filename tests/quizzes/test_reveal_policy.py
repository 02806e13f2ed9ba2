"""The reveal policy means what it says: until it allows, a result shows the score and pass or fail only."""

import pytest

from quizzes.models import QuizAttempt
from tests.quizzes.factories import RIGHT_ANSWERS, build_quiz

PER_QUESTION = ["FEEDBACK-WRONG", "FEEDBACK-RIGHT", "EXPLAIN-BATNA", "Incorrect", "Correct answer", "Your answer"]


def take(client, quiz, answers):
    start = client.post(quiz.url + "start/")
    client.post(start.url + "submit/", {f"q-{q}": v for q, v in answers.items()})
    return client.get(start.url + "result/").content.decode()


@pytest.mark.parametrize("policy", ["never", "after_passing", "after_last_attempt"])
def test_a_failed_attempt_shows_only_score_and_result_when_the_policy_holds_back(
    client, course, enrolled_learner, policy
):
    quiz = build_quiz(course, slug=f"held-{policy.replace('_', '-')}", reveal_answers=policy, max_attempts=3)
    client.force_login(enrolled_learner)
    page = take(client, quiz, {"q-batna": ["batna-wrong"]})
    assert "You scored 0%" in page and "You did not pass this time" in page
    assert not [text for text in PER_QUESTION if text in page]
    assert "Feedback on each question is not shown for this quiz" in page


def test_after_passing_shows_the_review_once_passed(client, course, enrolled_learner):
    quiz = build_quiz(course, slug="after-passing", reveal_answers="after_passing")
    client.force_login(enrolled_learner)
    page = take(client, quiz, RIGHT_ANSWERS)
    assert "You passed" in page and "FEEDBACK-RIGHT" in page and "EXPLAIN-BATNA" in page


def test_never_holds_back_even_after_passing(client, course, enrolled_learner):
    quiz = build_quiz(course, slug="never", reveal_answers="never")
    client.force_login(enrolled_learner)
    page = take(client, quiz, RIGHT_ANSWERS)
    assert "You passed" in page and "You scored 100%" in page
    assert not [text for text in PER_QUESTION if text in page]


def test_after_each_attempt_shows_right_wrong_and_feedback(client, course, enrolled_learner):
    quiz = build_quiz(course, slug="each", reveal_answers="after_each_attempt")
    client.force_login(enrolled_learner)
    page = take(client, quiz, {"q-batna": ["batna-wrong"]})
    assert "Incorrect" in page and "FEEDBACK-WRONG" in page


def test_junk_values_from_the_form_are_not_stored(client, course, enrolled_learner):
    quiz = build_quiz(course, slug="junk")
    client.force_login(enrolled_learner)
    take(client, quiz, {"q-batna": ["<script>"], "q-kpi": ["kpi-late", "nope"], "q-tupe": ["yes"], "q-zopa": ["  "]})
    assert QuizAttempt.objects.get(quiz=quiz).answers == {"q-kpi": ["kpi-late"]}
