"""Moodle XML question files (the format Moodle's question bank exports by default), read with defusedxml.

The same types as GIFT: multichoice (single: single choice, or missing word when the text has a
'_____' blank; multiple: multiple response), truefalse, shortanswer, numerical, matching, essay and
description; a `<question type="category">` tags the questions after it. Any other Moodle type is
refused by name. What Moodle has no element for (the lesson to revise) is written in an element
Moodle's importer ignores. Scenarios are written as in GIFT: a description titled "Scenario: <title>".
"""

import re
import xml.etree.ElementTree as ET  # noqa: S405 - writing only; reading goes through defusedxml

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from quizzes import grades
from quizzes.blocks import GAP
from quizzes.question_bank.parsed import (
    BankFileError,
    ParsedOption,
    ParsedQuestion,
    Refused,
    add_to_items,
    items_or_refusals,
    refused_from,
)
from quizzes.question_bank.text_format import plain, stored_prompt

FORMATS = {"html": "html", "markdown": "markdown", "plain_text": "plain", "moodle_auto_format": "moodle"}
REVISE_ELEMENT = "academy_revise_lesson"


def text_at(element, path, default=""):
    found = element.find(path)
    return found.text or default if found is not None and found.text is not None else default


def formatted(element, path):
    """(text, our format name) of a Moodle text element: <questiontext format="html"><text>..."""
    found = element.find(path)
    if found is None:
        return "", "moodle"
    return text_at(found, "text"), FORMATS.get(found.get("format", "moodle_auto_format"), "moodle")


def fraction(answer, line):
    try:
        return grades.from_percent(answer.get("fraction", "0"))
    except ValueError as error:
        raise BankFileError([f"Line {line}: {error}."]) from None


def answer_options(element, line, *, tolerance=False):
    options = []
    for answer in element.findall("answer"):
        text = plain(text_at(answer, "text"), FORMATS.get(answer.get("format", ""), "moodle"))
        feedback = plain(*formatted(answer, "feedback"))
        width = text_at(answer, "tolerance", "0") if tolerance else ""
        options.append(ParsedOption(text, fraction(answer, line), feedback, width))
    return options


def is_true(text):
    return text.strip().lower() in ("1", "true")


def read_question(element, line):
    kind = element.get("type", "")
    prompt, text_format = formatted(element, "questiontext")
    stored, prompt_format = stored_prompt(prompt.strip(), text_format, line)
    question = ParsedQuestion(
        kind, stored, line, feedback=plain(*formatted(element, "generalfeedback")), prompt_format=prompt_format
    )
    question.title = text_at(element, "name/text").strip()
    question.revise_lesson = text_at(element, REVISE_ELEMENT).strip()
    if kind == "multichoice":
        question.options = answer_options(element, line)
        single = is_true(text_at(element, "single", "true"))
        gap = GAP in plain(prompt, text_format)
        question.type = "multiple_response" if not single else "missing_word" if gap else "single_choice"
    elif kind == "truefalse":
        answers = {plain(text_at(a, "text"), "moodle").lower(): a for a in element.findall("answer")}
        if set(answers) != {"true", "false"}:
            raise BankFileError([f"Line {line}: a truefalse question needs a 'true' and a 'false' answer."])
        question.type, question.answer = "true_false", answers["true"].get("fraction", "0") not in ("0", "0.0")
        feedback = {f"feedback_{key}": plain(*formatted(answers[key], "feedback")) for key in answers}
        question.settings = {key: text for key, text in feedback.items() if text}
    elif kind == "shortanswer":
        question.type, question.accepted = "short_text", answer_options(element, line)
        question.settings = {"case_sensitive": True} if is_true(text_at(element, "usecase", "0")) else {}
    elif kind == "numerical":
        question.type, question.options = "numerical", answer_options(element, line, tolerance=True)
    elif kind == "matching":
        question.type = "matching"
        question.pairs = [
            (plain(*formatted(sub, ".")), text_at(sub, "answer/text").strip()) for sub in element.findall("subquestion")
        ]
    elif kind == "essay":
        rubric = plain(*formatted(element, "graderinfo"))
        question.type, question.settings = "essay", {"rubric": rubric} if rubric else {}
    elif kind != "description":
        raise BankFileError([f"Line {line}: Moodle '{kind}' questions are not supported; export it as another type."])
    return question


def question_lines(source):
    """The line each <question element starts on, in order (ElementTree does not keep line numbers)."""
    return [source.count("\n", 0, match.start()) + 1 for match in re.finditer(r"<question\b", source)]


def parse_xml_report(source):
    """(items, refused) for a Moodle XML file, as parse_gift_report."""
    try:
        root = SafeET.fromstring(source.encode("utf-8"))
    except (ET.ParseError, DefusedXmlException, ValueError) as error:
        return [], [Refused(getattr(error, "position", (1, 0))[0], f"this is not well-formed Moodle XML ({error}).")]
    if root.tag != "quiz":
        return [], [Refused(1, "a Moodle XML question file starts with <quiz>.")]
    lines = question_lines(source)
    items, refused, scenario, category = [], [], None, ""
    for index, element in enumerate(root.findall("question")):
        line = lines[index] if index < len(lines) else 1
        if element.get("type") == "category":
            category = re.sub(r"^\$[a-z0-9]+\$(/top)?/?", "", text_at(element, "category/text").strip())
            continue
        try:
            question = read_question(element, line)
        except BankFileError as error:
            refused.extend(refused_from(error, line))
            continue
        question.category = category
        scenario = add_to_items(items, scenario, question, line)
    return items, refused


def parse_xml(source):
    items, refused = parse_xml_report(source)
    return items_or_refusals(items, refused)
