"""CSV question banks: one row a question; options, answers and option feedback split by '|'.

Columns: type, prompt, options, correct, feedback, option_feedback, scenario_title, scenario_stem.
The type (a registered question type's name) reads and writes its own options, correct and
option_feedback cells: option numbers ("1|3") for choice questions, "true"/"false" for true/false,
accepted answers ("ZOPA|zone of possible agreement") for short text. Consecutive rows with the
same scenario_title form one scenario.
"""

import csv
import io

from quizzes.question_bank.parsed import BankFileError, ParsedQuestion, ParsedScenario, items_or_errors
from quizzes.question_types import registry

COLUMNS = ["type", "prompt", "options", "correct", "feedback", "option_feedback", "scenario_title", "scenario_stem"]


def row_to_question(line, row):
    kind = (row.get("type") or "").strip()
    prompt = (row.get("prompt") or "").strip()
    if kind not in registry.names():
        types = ", ".join(sorted(registry.names()))
        raise BankFileError([f"Line {line}: type must be one of {types}, not '{kind}'."])
    if not prompt:
        raise BankFileError([f"Line {line}: the prompt is empty."])
    question = ParsedQuestion(kind, prompt, line, feedback=(row.get("feedback") or "").strip())
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


def parse_csv(source):
    reader = csv.DictReader(io.StringIO(source))
    try:
        header = reader.fieldnames or []
    except csv.Error as error:
        raise BankFileError([f"Line 1: the header cannot be read as CSV ({error})."]) from error
    missing = [column for column in ("type", "prompt", "correct") if column not in header]
    if missing:
        raise BankFileError([f"Line 1: missing column(s): {', '.join(missing)}."])
    items, errors, scenario = [], [], None
    for row in rows_or_error(reader):
        line = reader.line_num
        try:
            question = row_to_question(line, row)
        except BankFileError as error:
            errors.extend(error.errors)
            continue
        title = (row.get("scenario_title") or "").strip()
        if title and scenario is not None and scenario.title == title:
            scenario.questions.append(question)
        elif title:
            scenario = ParsedScenario(title, (row.get("scenario_stem") or "").strip(), line, [question])
            items.append(scenario)
        else:
            scenario = None
            items.append(question)
    return items_or_errors(items, errors, first_line=2)


def question_row(question, scenario=None):
    return {
        "type": question.type,
        "prompt": question.prompt,
        **registry.get(question.type).csv_cells(question),
        "feedback": question.feedback,
        "scenario_title": scenario.title if scenario else "",
        "scenario_stem": scenario.stem if scenario else "",
    }


def to_csv(items):
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=COLUMNS)
    writer.writeheader()
    for item in items:
        if isinstance(item, ParsedScenario):
            writer.writerows(question_row(question, item) for question in item.questions)
        else:
            writer.writerow(question_row(item))
    return output.getvalue()
