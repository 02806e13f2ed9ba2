"""Parsed questions described for the import preview: type, prompt, each answer with its grade, feedback."""

from dataclasses import dataclass, field

from quizzes import grades
from quizzes.question_bank.parsed import ParsedScenario
from quizzes.question_types import registry


@dataclass
class PreviewRow:
    line: int
    type_label: str
    prompt: dict  # {"prompt", "prompt_format"} for the question_prompt filter
    answers: list = field(default_factory=list)  # (text, grade label, feedback)
    notes: list = field(default_factory=list)  # other things the question says: settings, general feedback
    scenario: str = ""


def answers_of(question):
    if question.type == "true_false":
        right = "True" if question.answer else "False"
        wrong = "False" if question.answer else "True"
        feedback = question.settings
        return [
            (right, "100%", feedback.get(f"feedback_{right.lower()}", "")),
            (wrong, "0%", feedback.get(f"feedback_{wrong.lower()}", "")),
        ]
    if question.type == "matching":
        return [(f"{left} → {right}" if left else f"(extra answer) {right}", "", "") for left, right in question.pairs]
    if question.type == "numerical":
        return [
            (o.text if o.text == "*" else f"{o.text} ± {o.tolerance or '0'}", grades.label(o.fraction), o.feedback)
            for o in question.options
        ]
    return [(o.text, grades.label(o.fraction), o.feedback) for o in question.options or question.accepted]


def row(question, scenario=""):
    notes = []
    if question.settings.get("case_sensitive"):
        notes.append("Case sensitive")
    if question.settings.get("rubric"):
        notes.append(f"Marking guidance: {question.settings['rubric']}")
    if question.type == "essay":
        notes.append("Marked by a trainer")
    if question.feedback:
        notes.append(f"General feedback: {question.feedback}")
    if question.category:
        notes.append(f"Category: {question.category}")
    if question.revise_lesson:
        notes.append(f"Revise lesson: {question.revise_lesson}")
    return PreviewRow(
        line=question.line,
        type_label=registry.get(question.type).label,
        prompt={"prompt": question.prompt, "prompt_format": question.prompt_format},
        answers=answers_of(question),
        notes=notes,
        scenario=scenario,
    )


def preview_rows(items):
    rows = []
    for item in items:
        if isinstance(item, ParsedScenario):
            rows.extend(row(question, item.title) for question in item.questions)
        else:
            rows.append(row(item))
    return rows
