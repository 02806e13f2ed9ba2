"""Scores as Moodle gives them: single and multiple choice, short answer, numerical and matching, with negative grades.

Each expected score is what Moodle's question types compute (qtype_multichoice grade_response,
qtype_shortanswer compare_string_with_wildcard, qtype_numerical get_matching_answer, qtype_match).
"""

from fractions import Fraction

import pytest

from quizzes.scoring import grade_attempt, grade_question


def options(*fractions):
    return [{"id": f"o{n}", "text": f"Option {n}", "fraction": f, "feedback": f"F{n}"} for n, f in enumerate(fractions)]


# Moodle's documentation example: {~wrong ~%50%half =full}, one answer allowed.
SINGLE = {"id": "s", "type": "single_choice", "options": options("0", "0.5", "1", "-0.3333333")}
# ~%70%a ~%30%b: multiple answers; a alone earns 70% in Moodle.
WEIGHTED = {"id": "w", "type": "multiple_response", "options": options("0.7", "0.3", "-1")}
# What two people are entombed in Grant's tomb? {~%-50%No one ~%50%Grant ~%50%Grant's wife ~%-50%Grant's father}
ENTOMBED = {"id": "e", "type": "multiple_response", "options": options("-0.5", "0.5", "0.5", "-0.5")}
THIRDS = {"id": "t", "type": "multiple_response", "options": options("0.3333333", "0.3333333", "0.3333333", "-1")}


@pytest.mark.parametrize("answer, score", [("o0", 0), ("o1", Fraction(1, 2)), ("o2", 1), ("o3", Fraction(-1, 3))])
def test_single_choice_earns_the_chosen_options_fraction(answer, score):
    result = grade_question(SINGLE, answer)
    assert result.score == score and result.answered
    assert result.correct is (score == 1)


@pytest.mark.parametrize(
    "question, chosen, score",
    [
        (WEIGHTED, ["o0"], Fraction(7, 10)),  # 70%, not the 50% a right/wrong count gives
        (WEIGHTED, ["o1"], Fraction(3, 10)),
        (WEIGHTED, ["o0", "o1"], 1),
        (WEIGHTED, ["o0", "o1", "o2"], 0),  # 0.7 + 0.3 - 1
        (WEIGHTED, ["o2"], 0),  # clamped at 0, never negative
        (ENTOMBED, ["o1", "o2"], 1),
        (ENTOMBED, ["o1"], Fraction(1, 2)),
        (ENTOMBED, ["o0", "o1", "o2"], Fraction(1, 2)),
        (ENTOMBED, ["o0", "o1"], 0),
        (ENTOMBED, ["o0", "o1", "o2", "o3"], 0),
        (THIRDS, ["o0", "o1", "o2"], 1),  # 3 x 0.3333333 is exactly full marks
        (THIRDS, ["o0", "o1", "o2", "o3"], 0),
    ],
)
def test_multiple_response_sums_the_chosen_fractions_clamped_to_0_and_1(question, chosen, score):
    assert grade_question(question, chosen).score == score


def accepted(*answers, case_sensitive=False):
    return {
        "id": "x",
        "type": "short_text",
        "case_sensitive": case_sensitive,
        "accepted": [{"text": text, "fraction": fraction, "feedback": f"F-{text}"} for text, fraction in answers],
    }


# Jesus Christ was from {=Nazareth =%75%Nazereth =%25%Bethlehem}, plus a wildcard and a catch-all.
HOMETOWN = accepted(("Nazareth", "1"), ("Nazereth", "0.75"), ("Beth*", "0.25"), ("*", "0"))


@pytest.mark.parametrize(
    "question, answer, score",
    [
        (HOMETOWN, "nazareth", 1),
        (HOMETOWN, " NAZERETH ", Fraction(3, 4)),
        (HOMETOWN, "Bethlehem", Fraction(1, 4)),
        (HOMETOWN, "bethany", Fraction(1, 4)),  # Beth* matches any ending
        (HOMETOWN, "Jerusalem", 0),  # caught by '*', answered, no marks
        (accepted(("Nazareth", "1"), ("Naz*", "0.5")), "Naz", Fraction(1, 2)),
        (accepted(("Naz*", "0.5"), ("Nazareth", "1")), "Nazareth", Fraction(1, 2)),  # Moodle: first match wins
        (accepted(("ZOPA", "1"), case_sensitive=True), "zopa", 0),
        (accepted(("ZOPA", "1"), case_sensitive=True), "ZOPA", 1),
        (accepted(("3\\*4", "1")), "3*4", 1),  # an escaped asterisk is literal
        (accepted(("3\\*4", "1")), "314", 0),
        (accepted(("a.b", "1")), "axb", 0),  # other characters are literal, not regular expressions
    ],
)
def test_short_answer_takes_the_first_matching_answers_fraction(question, answer, score):
    assert grade_question(question, answer).score == score


def numerical(*answers):
    return {
        "id": "n",
        "type": "numerical",
        "answers": [
            {"answer": a, "tolerance": t, "fraction": f, "feedback": f"F{n}"} for n, (a, t, f) in enumerate(answers)
        ],
    }


GRANT = numerical(("1822", "0", "1"), ("1822", "2", "0.5"), ("*", "0", "0"))
PI = numerical(("3.1415", "0.0005", "1"))  # {#3.141..3.142} is stored as 3.1415 with 0.0005 either side


@pytest.mark.parametrize(
    "question, answer, score, answered",
    [
        (GRANT, "1822", 1, True),
        (GRANT, "1823", Fraction(1, 2), True),
        (GRANT, "1820", Fraction(1, 2), True),
        (GRANT, "1819", 0, True),
        (GRANT, "1,822", 1, True),
        (GRANT, "eighteen", 0, False),  # not a number: no answer, as Moodle's "please enter a number"
        (PI, "3.141", 1, True),
        (PI, "3.142", 1, True),
        (PI, "3.1425", 0, True),
        (numerical(("4", "0", "1")), "4.0", 1, True),
    ],
)
def test_numerical_takes_the_first_answer_in_range(question, answer, score, answered):
    result = grade_question(question, answer)
    assert (result.score, result.answered) == (score, answered)


CAPITALS = {
    "id": "m",
    "type": "matching",
    "stems": [
        {"id": "ca", "text": "Canada", "answer": "Ottawa"},
        {"id": "it", "text": "Italy", "answer": "Rome"},
        {"id": "jp", "text": "Japan", "answer": "Tokyo"},
        {"id": "in", "text": "India", "answer": "New Delhi"},
    ],
    "choices": [
        {"id": c, "text": t}
        for c, t in [("ca", "Ottawa"), ("it", "Rome"), ("jp", "Tokyo"), ("in", "New Delhi"), ("x", "Paris")]
    ],
}


@pytest.mark.parametrize(
    "answer, score",
    [
        ({"ca": "ca", "it": "it", "jp": "jp", "in": "in"}, 1),
        ({"ca": "ca", "it": "it", "jp": "in", "in": "jp"}, Fraction(1, 2)),
        ({"ca": "ca"}, Fraction(1, 4)),  # unanswered pairs earn nothing
        ({"ca": "x", "it": "x"}, 0),
    ],
)
def test_matching_gives_each_right_pair_its_share(answer, score):
    assert grade_question(CAPITALS, answer).score == score


def test_matching_form_values_are_read_per_pair_and_forged_ids_dropped():
    from quizzes.question_types import registry

    matching = registry.get("matching")
    assert matching.normalise(CAPITALS, ["ca=ca", "it=forged", "zz=ca", "junk"]) == {"ca": "ca"}
    assert matching.normalise(CAPITALS, ["", "junk"]) is None


def test_a_negative_question_lowers_the_attempt_which_never_goes_below_zero():
    questions = [SINGLE, ENTOMBED]
    assert grade_attempt(questions, {"s": "o3", "e": ["o1", "o2"]}, pass_mark=50).score_percent == 33  # (-1/3+1)/2
    assert grade_attempt(questions, {"s": "o3"}, pass_mark=0).score_percent == 0


def test_descriptions_are_left_out_of_the_score_and_essays_hold_the_result():
    description = {"id": "d", "type": "description", "prompt": "Read this."}
    essay = {"id": "e", "type": "essay", "rubric": ""}
    result = grade_attempt([SINGLE, description], {"s": "o2"}, pass_mark=100)
    assert result.score_percent == 100 and result.passed
    waiting = grade_attempt([SINGLE, essay], {"s": "o2", "e": "My answer"}, pass_mark=50)
    assert waiting.pending and waiting.passed is None
    blank = grade_attempt([SINGLE, essay], {"s": "o2"}, pass_mark=50)
    assert not blank.pending and blank.passed and blank.score_percent == 50
