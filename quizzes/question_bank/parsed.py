"""The plain form every importer produces and every exporter reads: no Wagtail, no database."""

from dataclasses import dataclass, field

from quizzes import grades


@dataclass
class ParsedOption:
    """An option, accepted answer or numerical answer, with its Moodle grade fraction ('1', '0.5', '-0.3333333')."""

    text: str
    fraction: str = grades.NONE
    feedback: str = ""
    tolerance: str = ""  # numerical answers: the error allowed either side of `text`

    def __post_init__(self):
        if isinstance(self.fraction, bool):  # right/wrong, as the older files and callers say it
            self.fraction = grades.FULL if self.fraction else grades.NONE

    @property
    def correct(self):
        return grades.exact(self.fraction) > 0


@dataclass
class ParsedQuestion:
    """One question, with the line it started on so errors can point at it."""

    type: str  # a registered question type's name (quizzes.question_types)
    prompt: str
    line: int
    feedback: str = ""
    options: list = field(default_factory=list)
    answer: bool | None = None
    accepted: list = field(default_factory=list)  # short text's ParsedOptions
    pairs: list = field(default_factory=list)  # matching: (question, answer) pairs
    settings: dict = field(default_factory=dict)  # a type's own: case_sensitive, feedback_true, rubric ...
    prompt_format: str = "plain"  # or "html", already cleaned as the editor would store it
    category: str = ""  # the GIFT $CATEGORY it came under, kept as a tag
    revise_lesson: str = ""  # the slug of the lesson to revise, in files that carry one
    title: str = ""

    def __post_init__(self):
        self.accepted = [ParsedOption(a, grades.FULL) if isinstance(a, str) else a for a in self.accepted]


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


@dataclass(frozen=True)
class Refused:
    """A question the file holds that cannot be imported: where it starts, and why."""

    line: int
    reason: str

    def __str__(self):
        return f"Line {self.line}: {self.reason}"


def refused_from(error, line):
    """Refused entries for a BankFileError raised while reading the item at `line`."""
    refused = []
    for message in error.errors:
        head, sep, rest = message.partition(": ")
        number = head.removeprefix("Line ")
        refused.append(Refused(int(number), rest) if sep and number.isdigit() else Refused(line, message))
    return refused


def items_or_errors(items, errors, *, first_line):
    """What a file parsed to, or every error in it (an empty file is one, at its first line)."""
    if not items and not errors:
        errors.append(f"Line {first_line}: the file holds no questions.")
    if errors:
        raise BankFileError(errors)
    return items


SCENARIO_PREFIX = "Scenario: "


def add_to_items(items, scenario, question, line):
    """Append a parsed question, grouping a scenario's questions under it; returns the scenario now open.

    Both GIFT and Moodle XML carry a scenario as a description titled "Scenario: <title>", followed by its
    questions titled "<title> / ...".
    """
    if question.type == "description" and question.title.startswith(SCENARIO_PREFIX):
        scenario = ParsedScenario(question.title.removeprefix(SCENARIO_PREFIX), question.prompt, line)
        items.append(scenario)
        return scenario
    if scenario is not None and question.title.startswith(scenario.title + " / "):
        scenario.questions.append(question)
        return scenario
    items.append(question)
    return None


def items_or_refusals(items, refused):
    """A whole file's items, or every refusal in it raised at once (an empty file is refused at line 1)."""
    if refused or not items:
        raise BankFileError([str(entry) for entry in refused] or ["Line 1: the file holds no questions."])
    return items
