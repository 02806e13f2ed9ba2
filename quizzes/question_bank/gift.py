"""Moodle GIFT files: items, titles, categories, scenarios, text formats; read as Moodle reads them.

Each blank-line-separated item is read by Moodle's rules (qformat_gift::readquestion): comments
dropped, escapes hidden, the answer block between the first '{' and the first '}', a blank ('_____')
left in the prompt when text follows the braces, general feedback after '####', the type decided
from the answer text (gift_answers.py). `$CATEGORY:` lines tag the questions after them, and a
`// revise: <lesson slug>` comment links the next question to a lesson. A scenario is written as a
description titled "Scenario: <title>" followed by its questions titled "<title> / Q<n>", which
Moodle reads as plain questions and we read back as one scenario.
"""

import json
import re

from quizzes.blocks import GAP
from quizzes.question_bank.gift_answers import READERS, moodle_type
from quizzes.question_bank.gift_syntax import escape, gift_text, hide_escapes, show_escapes
from quizzes.question_bank.parsed import (
    SCENARIO_PREFIX,
    BankFileError,
    ParsedQuestion,
    ParsedScenario,
    Refused,
    add_to_items,
    items_or_refusals,
    refused_from,
)
from quizzes.question_bank.text_format import plain, split_format, stored_prompt
from quizzes.question_types import registry

REVISE = re.compile(r"//\s*revise:\s*(\S+)\s*$")
SETTINGS = re.compile(r"//\s*settings:\s*(\{.*\})\s*$")
COMMENT_SETTINGS = ("case_sensitive", "rubric")  # what GIFT cannot say, kept in a comment Moodle ignores


def chunks(source):
    """(first line, text, category, revise slug, settings) per item: comments dropped, $CATEGORY lines read off."""
    items, lines, start, category, revise, settings = [], [], None, "", "", {}

    def flush():
        if lines:
            items.append((start, "\n".join(lines), category, revise, settings))

    for number, line in enumerate(source.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            flush()
            lines, start, revise, settings = [], None, "", {}
        elif stripped.startswith("//"):
            match, found = REVISE.match(stripped), SETTINGS.match(stripped)
            revise = match.group(1) if match else revise
            settings = comment_settings(found.group(1)) if found else settings
        elif stripped.startswith("$CATEGORY:") and not lines:
            category = stripped.removeprefix("$CATEGORY:").strip()
        else:
            start = number if start is None else start
            lines.append(line)
    flush()
    return items


def comment_settings(text):
    try:
        found = json.loads(text)
    except ValueError:
        return {}
    return {key: value for key, value in found.items() if key in COMMENT_SETTINGS} if isinstance(found, dict) else {}


def parse_item(line, text):
    """A ParsedQuestion for one item's text, its title set and its type decided as Moodle decides it."""
    text = hide_escapes(text.strip())
    title = ""
    if text.startswith("::"):
        end = text.find("::", 2)
        if end >= 0:
            title, text = show_escapes(text[2:end]).strip(), text[end + 2 :].strip()
    start, finish = text.find("{"), text.find("}")
    if start < 0 and finish < 0:
        return item_question(line, title, text, "", "description", None)
    if start < 0 or finish < start:
        raise BankFileError([f"Line {line}: the braces {{ }} around the answers do not match."])
    answer_text = text[start + 1 : finish].strip()
    if text.endswith("}"):
        prompt = text[:start] + text[finish + 1 :]
    else:
        prompt = text[:start] + GAP + text[finish + 1 :]
    general = ""
    if "####" in answer_text:
        cut = answer_text.rindex("####")
        answer_text, general = answer_text[:cut].strip(), answer_text[cut + 4 :]
    return item_question(line, title, prompt, general, moodle_type(answer_text), answer_text)


def item_question(line, title, prompt, general, kind, answer_text):
    prompt, text_format = split_format(prompt.strip())
    stored, prompt_format = stored_prompt(show_escapes(prompt).strip(), text_format, line)
    general_text, general_format = split_format(general.strip(), text_format)
    question = ParsedQuestion(
        kind, stored, line, feedback=plain(show_escapes(general_text), general_format), prompt_format=prompt_format
    )
    question.title = title
    if kind in READERS:
        READERS[kind](question, answer_text, text_format)
    return question


def parse_gift_report(source):
    """(items, refused): every question that reads, and every one that does not with its line and reason."""
    items, refused, scenario = [], [], None
    for line, text, category, revise, settings in chunks(source):
        try:
            question = parse_item(line, text)
        except BankFileError as error:
            refused.extend(refused_from(error, line))
            continue
        question.category, question.revise_lesson = category, revise
        question.settings.update(settings)
        scenario = add_to_items(items, scenario, question, line)
    return items, refused


def parse_gift(source):
    """Parse a whole GIFT file into questions and scenarios; any refused question raises them all."""
    items, refused = parse_gift_report(source)
    return items_or_refusals(items, refused)


def question_to_gift(question, title):
    head = f"::{escape(title)}::" + ("[html]" if question.prompt_format == "html" else "")
    prompt = question.prompt
    if prompt.count(GAP) == 1 and not prompt.endswith(GAP) and question.type != "description":
        before, after = prompt.split(GAP)
        text = registry.get(question.type).to_gift(question, head=head + escape(before), tail=escape(after))
    else:
        text = registry.get(question.type).to_gift(question, head=head + escape(prompt) + " ")
    kept = {key: value for key, value in question.settings.items() if key in COMMENT_SETTINGS and value}
    comments = (f"// revise: {question.revise_lesson}\n" if question.revise_lesson else "") + (
        f"// settings: {json.dumps(kept, sort_keys=True)}\n" if kept else ""
    )
    return comments + text


def to_gift(items):
    """Write questions and scenarios as GIFT that Moodle and parse_gift both read."""
    blocks, number, category = [], 0, ""
    for item in items:
        questions = item.questions if isinstance(item, ParsedScenario) else [item]
        if questions and questions[0].category != category:
            category = questions[0].category
            blocks.append(f"$CATEGORY: {category}")
        if isinstance(item, ParsedScenario):
            blocks.append(f"::{escape(SCENARIO_PREFIX + item.title)}::{gift_text(item.stem)}")
            for index, question in enumerate(item.questions, start=1):
                blocks.append(question_to_gift(question, f"{item.title} / Q{index}"))
        else:
            number += 1
            blocks.append(question_to_gift(item, item.title or f"Q{number}"))
    return "\n\n".join(blocks) + "\n"


__all__ = ["Refused", "parse_gift", "parse_gift_report", "to_gift"]
