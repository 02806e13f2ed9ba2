"""Moodle GIFT files: items, titles, scenarios; each question's answer block is read and written by its type.

GIFT names no type, so each answer block goes to the first registered type (in `gift_precedence`
order) that claims it. A scenario is written as a GIFT description ("::Scenario: <title>:: <stem>")
followed by its questions titled "<title> / Q<n>", which Moodle reads as plain questions and we read
back as one scenario. Matching, numerical and essay questions are refused with the line they start on.
"""

import re

from quizzes.question_bank.gift_syntax import GiftBlock, escape, unescape
from quizzes.question_bank.parsed import BankFileError, ParsedScenario, items_or_errors
from quizzes.question_types import registry

SCENARIO_PREFIX = "Scenario: "


def chunks(source):
    """(first line number, text) for each blank-line-separated item, comments and categories dropped."""
    items, lines, start = [], [], None
    for number, line in enumerate(source.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("//") or stripped.startswith("$CATEGORY"):
            continue
        if not stripped:
            if lines:
                items.append((start, "\n".join(lines)))
            lines, start = [], None
            continue
        if start is None:
            start = number
        lines.append(line)
    if lines:
        items.append((start, "\n".join(lines)))
    return items


def parse_item(line, text):
    """Return (title, prompt, answer block or None) for one GIFT item."""
    title = ""
    match = re.match(r"\s*::(.*?)(?<!\\)::(.*)", text, re.S)
    if match:
        title, text = unescape(match.group(1)), match.group(2)
    opening = re.search(r"(?<!\\)\{", text)
    if opening is None:
        return title, unescape(strip_format(text)), None
    closing = list(re.finditer(r"(?<!\\)\}", text))
    if not closing or closing[-1].start() < opening.start():
        raise BankFileError([f"Line {line}: the answer block opened with {{ is never closed with }}."])
    prompt = text[: opening.start()] + text[closing[-1].end() :]
    return title, unescape(strip_format(prompt)), text[opening.end() : closing[-1].start()]


def strip_format(text):
    return re.sub(r"^\s*\[(html|markdown|plain|moodle)\]", "", text)


def parse_answers(line, prompt, text):
    """The question for one answer block, read by the first type that claims it."""
    body, _, general = text.partition("####")
    block = GiftBlock(line, prompt, body.strip(), unescape(general))
    if block.body.startswith("#"):
        raise BankFileError([f"Line {line}: numerical questions are not supported."])
    for question_type in sorted(registry.all_types(), key=lambda question_type: question_type.gift_precedence):
        if question_type.reads_gift(block):
            return question_type.from_gift(block)
    raise BankFileError([f"Line {line}: no supported question type reads this answer block."])


def parse_gift(source):
    """Parse a whole GIFT file into questions and scenarios; every error found is reported."""
    items, errors, scenario = [], [], None
    for line, text in chunks(source):
        try:
            title, prompt, block = parse_item(line, text)
            if block is None:
                if not title.startswith(SCENARIO_PREFIX):
                    raise BankFileError([f"Line {line}: a description on its own is not a question."])
                scenario = ParsedScenario(title.removeprefix(SCENARIO_PREFIX), prompt, line)
                items.append(scenario)
                continue
            question = parse_answers(line, prompt, block)
        except BankFileError as error:
            errors.extend(error.errors)
            continue
        if scenario is not None and title.startswith(scenario.title + " / "):
            scenario.questions.append(question)
        else:
            scenario = None
            items.append(question)
    return items_or_errors(items, errors, first_line=1)


def question_to_gift(question, title):
    head = f"::{escape(title)}:: {escape(question.prompt)}"
    return registry.get(question.type).to_gift(question, head=head)


def to_gift(items):
    """Write questions and scenarios as GIFT that Moodle and parse_gift both read."""
    blocks, number = [], 0
    for item in items:
        if isinstance(item, ParsedScenario):
            blocks.append(f"::{escape(SCENARIO_PREFIX + item.title)}:: {escape(item.stem)}")
            for index, question in enumerate(item.questions, start=1):
                blocks.append(question_to_gift(question, f"{item.title} / Q{index}"))
        else:
            number += 1
            blocks.append(question_to_gift(item, f"Q{number}"))
    return "\n\n".join(blocks) + "\n"
