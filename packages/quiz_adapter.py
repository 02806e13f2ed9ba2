"""The one place course packages meet the quiz code: the quiz page model and its GIFT question banks.

Everything quiz-related that packages use is named here, so moving the quiz code means editing this file only.
"""

from quizzes.models import QuizPage
from quizzes.question_bank.gift import parse_gift, to_gift
from quizzes.question_bank.parsed import BankFileError, ParsedScenario
from quizzes.question_bank.stream import parsed_items, validated_stream_items

__all__ = ["BankFileError", "QUIZ_SETTINGS", "QuizPage", "bank_gift_chunks", "bank_raws", "is_quiz", "parse_bank"]

# Quiz page fields a package keeps in quiz.toml, besides title, slug and intro.
QUIZ_SETTINGS = (
    "pass_mark",
    "max_attempts",
    "time_limit_minutes",
    "questions_per_attempt",
    "shuffle_options",
    "reveal_answers",
)


def is_quiz(page):
    return isinstance(page, QuizPage)


def questions_stream_block():
    return QuizPage._meta.get_field("questions").stream_block


def item_questions(item):
    """The questions of one bank item, in order: a scenario's own, or the question itself."""
    return item.questions if isinstance(item, ParsedScenario) else [item]


def bank_gift_chunks(quiz):
    """The quiz's bank as GIFT, one (text, question index or None) per item in file order.

    A scenario's description and a `$CATEGORY:` line have no index; every question (scenario
    questions included) is numbered in bank order, the order `raw_question_values` lists them in.
    """
    items = parsed_items(quiz.questions)
    chunks = to_gift(items).rstrip("\n").split("\n\n")  # the writer escapes newlines, so items split cleanly
    indexes, number = [], 0
    for item in items:
        if isinstance(item, ParsedScenario):
            indexes.append(None)
        for _ in item_questions(item):
            indexes.append(number)
            number += 1
    questions = [chunk for chunk in chunks if not chunk.startswith("$CATEGORY:")]
    assert len(questions) == len(indexes), "GIFT items and bank items differ"
    numbered = iter(indexes)
    return [(chunk, None if chunk.startswith("$CATEGORY:") else next(numbered)) for chunk in chunks]


def raw_question_values(raw_items):
    """Every question's raw value in a bank's raw stream data, scenario questions in place, in order."""
    values = []
    for item in raw_items:
        if item["type"] == "scenario":
            values.extend(question["value"] for question in item["value"]["questions"])
        else:
            values.append(item["value"])
    return values


def parse_bank(source):
    """(items, lines) for a GIFT file: the parsed items, and each question's first line in bank order."""
    items = parse_gift(source)
    lines = [question.line for item in items for question in item_questions(item)]
    return items, lines


def bank_raws(items):
    """Raw question stream data for parsed items, validated as the editor would (raises BankFileError)."""
    return validated_stream_items(items, questions_stream_block())
