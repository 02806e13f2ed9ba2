"""Lossless round trips: a bank with every type exported as GIFT, Moodle XML or CSV and imported again is the same bank.

Revise-lesson links, grade fractions, per-answer feedback, general feedback and each type's
settings (case sensitivity, true/false feedback, essay rubric, categories, HTML prompts) all survive.
"""

import csv
import io
import json
import uuid

import pytest

from courses.models import LessonPage, ModulePage
from quizzes.models import QuizPage
from quizzes.question_bank.services import question_bank_export, question_bank_import
from tests.quizzes.factories import build_quiz


def item(value):
    return {"type": "item", "id": str(uuid.uuid4()), "value": value}


def base(prompt, **fields):
    return {"prompt": prompt, "prompt_format": "plain", "feedback": "", "revise_lesson": None, "category": "", **fields}


def every_type_bank(lesson_id):
    options = [
        item({"text": "Walk away | or not", "fraction": "1", "feedback": "Yes | quite"}),
        item({"text": "Split the difference", "fraction": "-0.3333333", "feedback": "A tactic, not an alternative."}),
        item({"text": "Ask for {more} = ~better #terms\\", "fraction": "0.5", "feedback": ""}),
    ]
    bank = [
        {
            "type": "single_choice",
            "value": base(
                "What is a BATNA?",
                feedback="Your walk-away.",
                options=options,
                revise_lesson=lesson_id,
                category="Negotiation/Basics",
            ),
        },
        {
            "type": "multiple_response",
            "value": base(
                "Which trigger credits?",
                category="Performance",
                options=[
                    item({"text": "Missed KPI", "fraction": "0.6666667", "feedback": "Yes"}),
                    item({"text": "Late report", "fraction": "0.3333333", "feedback": ""}),
                    item({"text": "Rain", "fraction": "-1", "feedback": "Relief event"}),
                ],
            ),
        },
        {
            "type": "true_false",
            "value": base(
                "TUPE can apply.",
                correct_answer="true",
                feedback_true="Right.",
                feedback_false="It can.",
                revise_lesson=lesson_id,
            ),
        },
        {
            "type": "short_text",
            "value": base(
                "Name the overlap.",
                case_sensitive=True,
                accepted_answers=[
                    item({"text": "ZOPA", "fraction": "1", "feedback": "Yes"}),
                    item({"text": "zone of * agreement", "fraction": "0.5", "feedback": "Say it shorter"}),
                ],
            ),
        },
        {
            "type": "numerical",
            "value": base(
                "Year of the Act?",
                answers=[
                    item({"answer": "2023", "tolerance": "0", "fraction": "1", "feedback": "Right"}),
                    item({"answer": "2023", "tolerance": "1", "fraction": "0.5", "feedback": "Close"}),
                    item({"answer": "*", "tolerance": "0", "fraction": "0", "feedback": "No"}),
                ],
            ),
        },
        {
            "type": "matching",
            "value": base(
                "Match the terms.",
                pairs=[
                    item({"question": "BATNA", "answer": "Walk-away option"}),
                    item({"question": "ZOPA", "answer": "The overlap"}),
                    item({"question": "", "answer": "A tender"}),
                ],
            ),
        },
        {
            "type": "missing_word",
            "value": base(
                "You walk away below your _____ point.",
                options=[
                    item({"text": "reservation", "fraction": "1", "feedback": ""}),
                    item({"text": "opening", "fraction": "0", "feedback": "That is where you start."}),
                ],
            ),
        },
        {"type": "essay", "value": base("Explain your plan.", feedback="Name a BATNA.", rubric="Two marks: a BATNA.")},
        {"type": "description", "value": base("Read the case first.")},
        {
            "type": "short_text",
            "value": dict(
                base("<p>Which is <b>bold</b>?</p>", prompt_format="html"),
                case_sensitive=False,
                accepted_answers=[item({"text": "b", "fraction": "1", "feedback": ""})],
            ),
        },
    ]
    return [{**block, "id": str(uuid.uuid4())} for block in bank]


def without_ids(raw):
    """Stream data compared on content: block and item ids are new on every import."""
    if isinstance(raw, list):
        return [without_ids(part) for part in raw]
    if isinstance(raw, dict):
        return {key: without_ids(value) for key, value in raw.items() if key != "id"}
    return raw


@pytest.fixture
def lesson(course):
    return LessonPage.objects.descendant_of(course).first()


@pytest.fixture
def bank_quiz(course, lesson):
    return build_quiz(ModulePage.objects.child_of(course).first(), slug="every-type", bank=every_type_bank(lesson.pk))


@pytest.mark.parametrize("file_format", ["gift", "xml", "csv"])
def test_export_then_import_gives_the_same_bank(bank_quiz, lesson, file_format):
    before = without_ids(list(bank_quiz.questions.raw_data))
    exported = question_bank_export(quiz=bank_quiz, file_format=file_format)
    assert f"{lesson.slug}" in exported  # the revise link is written
    count = question_bank_import(
        quiz=bank_quiz, data=exported.encode(), file_format=file_format, replace=True, publish=True
    )
    assert count == 10
    after = QuizPage.objects.get(pk=bank_quiz.pk)
    assert without_ids(list(after.questions.raw_data)) == before
    assert question_bank_export(quiz=after, file_format=file_format) == exported


def test_csv_quotes_cells_and_escapes_a_bar_inside_an_option(bank_quiz):
    rows = list(csv.DictReader(io.StringIO(question_bank_export(quiz=bank_quiz, file_format="csv"))))
    assert rows[0]["options"] == "Walk away \\| or not|Split the difference|Ask for {more} = ~better #terms\\\\"
    assert rows[0]["fractions"] == "100|-33.33333|50"
    assert rows[0]["option_feedback"] == "Yes \\| quite|A tactic, not an alternative.|"
    assert json.loads(rows[3]["settings"]) == {"case_sensitive": True}


def test_an_old_csv_without_fractions_grades_as_it_always_did(bank_quiz):
    old = "type,prompt,options,correct\nmultiple_response,Pick,A|B|C,1|2\n"
    question_bank_import(quiz=bank_quiz, data=old.encode(), file_format="csv", replace=True)
    value = bank_quiz.get_latest_revision_as_object().questions[0].value
    assert [option["fraction"] for option in value["options"]] == ["0.5", "0.5", "-0.5"]


def test_an_unknown_revise_lesson_is_refused_with_its_line(bank_quiz):
    from quizzes.question_bank.parsed import BankFileError

    with pytest.raises(BankFileError, match="Line 3: there is no lesson 'nowhere' in this course to revise"):
        question_bank_import(quiz=bank_quiz, data=b"\n// revise: nowhere\n::Q::Is it?{T}\n", file_format="gift")


def test_moodle_xml_of_an_unsupported_type_is_refused_by_name(bank_quiz):
    from quizzes.question_bank.moodle_xml import parse_xml_report

    source = (
        '<?xml version="1.0"?>\n<quiz>\n<question type="calculated"><name><text>C</text></name></question>\n</quiz>'
    )
    items, refused = parse_xml_report(source)
    assert (
        not items
        and str(refused[0]) == "Line 3: Moodle 'calculated' questions are not supported; export it as another type."
    )
    _, refused = parse_xml_report('<!DOCTYPE x [<!ENTITY a "aaaa">]><quiz>&a;</quiz>')
    assert "not well-formed Moodle XML" in refused[0].reason  # defusedxml refuses entity declarations
