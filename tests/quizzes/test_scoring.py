"""Grading rules for every question type, partial credit, empty and tampered answers."""

from fractions import Fraction

import pytest

from quizzes.question_types.short_text import normalise_text
from quizzes.scoring import grade_attempt, grade_question, reveal_answers

SINGLE = {
    "id": "s",
    "type": "single_choice",
    "options": [{"id": "a", "fraction": "0"}, {"id": "b", "fraction": "1"}, {"id": "c", "fraction": "0"}],
}
MULTI = {
    "id": "m",
    "type": "multiple_response",
    "options": [
        {"id": "a", "fraction": "0.5"},
        {"id": "b", "fraction": "0.5"},
        {"id": "c", "fraction": "-0.5"},
        {"id": "d", "fraction": "-0.5"},
    ],
}
TRUE_FALSE = {"id": "t", "type": "true_false", "answer": False}
SHORT = {
    "id": "x",
    "type": "short_text",
    "accepted": [
        {"text": "BATNA", "fraction": "1", "feedback": ""},
        {"text": "Best alternative to a negotiated agreement", "fraction": "1", "feedback": ""},
    ],
}


@pytest.mark.parametrize(
    "answer, score, answered",
    [("b", 1, True), ("a", 0, True), ("", 0, False), (None, 0, False), ("forged-id", 0, False), (["b"], 0, False)],
)
def test_single_choice(answer, score, answered):
    result = grade_question(SINGLE, answer)
    assert (result.score, result.answered) == (score, answered)


@pytest.mark.parametrize(
    "answer, score",
    [
        (["a", "b"], Fraction(1)),  # exactly right
        (["a"], Fraction(1, 2)),  # half the correct options
        (["a", "c"], Fraction(0)),  # one right, one wrong cancel out
        (["a", "b", "c"], Fraction(1, 2)),  # all right plus one wrong loses a share
        (["c", "d"], Fraction(0)),  # never below zero
        (["a", "b", "c", "d"], Fraction(0)),  # ticking everything earns nothing
        (["a", "forged", "b"], Fraction(1)),  # unknown ids are ignored, not rewarded
        ("a", Fraction(1, 2)),  # a lone value from a form still counts
    ],
)
def test_multiple_response_partial_credit(answer, score):
    assert grade_question(MULTI, answer).score == score


def test_multiple_response_with_nothing_chosen_is_unanswered():
    result = grade_question(MULTI, [])
    assert result.score == 0 and not result.answered


@pytest.mark.parametrize(
    "answer, score, answered", [("false", 1, True), ("true", 0, True), ("yes", 0, False), (None, 0, False)]
)
def test_true_false(answer, score, answered):
    result = grade_question(TRUE_FALSE, answer)
    assert (result.score, result.answered) == (score, answered)


@pytest.mark.parametrize(
    "answer, score",
    [("batna", 1), ("  BATNA ", 1), ("best  alternative to a NEGOTIATED agreement", 1), ("bat na", 0), ("ZOPA", 0)],
)
def test_short_text_ignores_case_and_spacing(answer, score):
    assert grade_question(SHORT, answer).score == score


def test_short_text_blank_is_unanswered():
    assert not grade_question(SHORT, "   ").answered
    assert normalise_text("  A\tB  ") == "A B"


def test_attempt_score_and_pass_mark():
    questions = [SINGLE, MULTI, TRUE_FALSE, SHORT]
    result = grade_attempt(questions, {"s": "b", "m": ["a"], "t": "false", "x": "nope"}, pass_mark=62)
    assert result.score_percent == 62  # (1 + 0.5 + 1 + 0) / 4 = 62.5%, shown as 62
    assert result.passed  # the pass is judged on the exact fraction, 62.5 >= 62
    assert result.correct_count == 2
    assert not grade_attempt(questions, {"s": "b", "m": ["a"], "t": "false"}, pass_mark=63).passed


def test_empty_answers_score_zero_and_fail():
    result = grade_attempt([SINGLE, SHORT], {}, pass_mark=50)
    assert result.score_percent == 0 and not result.passed
    assert grade_attempt([SINGLE], {}, pass_mark=0).passed  # a 0% pass mark passes anyone who submits


@pytest.mark.parametrize(
    "policy, passed, left, shown",
    [
        ("after_each_attempt", False, 2, True),
        ("after_passing", False, 0, False),
        ("after_passing", True, 1, True),
        ("after_last_attempt", False, 1, False),
        ("after_last_attempt", False, 0, True),
        ("after_last_attempt", False, None, False),
        ("never", True, 0, False),
    ],
)
def test_reveal_policy(policy, passed, left, shown):
    assert reveal_answers(policy, passed=passed, attempts_left=left) is shown
