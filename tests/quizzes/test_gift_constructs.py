"""Every GIFT construct of Moodle's documentation imports with the type, answers, grades and feedback Moodle gives it.

The fixture is our own; Moodle's own examples file is checked too when MOODLE_GIFT_EXAMPLES names
a copy of question/format/gift/examples.txt (it is not kept in this repository).
"""

import os
from pathlib import Path

import pytest

from quizzes.question_bank.gift import parse_gift, parse_gift_report

FIXTURE = Path(__file__).parent / "fixtures" / "gift_constructs.gift"


@pytest.fixture(scope="module")
def questions(django_db_blocker):
    with django_db_blocker.unblock():
        return {question.title: question for question in parse_gift(FIXTURE.read_text())}


def grades_of(question):
    return [(o.text, o.fraction, o.feedback) for o in question.options or question.accepted]


def test_every_item_imports_and_keeps_its_category(questions):
    assert len(questions) == 27
    assert {q.category for q in questions.values()} == {"$course$/Procurement basics"}


def test_multiple_choice_and_missing_word(questions):
    assert questions["Choice"].type == "single_choice"
    assert grades_of(questions["Choice"])[1] == ("The Procurement Act 2023", "1", "")
    gap = questions["Gap"]
    assert (
        gap.type == "missing_word"
        and gap.prompt == "A supplier's lowest acceptable price is its _____ in a negotiation."
    )
    # Answers after the text, across lines: no gap, as Moodle leaves none when the braces end the item.
    assert questions["Layout"].type == "single_choice" and "_____" not in questions["Layout"].prompt


def test_true_false_and_its_feedback_for_each_answer(questions):
    assert (questions["T word"].type, questions["T word"].answer) == ("true_false", False)
    assert questions["T letters"].answer is True
    right = questions["True feedback"]
    assert right.answer is True and right.feedback == ""
    assert right.settings == {
        "feedback_true": "Yes, you must be able to measure it.",
        "feedback_false": "No, an unmeasurable KPI cannot be managed.",
    }


def test_short_answers_with_weights_and_feedback(questions):
    assert grades_of(questions["Short"]) == [("BATNA", "1", ""), ("B.A.T.N.A.", "1", "")]
    assert questions["Short gap"].type == "short_text" and "_____." in questions["Short gap"].prompt
    assert grades_of(questions["Short weights"]) == [
        ("Cabinet Office", "1", "Right."),
        ("Government Commercial Function", "0.5", "Close: it is the Cabinet Office's function."),
        ("Treasury", "0.25", "It supports, but does not publish it."),
    ]


def test_matching_pairs(questions):
    assert questions["Pairs"].pairs == [
        ("BATNA", "Your best alternative"),
        ("ZOPA", "The zone of agreement"),
        ("KPI", "A measure of performance"),
    ]
    assert questions["Pairs tight"].pairs == [
        ("Tender notice", "Before bids"),
        ("Contract award notice", "After award"),
    ]


def test_numerical_exact_tolerance_range_and_weighted_answers(questions):
    def answers(title):
        return [(o.text, o.tolerance, o.fraction, o.feedback) for o in questions[title].options]

    assert answers("Exact") == [("2023", "0", "1", "")]
    assert answers("Tolerance") == [("20", "0.5", "1", "")]
    assert answers("Range") == [("4", "1", "1", "")]
    assert answers("Number weights") == [
        ("8", "0", "1", "Right, eight working days."),
        ("10", "0", "0.5", "That was the old calendar-day period."),
        ("*", "0", "0", "No."),
    ]


def test_option_feedback_and_general_feedback(questions):
    question = questions["Feedback"]
    assert grades_of(question)[0] == ("A supplier's staff shortage", "0", "That is the supplier's own risk.")
    assert question.feedback == "Relief events excuse late performance for events outside the supplier's control."


def test_text_formats(questions):
    assert questions["Html"].prompt_format == "html" and "<b>not</b>" in questions["Html"].prompt
    assert questions["Markdown"].prompt_format == "html" and "<b>mandatory</b>" in questions["Markdown"].prompt
    assert (questions["Plain"].prompt, questions["Plain"].prompt_format) == ("Is <this> shown as typed?", "plain")
    assert questions["Moodle"].prompt == "Moodle's auto-format text."


def test_html_is_cleaned_as_the_editor_would():
    (question,) = parse_gift('::X::[html]<p onclick="steal()">Safe?</p><script>alert(1)</script>{TRUE}')
    assert "onclick" not in question.prompt and "script" not in question.prompt and "Safe?" in question.prompt


def test_percentage_weights_and_multiple_answers(questions):
    assert [o.fraction for o in questions["Weights"].options] == ["0", "0.5", "1"]
    assert questions["Weights"].type == "single_choice"  # an '=' makes it one answer, partial credit kept
    answers = questions["Answers"]
    assert answers.type == "multiple_response"
    assert grades_of(answers) == [
        ("Value for money", "0.5", ""),
        ("Transparency", "0.5", ""),
        ("Favouring local friends", "-1", "Never."),
    ]


def test_escapes_and_newlines(questions):
    assert questions["Escapes"].prompt == "Which is written = 2 \\+ 3 in the brief: {draft}?"
    assert grades_of(questions["Escapes"]) == [("~ tilde", "0", "# hash"), ("\\ backslash", "1", "")]
    assert questions["Newline"].prompt == "First line\nsecond line."


def test_essays_and_descriptions(questions):
    assert questions["Essay"].type == "essay" and questions["Essay"].feedback == ""
    assert questions["Essay feedback"].feedback == "A good answer names a risk and a mitigation."
    assert questions["Description"].type == "description"


@pytest.mark.parametrize(
    "source, reason",
    [
        ("::E::Why? {#lots}", "'lots' in a numerical answer is not a number."),
        ("::E::Match {=a -> b =c}", "every matching pair is written '=question -> answer'."),
        ("::E::Pick {~only}", "a multiple choice question needs at least two answers."),
        ("::E::Pick {=a ~b", "the braces { } around the answers do not match."),
        ("::E::Pick {~%45%a ~b}", "45% is not a grade Moodle allows"),
    ],
)
def test_refused_questions_say_why(source, reason, db):
    items, refused = parse_gift_report(source)
    assert not items and refused[0].line == 1 and refused[0].reason.startswith(reason)


# Moodle's examples.txt, question by question: (our type, Moodle's qtype and `single`, grades in order).
MOODLE_EXAMPLES = [
    ("single_choice", ["0", "0", "1"]),
    ("missing_word", ["0", "1", "0"]),
    ("true_false", None),
    ("short_text", ["1", "1"]),
    ("numerical", ["1"]),
    ("single_choice", ["0", "0", "1"]),
    ("missing_word", ["0", "1", "0"]),
    ("missing_word", ["0", "0", "1"]),
    ("single_choice", ["0", "1", "0", "0"]),
    ("short_text", ["1", "1"]),
    ("short_text", ["1", "1"]),
    ("true_false", None),
    ("true_false", None),
    ("matching", None),
    ("matching", None),
    ("numerical", ["1"]),
    ("numerical", ["1"]),
    ("numerical", ["1"]),
    ("numerical", ["1", "0.5"]),
    ("numerical", ["1"]),
    ("short_text", ["1"]),
    ("missing_word", ["0", "0", "1"]),
    ("single_choice", ["0", "0", "1"]),
    ("short_text", ["1", "1"]),
    ("short_text", ["1", "1"]),
    ("true_false", None),
    ("single_choice", ["0", "0.5", "1"]),
    ("missing_word", ["0", "0.25", "0.5", "1"]),
    ("short_text", ["1", "0.75", "0.25"]),
    ("multiple_response", ["0", "0.5", "0.5", "0"]),
    ("multiple_response", ["-0.5", "0.5", "0.5", "-0.5"]),
    ("single_choice", ["0", "1", "0"]),
    ("single_choice", ["0", "0", "0", "0", "0", "1"]),
    ("single_choice", ["0", "0", "1"]),
    ("missing_word", ["0", "1", "0"]),
    ("true_false", None),
    ("short_text", ["1", "1"]),
    ("numerical", ["1"]),
    ("matching", None),
    ("missing_word", ["0", "1", "0"]),
    ("single_choice", ["0", "0.5", "1"]),
    ("short_text", ["1", "0.75", "0.25"]),
    ("numerical", ["1", "0.5"]),
]


@pytest.mark.skipif(
    not os.environ.get("MOODLE_GIFT_EXAMPLES"), reason="set MOODLE_GIFT_EXAMPLES to Moodle's examples.txt"
)
def test_moodles_own_examples_file_imports_as_moodle_reads_it(db):
    items, refused = parse_gift_report(Path(os.environ["MOODLE_GIFT_EXAMPLES"]).read_text())
    assert refused == []
    assert [(q.type, [o.fraction for o in q.options or q.accepted] or None) for q in items] == MOODLE_EXAMPLES
    feedback = {q.line: q for q in items}
    assert feedback[113].settings == {"feedback_true": "No one is buried in Grant's tomb."}  # {FALSE#...}
    assert [o.feedback for o in feedback[184].options] == ["No one is buried there.", "Right answer!", "We hope not!"]
    assert feedback[108].prompt_format == "html" and "<b>Grant's tomb</b>" in feedback[108].prompt
    assert [o.text for o in feedback[148].options] == ["~", "=", "#", "{", "}", "\\"]
