"""The plain form every importer produces and every exporter reads: no Wagtail, no database."""

from dataclasses import dataclass, field


@dataclass
class ParsedOption:
    text: str
    correct: bool
    feedback: str = ""


@dataclass
class ParsedQuestion:
    """One question, with the line it started on so errors can point at it."""

    type: str  # a registered question type's name (quizzes.question_types)
    prompt: str
    line: int
    feedback: str = ""
    options: list = field(default_factory=list)
    answer: bool | None = None
    accepted: list = field(default_factory=list)


@dataclass
class ParsedScenario:
    title: str
    stem: str
    line: int
    questions: list = field(default_factory=list)


class BankFileError(Exception):
    """A file that cannot be imported; `errors` are 'Line N: ...' messages."""

    def __init__(self, errors):
        super().__init__("\n".join(errors))
        self.errors = errors


def items_or_errors(items, errors, *, first_line):
    """What a file parsed to, or every error in it (an empty file is one, at its first line)."""
    if not items and not errors:
        errors.append(f"Line {first_line}: the file holds no questions.")
    if errors:
        raise BankFileError(errors)
    return items
