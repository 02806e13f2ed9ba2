"""One GIFT answer block read as Moodle's qformat_gift::readquestion reads it, type by type.

Each reader gets the answer text (escapes hidden, general feedback removed) and fills a
ParsedQuestion. The type is Moodle's choice: '#' numerical, '~' multiple choice (single when it has
an '='), '=' with '->' matching, T/TRUE/F/FALSE true/false, anything else short answer; empty braces
an essay. A multiple choice with one right answer and a blank in the prompt is our missing word.
"""

import re
from decimal import Decimal, InvalidOperation

from quizzes import grades
from quizzes.blocks import GAP
from quizzes.question_bank.gift_syntax import show_escapes
from quizzes.question_bank.parsed import BankFileError, ParsedOption
from quizzes.question_bank.text_format import plain, split_format

WEIGHT = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")  # Moodle's $giftanswerweightregex
TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}


def moodle_type(answer_text):
    if answer_text == "":
        return "essay"
    if answer_text.startswith("#"):
        return "numerical"
    if "~" in answer_text:
        return "multichoice"
    if "=" in answer_text and "->" in answer_text:
        return "match"
    check = answer_text[: answer_text.find("#")].strip() if answer_text.find("#") > 0 else answer_text
    return "truefalse" if check in TRUE_FALSE else "shortanswer"


def text_of(raw, text_format):
    """A piece of kept text: its own [format] read, escapes shown again, trimmed."""
    text, own_format = split_format(raw.strip(), text_format)
    return plain(show_escapes(text).strip(), own_format)


def weight(answer, line):
    """(grade key, the answer without its %weight%) when it has one, else (None, answer)."""
    match = WEIGHT.match(answer)
    if not match:
        return None, answer
    number = answer[1 : answer.index("%", 1)]
    try:
        return grades.from_percent(number), answer[match.end() :]
    except ValueError as error:
        raise BankFileError([f"Line {line}: {error}."]) from None


def with_feedback(answer, text_format):
    """(answer text, feedback) split at the first '#', as Moodle's commentparser."""
    text, _, feedback = answer.partition("#")
    return text_of(text, text_format), text_of(feedback, text_format)


def answer_parts(answer_text, separator):
    parts = [part.strip() for part in answer_text.split(separator)]
    return parts[1:] if parts and not parts[0] else parts


def read_multichoice(question, answer_text, text_format):
    single = "=" in answer_text
    answers = answer_parts(answer_text.replace("=", "~="), "~")
    if len(answers) < 2:
        raise BankFileError([f"Line {question.line}: a multiple choice question needs at least two answers."])
    for answer in answers:
        if answer.startswith("="):
            fraction, answer = grades.FULL, answer[1:]
        else:
            fraction, answer = weight(answer, question.line)
        text, feedback = with_feedback(answer, text_format)
        question.options.append(ParsedOption(text, fraction or grades.NONE, feedback))
    if not single:
        question.type = "multiple_response"
    else:
        question.type = "missing_word" if question.prompt.count(GAP) == 1 else "single_choice"


def read_match(question, answer_text, text_format):
    answers = answer_parts(answer_text, "=")
    if len(answers) < 2:
        raise BankFileError([f"Line {question.line}: a matching question needs at least two pairs."])
    for answer in answers:
        if "->" not in answer:
            raise BankFileError([f"Line {question.line}: every matching pair is written '=question -> answer'."])
        left, _, right = answer.partition("->")
        question.pairs.append((text_of(left, text_format), show_escapes(right).strip()))
    question.type = "matching"


def read_truefalse(question, answer_text, text_format):
    word, wrong, right = (answer_text.split("#", 2) + ["", ""])[:3]
    question.answer = TRUE_FALSE[text_of(word, text_format)]
    wrong, right = text_of(wrong, text_format), text_of(right, text_format)
    feedback = {
        "feedback_true": right if question.answer else wrong,
        "feedback_false": wrong if question.answer else right,
    }
    question.settings = {key: text for key, text in feedback.items() if text}
    question.type = "true_false"


def read_shortanswer(question, answer_text, text_format):
    answers = answer_parts(answer_text, "=")
    if not answers:
        raise BankFileError([f"Line {question.line}: a short answer question needs at least one answer."])
    for answer in answers:
        fraction, answer = weight(answer, question.line)
        text, feedback = with_feedback(answer, text_format)
        question.accepted.append(ParsedOption(text, fraction or grades.FULL, feedback))
    question.type = "short_text"


def number(text, line):
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise BankFileError([f"Line {line}: '{text.strip()}' in a numerical answer is not a number."]) from None
    if not value.is_finite():
        raise BankFileError([f"Line {line}: '{text.strip()}' in a numerical answer is not a number."])
    return value


def numerical_answer(text, line):
    """(answer, tolerance) as strings from '3.1415:0.0005', '3.141..3.142' or '1822'."""
    if text.find("..") > 0:
        low, high = (number(part, line) for part in text.split("..", 1))
        middle = (low + high) / 2
        return f"{middle.normalize():f}", f"{(high - middle).normalize():f}"
    if text.find(":") > 0:
        answer, tolerance = text.split(":", 1)
        return f"{number(answer, line).normalize():f}", f"{number(tolerance, line).normalize():f}"
    return f"{number(text, line).normalize():f}", "0"


def read_numerical(question, answer_text, text_format):
    answer_text = answer_text[1:]
    answer_text, tilde, wrong = answer_text.partition("~")
    answers = answer_parts(answer_text, "=")
    if not answers:
        raise BankFileError([f"Line {question.line}: a numerical question needs at least one answer."])
    for answer in answers:
        fraction, answer = weight(answer, question.line)
        text, feedback = with_feedback(answer, text_format)
        value, tolerance = ("*", "0") if text == "*" else numerical_answer(text, question.line)
        question.options.append(ParsedOption(value, fraction or grades.FULL, feedback, tolerance))
    if tilde:
        question.options.append(ParsedOption("*", grades.NONE, with_feedback(wrong, text_format)[1], "0"))
    question.type = "numerical"


READERS = {
    "multichoice": read_multichoice,
    "match": read_match,
    "truefalse": read_truefalse,
    "shortanswer": read_shortanswer,
    "numerical": read_numerical,
}
