"""CSV question banks: one row a question; a cell's several parts split by '|' ('\\|' for a '|' inside one).

Columns: type, title, prompt, options, correct, fractions, feedback, option_feedback, revise_lesson,
category, prompt_format, settings, scenario_title, scenario_stem. The type (a registered question
type's name) reads and writes its own options, correct, fractions and option_feedback cells: option
numbers ("1|3") and percentages ("100|0|-50") for choice questions, "true"/"false" for true/false,
accepted answers for short text, "answer:tolerance" for numerical, questions and answers for
matching. `settings` is JSON for what a type keeps besides (case_sensitive, feedback_true, rubric).
Only type, prompt and correct are required, so files written before fractions still read (a choice
row without fractions is graded as it was: see grades.legacy_fractions). Consecutive rows with the
same scenario_title form one scenario.
"""

import csv
import io
import json

from quizzes.question_bank.parsed import BankFileError, ParsedQuestion, ParsedScenario, Refused, refused_from
from quizzes.question_types import registry

COLUMNS = [
    "type",
    "title",
    "prompt",
    "options",
    "correct",
    "fractions",
    "feedback",
    "option_feedback",
    "revise_lesson",
    "category",
    "prompt_format",
    "settings",
    "scenario_title",
    "scenario_stem",
]


def cell(row, name):
    return (row.get(name) or "").strip()


def row_settings(row, line):
    text = cell(row, "settings")
    try:
        settings = json.loads(text) if text else {}
    except ValueError:
        settings = None
    if not isinstance(settings, dict):
        raise BankFileError([f'Line {line}: settings must be a JSON object, such as {{"case_sensitive": true}}.'])
    return settings


def row_to_question(line, row):
    kind, prompt = cell(row, "type"), cell(row, "prompt")
    if kind not in registry.names():
        types = ", ".join(sorted(registry.names()))
        raise BankFileError([f"Line {line}: type must be one of {types}, not '{kind}'."])
    if not prompt:
        raise BankFileError([f"Line {line}: the prompt is empty."])
    if cell(row, "prompt_format") not in ("", "plain", "html"):
        raise BankFileError([f"Line {line}: prompt_format must be 'plain' or 'html'."])
    question = ParsedQuestion(
        kind,
        prompt,
        line,
        feedback=cell(row, "feedback"),
        settings=row_settings(row, line),
        prompt_format=cell(row, "prompt_format") or "plain",
        category=cell(row, "category"),
        revise_lesson=cell(row, "revise_lesson"),
        title=cell(row, "title"),
    )
    registry.get(kind).read_csv(question, row, line)
    return question


def rows_or_error(reader):
    """The CSV rows; a file the csv module cannot read (a stray carriage return) is refused with its line."""
    try:
        yield from reader
    except csv.Error as error:
        raise BankFileError(
            [f"Line {reader.line_num + 1}: this line cannot be read as CSV ({error}). Save the file as CSV again."]
        ) from error


def parse_csv_report(source):
    """(items, refused), as parse_gift_report: each row that reads, and each that does not with its reason."""
    reader = csv.DictReader(io.StringIO(source))
    try:
        header = reader.fieldnames or []
    except csv.Error as error:
        return [], [Refused(1, f"the header cannot be read as CSV ({error}).")]
    missing = [column for column in ("type", "prompt", "correct") if column not in header]
    if missing:
        return [], [Refused(1, f"missing column(s): {', '.join(missing)}.")]
    items, refused, scenario = [], [], None
    try:
        for row in rows_or_error(reader):
            line = reader.line_num
            try:
                question = row_to_question(line, row)
            except BankFileError as error:
                refused.extend(refused_from(error, line))
                continue
            title = cell(row, "scenario_title")
            if title and scenario is not None and scenario.title == title:
                scenario.questions.append(question)
            elif title:
                scenario = ParsedScenario(title, cell(row, "scenario_stem"), line, [question])
                items.append(scenario)
            else:
                scenario = None
                items.append(question)
    except BankFileError as error:
        refused.extend(refused_from(error, reader.line_num + 1))
    return items, refused


def parse_csv(source):
    items, refused = parse_csv_report(source)
    if refused or not items:
        raise BankFileError([str(entry) for entry in refused] or ["Line 2: the file holds no questions."])
    return items


def question_row(question, scenario=None):
    question_type = registry.get(question.type)
    return {
        "type": question.type,
        "title": question.title,
        "prompt": question.prompt,
        **question_type.csv_cells(question),
        "feedback": question.feedback,
        "revise_lesson": question.revise_lesson,
        "category": question.category,
        "prompt_format": "" if question.prompt_format == "plain" else question.prompt_format,
        "settings": question_type.csv_settings(question),
        "scenario_title": scenario.title if scenario else "",
        "scenario_stem": scenario.stem if scenario else "",
    }


def to_csv(items):
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=COLUMNS, quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    for item in items:
        if isinstance(item, ParsedScenario):
            writer.writerows(question_row(question, item) for question in item.questions)
        else:
            writer.writerow(question_row(item))
    return output.getvalue()
