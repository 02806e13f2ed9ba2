"""The QuestionType interface: everything one kind of question does, from the editor's block to a learner's review.

Four shapes of a question pass through a type:
- `value`: the block's StructValue in a quiz's question StreamField (what the editor saves);
- `snapshot`: the plain dict an attempt stores when it starts, graded and reviewed against later
  ({"id", "type", "prompt", "prompt_format", "feedback", "revise_lesson_id"} plus the type's answer key);
- `question`: a ParsedQuestion, the plain form every importer produces and every exporter reads;
- `answer`: what an attempt stores for the learner, as `normalise` shaped it from the form.
A type fills in the `key_*` hooks for its own answer key; the fields every question has are handled here.
Reading GIFT and Moodle XML decides the type as Moodle does (quizzes/question_bank); writing is the type's.
"""

import json
import uuid

from quizzes import grades
from quizzes.question_bank.gift_syntax import escape, gift_text
from quizzes.question_bank.parsed import BankFileError, ParsedQuestion

PENDING = "pending"  # what `grade` returns for an answer only a trainer can mark


def split_cell(cell):
    """A CSV cell's '|'-separated parts, blanks dropped; '\\|' is a '|' inside a part, '\\\\' a backslash."""
    parts, current, chars = [], [], iter(cell or "")
    for char in chars:
        if char == "\\":
            current.append(next(chars, "\\"))
        elif char == "|":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts]


def nonblank(parts):
    return [part for part in parts if part]


def join_cell(parts):
    return "|".join(str(part).replace("\\", "\\\\").replace("|", "\\|") for part in parts)


def csv_fractions(row, count, line):
    """The fractions cell ('100|0|-50', percentages) as grade keys, or None when the row has none."""
    cells = nonblank(split_cell(row.get("fractions")))
    if not cells:
        return None
    if len(cells) != count:
        raise BankFileError([f"Line {line}: fractions lists {len(cells)} grades for {count} answers."])
    try:
        return [grades.from_percent(cell) for cell in cells]
    except ValueError as error:
        raise BankFileError([f"Line {line}: {error}."]) from None


def list_item(value):
    """One ListBlock item in raw stream data, with a fresh id (answers are stored by item id)."""
    return {"type": "item", "id": str(uuid.uuid4()), "value": value}


class QuestionType:
    name = ""  # the block name in the question StreamField, the snapshot's "type" and the files' type
    label = ""
    block = None  # its StructBlock class in quizzes/blocks.py
    review_template = "quizzes/includes/quiz_question_review.html"
    graded = True  # False: shown, never marked, left out of the score (a description)
    max_answer_length = 500

    @property
    def input_template(self):
        """The form fields for one question, included inside its form group with `field_name` set."""
        return f"quizzes/includes/question_types/{self.name}.html"

    # An attempt: snapshot, form, answer, grade.

    def snapshot(self, value):
        """The question as an attempt stores it (the caller adds the block id)."""
        lesson = value.get("revise_lesson")
        return {
            "type": self.name,
            "prompt": value["prompt"],
            "prompt_format": value.get("prompt_format") or "plain",
            "feedback": value["feedback"],
            "revise_lesson_id": lesson.pk if lesson else None,
            **self.key_snapshot(value),
        }

    def key_snapshot(self, value):
        raise NotImplementedError

    def shuffle(self, snapshot, rng):
        """Shuffle the snapshot's options in place, when the quiz asks for it and the type has any."""

    def form_fields(self, snapshot):
        """What the attempt form shows besides the prompt: never the answer key or feedback."""
        return {}

    def normalise(self, snapshot, values):
        """The answer to store from the form's values (non-empty strings, already length-checked)."""
        return values[0] if values else None

    def grade(self, snapshot, answer):
        """The fraction earned (Moodle's, may be negative), None for nothing to mark, or PENDING."""
        raise NotImplementedError

    def model_answer(self, snapshot):
        """Form values that earn full marks."""
        raise NotImplementedError

    # A review: what the learner said, what was right, the feedback their choice earned.

    def answer_text(self, snapshot, answer):
        return answer or ""

    def correct_answer_text(self, snapshot):
        raise NotImplementedError

    def chosen_feedback(self, snapshot, answer):
        return []

    # The question bank: StreamField, GIFT, Moodle XML and CSV, all through ParsedQuestion.

    def stream_value(self, question):
        """Raw StreamField value for a parsed question, to be validated by the block as the editor would."""
        return {
            "prompt": question.prompt,
            "prompt_format": question.prompt_format,
            "feedback": question.feedback,
            "revise_lesson": None,
            "category": question.category,
            **self.key_stream(question),
        }

    def key_stream(self, question):
        raise NotImplementedError

    def parsed(self, value):
        """A saved question in the parsed form the exporters write."""
        return ParsedQuestion(
            self.name,
            value["prompt"],
            0,
            feedback=value["feedback"],
            prompt_format=value.get("prompt_format") or "plain",
            category=value.get("category") or "",
            **self.key_parsed(value),
        )

    def key_parsed(self, value):
        raise NotImplementedError

    def to_gift(self, question, *, head, tail=""):
        """The question as GIFT; `head` is its '::title:: prompt' up to the gap, `tail` what follows the gap."""
        body = "\n".join(f"\t{line}" for line in [*self.gift_answers(question), self.gift_general(question)] if line)
        return f"{head}{{\n{body}\n}}{tail}"

    def gift_answers(self, question):
        raise NotImplementedError

    def gift_general(self, question):
        return f"####{gift_text(question.feedback)}" if question.feedback else ""

    def read_csv(self, question, row, line):
        """Fill the answer key of `question` from its CSV row; raise BankFileError for a bad cell."""
        raise NotImplementedError

    def csv_cells(self, question):
        """The row's options, correct, fractions and option_feedback cells."""
        return {"options": "", "correct": "", "fractions": "", "option_feedback": ""}

    def csv_settings(self, question):
        return json.dumps(question.settings, sort_keys=True) if question.settings else ""


__all__ = ["PENDING", "QuestionType", "escape", "join_cell", "list_item", "split_cell"]
