"""Every registered question type: round trips through GIFT, CSV and the StreamField, grades as before, reads back."""

from fractions import Fraction

import pytest
from django.template.loader import get_template

from quizzes.blocks import QuizQuestionStreamBlock, ScenarioQuestionsStreamBlock
from quizzes.question_bank.csv_format import parse_csv, to_csv
from quizzes.question_bank.gift import parse_gift, to_gift
from quizzes.question_bank.moodle_xml import parse_xml
from quizzes.question_bank.moodle_xml_writer import to_xml
from quizzes.question_bank.parsed import BankFileError, ParsedOption, ParsedQuestion, ParsedScenario
from quizzes.question_bank.stream import validated_stream_items
from quizzes.question_types import registry
from quizzes.question_types.registry import UnknownQuestionType
from quizzes.scoring import grade_question
from tests.quizzes.test_scoring import MULTI, SHORT, SINGLE, TRUE_FALSE

OPTIONS = [
    ParsedOption("Walk away", True, "Right: it is what you do if the talks fail."),
    ParsedOption("Split the difference", False, "No: that is a tactic, not an alternative."),
    ParsedOption("Ask for {more} = ~better #terms", False),
]
# One question of each registered type, using every field its files can carry; a new type adds one here.
SAMPLES = {
    "single_choice": ParsedQuestion(
        "single_choice", "What is a BATNA?", 0, "It tells you when to walk.", OPTIONS, category="Negotiation"
    ),
    "multiple_response": ParsedQuestion(
        "multiple_response",
        "Which are service credit triggers?",
        0,
        "Look at the schedule.",
        [
            ParsedOption("Missed KPI", "0.5", "Yes"),
            ParsedOption("Late report", "0.5"),
            ParsedOption("Rain", "-1", "No"),
        ],
    ),
    "true_false": ParsedQuestion(
        "true_false", "TUPE can apply: true?", 0, "It often does.", answer=True, settings={"feedback_false": "It can."}
    ),
    "short_text": ParsedQuestion(
        "short_text",
        "Name the overlap.",
        0,
        "The zone of agreement.",
        accepted=[ParsedOption("ZOPA", "1", "Yes"), ParsedOption("zone of * agreement", "0.5", "Say it shorter")],
    ),
    "numerical": ParsedQuestion(
        "numerical",
        "In which year did the Public Contracts Regulations come in?",
        0,
        "2015.",
        [
            ParsedOption("2015", "1", "Right", "0"),
            ParsedOption("2015", "0.5", "Close", "1"),
            ParsedOption("*", "0", "No", "0"),
        ],
    ),
    "matching": ParsedQuestion(
        "matching",
        "Match each term to its meaning.",
        0,
        "See the glossary.",
        pairs=[("BATNA", "Your walk-away option"), ("ZOPA", "The overlap"), ("", "A tender")],
    ),
    "missing_word": ParsedQuestion(
        "missing_word", "You walk away below your _____ point.", 0, "", [ParsedOption("reservation", "1"), OPTIONS[1]]
    ),
    "essay": ParsedQuestion(
        "essay", "Explain your plan.", 0, "A good plan names a BATNA.", settings={"rubric": "Two marks for a BATNA."}
    ),
    "description": ParsedQuestion("description", "Read the case before the questions.", 0, prompt_format="plain"),
}
TYPES = registry.all_types()


def content(question):
    """A question compared on content: line numbers differ between a file and its re-export."""
    data = dict(vars(question), line=0, title="")
    data["options"] = [vars(option) for option in question.options]
    data["accepted"] = [vars(option) for option in question.accepted]
    return data


def attempt_snapshot(question):
    """The snapshot an attempt would store for `question`, saved as the editor would save it."""
    (raw,) = validated_stream_items([question], QuizQuestionStreamBlock())
    value = QuizQuestionStreamBlock().child_blocks[raw["type"]].to_python(raw["value"])
    return {"id": raw["id"], **registry.get(raw["type"]).snapshot(value)}


def test_every_registered_type_has_a_sample():
    assert (
        set(registry.names())
        == set(SAMPLES)
        == {
            "single_choice",
            "multiple_response",
            "true_false",
            "short_text",
            "numerical",
            "matching",
            "missing_word",
            "essay",
            "description",
        }
    )


@pytest.mark.parametrize("stream_block", [QuizQuestionStreamBlock(), ScenarioQuestionsStreamBlock()])
def test_the_question_stream_blocks_hold_exactly_the_registered_types(stream_block):
    children = {name: block for name, block in stream_block.child_blocks.items() if name != "scenario"}
    assert set(children) == set(registry.names())
    for question_type in TYPES:
        assert isinstance(children[question_type.name], question_type.block)


@pytest.mark.parametrize("question_type", TYPES, ids=lambda t: t.name)
def test_each_type_has_its_input_and_review_templates(question_type):
    get_template(question_type.input_template)
    get_template(question_type.review_template)
    assert question_type.label


@pytest.mark.parametrize("question_type", TYPES, ids=lambda t: t.name)
def test_each_type_round_trips_through_gift(question_type):
    question = SAMPLES[question_type.name]
    scenario = ParsedScenario("Custody renewal", "<p>The contract ends in May.</p>", 0, [question, question])
    items = parse_gift(to_gift([question, scenario]))
    assert [content(q) for q in [items[0], *items[1].questions]] == [content(question)] * 3


@pytest.mark.parametrize("question_type", TYPES, ids=lambda t: t.name)
def test_each_type_round_trips_through_moodle_xml(question_type):
    question = SAMPLES[question_type.name]
    scenario = ParsedScenario("Custody renewal", "<p>The contract ends in May.</p>", 0, [question, question])
    items = parse_xml(to_xml([question, scenario]))
    assert [content(q) for q in [items[0], *items[1].questions]] == [content(question)] * 3


@pytest.mark.parametrize("question_type", TYPES, ids=lambda t: t.name)
def test_each_type_round_trips_through_csv(question_type):
    question = SAMPLES[question_type.name]
    scenario = ParsedScenario("Custody renewal", "<p>The contract ends in May.</p>", 0, [question])
    items = parse_csv(to_csv([question, scenario]))
    assert [content(items[0]), content(items[1].questions[0])] == [content(question)] * 2


@pytest.mark.parametrize("question_type", TYPES, ids=lambda t: t.name)
def test_each_type_round_trips_through_the_stream_field(question_type):
    question = SAMPLES[question_type.name]
    (raw,) = validated_stream_items([question], QuizQuestionStreamBlock())
    value = QuizQuestionStreamBlock().child_blocks[raw["type"]].to_python(raw["value"])
    assert content(question_type.parsed(value)) == content(question)


GRADED = [t for t in TYPES if t.graded and t.name != "essay"]


@pytest.mark.parametrize("question_type", GRADED, ids=lambda t: t.name)
def test_the_model_answer_earns_full_marks_and_reads_as_the_correct_answer(question_type):
    snapshot = attempt_snapshot(SAMPLES[question_type.name])
    answer = question_type.normalise(snapshot, question_type.model_answer(snapshot))
    assert question_type.grade(snapshot, answer) == 1
    assert grade_question(snapshot, answer).correct
    assert question_type.answer_text(snapshot, answer) in question_type.correct_answer_text(snapshot)


@pytest.mark.parametrize("question_type", TYPES, ids=lambda t: t.name)
def test_an_empty_answer_is_unanswered(question_type):
    snapshot = attempt_snapshot(SAMPLES[question_type.name])
    assert question_type.normalise(snapshot, []) is None
    assert question_type.grade(snapshot, None) is None
    assert question_type.answer_text(snapshot, None) == ""


def test_the_attempt_form_never_carries_the_answer_key_or_feedback():
    for question_type in TYPES:
        fields = question_type.form_fields(attempt_snapshot(SAMPLES[question_type.name]))
        assert "correct" not in str(fields) and "feedback" not in str(fields)
        assert not {"answer", "accepted"} & set(fields)


@pytest.mark.parametrize(
    "question, answer, score",
    [
        (SINGLE, "b", Fraction(1)),
        (SINGLE, "a", Fraction(0)),
        (SINGLE, "forged-id", None),
        (SINGLE, ["b"], None),
        (MULTI, ["a", "b"], Fraction(1)),
        (MULTI, ["a"], Fraction(1, 2)),
        (MULTI, ["a", "b", "c"], Fraction(1, 2)),
        (MULTI, ["a", "b", "c", "d"], Fraction(0)),
        (MULTI, ["a", "forged", "b"], Fraction(1)),
        (MULTI, "a", Fraction(1, 2)),
        (MULTI, [], None),
        (TRUE_FALSE, "false", Fraction(1)),
        (TRUE_FALSE, "true", Fraction(0)),
        (TRUE_FALSE, "yes", None),
        (SHORT, "  BATNA ", Fraction(1)),
        (SHORT, "best  alternative to a NEGOTIATED agreement", Fraction(1)),
        (SHORT, "ZOPA", Fraction(0)),
        (SHORT, "   ", None),
    ],
)
def test_each_type_grades_as_before(question, answer, score):
    """None is an unanswered question: it scores 0 and the review says 'Not answered'."""
    assert registry.get(question["type"]).grade(question, answer) == score
    result = grade_question(question, answer)
    assert (result.score, result.answered) == (score or 0, score is not None)


@pytest.mark.parametrize(
    "question, answer, given, correct, feedback",
    [
        (
            SAMPLES["single_choice"],
            1,
            "Split the difference",
            "Walk away",
            ["No: that is a tactic, not an alternative."],
        ),
        (SAMPLES["multiple_response"], [0, 2], "Missed KPI; Rain", "Missed KPI; Late report", ["Yes", "No"]),
        (SAMPLES["true_false"], "false", "False", "True", ["It can."]),
        (SAMPLES["short_text"], "zopa ", "zopa ", "ZOPA", ["Yes"]),
        (SAMPLES["numerical"], "2016", "2016", "2015", ["Close"]),
    ],
    ids=lambda value: getattr(value, "type", None),
)
def test_review_says_the_answer_and_the_correct_answer_in_words(question, answer, given, correct, feedback):
    snapshot = attempt_snapshot(question)
    if "options" in snapshot:  # an answer names options by their ids, which the save just made
        ids = [option["id"] for option in snapshot["options"]]
        answer = [ids[index] for index in answer] if isinstance(answer, list) else ids[answer]
    question_type = registry.get(snapshot["type"])
    assert question_type.answer_text(snapshot, answer) == given
    assert question_type.correct_answer_text(snapshot) == correct
    assert question_type.chosen_feedback(snapshot, answer) == feedback


def test_an_unknown_type_gives_a_clear_error():
    with pytest.raises(
        UnknownQuestionType, match=r"Unknown question type 'cloze'; the registered types are: .*short_text"
    ):
        registry.get("cloze")
    with pytest.raises(UnknownQuestionType, match="'cloze'"):
        grade_question({"id": "q", "type": "cloze"}, "An answer")


def test_an_unknown_type_in_a_csv_file_names_the_line_and_the_types():
    source = "type,prompt,correct\ncloze,Discuss.,\n"
    with pytest.raises(BankFileError, match=r"Line 2: type must be one of .*multiple_response, .*not 'cloze'"):
        parse_csv(source)


def test_a_type_registers_once():
    with pytest.raises(ValueError, match="needs a name of its own"):
        registry.register(type(TYPES[0]))
