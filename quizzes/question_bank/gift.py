"""Moodle GIFT: single choice, multiple response, true/false and short answer questions.

A scenario is written as a GIFT description ("::Scenario: <title>:: <stem>") followed by its
questions titled "<title> / Q<n>", which Moodle reads as plain questions and we read back as one
scenario. Matching, numerical and essay questions are refused with the line they start on.
"""

import re

from quizzes.question_bank.parsed import BankFileError, ParsedOption, ParsedQuestion, ParsedScenario

SPECIAL = "~=#{}:"
SCENARIO_PREFIX = "Scenario: "
TRUE_WORDS = {"T": True, "TRUE": True, "F": False, "FALSE": False}


def escape(text):
    text = text.replace("\\", "\\\\")
    for char in SPECIAL:
        text = text.replace(char, "\\" + char)
    return text.replace("\n", "\\n")


def unescape(text):
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text).strip()


def split_unescaped(text, separator):
    """Split on `separator` where it is not preceded by a backslash."""
    return re.split(r"(?<!\\)" + re.escape(separator), text)


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


def parse_answers(line, prompt, block):
    body, _, general = block.partition("####")
    general = unescape(general)
    body = body.strip()
    word, _, feedback = body.partition("#")
    if word.strip().upper() in TRUE_WORDS:
        return ParsedQuestion(
            "true_false", prompt, line, feedback=general or unescape(feedback), answer=TRUE_WORDS[word.strip().upper()]
        )
    if body.startswith("#"):
        raise BankFileError([f"Line {line}: numerical questions are not supported."])
    answers = re.findall(r"(?<!\\)([=~])((?:\\.|[^=~\\])*)", body, re.S)
    if not answers:
        raise BankFileError([f"Line {line}: no answers found between {{ and }}."])
    options = []
    weighted = False
    for marker, raw in answers:
        if "->" in raw:
            raise BankFileError([f"Line {line}: matching questions are not supported."])
        weight = re.match(r"\s*%(-?\d+(?:\.\d+)?)%", raw)
        if weight:
            weighted = True
            raw = raw[weight.end() :]
        text, *feedback_parts = split_unescaped(raw, "#")
        option_feedback = "#".join(feedback_parts)
        correct = float(weight.group(1)) > 0 if weight else marker == "="
        options.append(ParsedOption(unescape(text), correct, unescape(option_feedback)))
    markers = {marker for marker, _ in answers}
    if markers == {"="} and not weighted:
        return ParsedQuestion("short_text", prompt, line, feedback=general, accepted=[o.text for o in options])
    kind = "multiple_response" if weighted or sum(o.correct for o in options) > 1 else "single_choice"
    return ParsedQuestion(kind, prompt, line, feedback=general, options=options)


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
    if not items and not errors:
        errors.append("Line 1: the file holds no questions.")
    if errors:
        raise BankFileError(errors)
    return items


def question_to_gift(question, title):
    head = f"::{escape(title)}:: {escape(question.prompt)}"
    general = f"####{escape(question.feedback)}" if question.feedback else ""
    if question.type == "true_false":
        return f"{head} {{{'TRUE' if question.answer else 'FALSE'}{general}}}"
    if question.type == "short_text":
        answers = [f"={escape(text)}" for text in question.accepted]
    else:
        correct_count = sum(option.correct for option in question.options) or 1
        answers = []
        for option in question.options:
            if question.type == "multiple_response":
                marker = f"~%{round(100 / correct_count, 5):g}%" if option.correct else "~%-100%"
            else:
                marker = "=" if option.correct else "~"
            feedback = f"#{escape(option.feedback)}" if option.feedback else ""
            answers.append(f"{marker}{escape(option.text)}{feedback}")
    body = "\n".join(f"  {line}" for line in [*answers, general] if line)
    return f"{head} {{\n{body}\n}}"


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
