"""The QuestionType interface: everything one kind of question does, from the editor's block to a learner's review.

Four shapes of a question pass through a type:
- `value`: the block's StructValue in a quiz's question StreamField (what the editor saves);
- `snapshot`: the plain dict an attempt stores when it starts, graded and reviewed against later
  ({"id", "type", "prompt", "feedback", "revise_lesson_id"} plus the type's answer key);
- `question`: a ParsedQuestion, the plain form every importer produces and every exporter reads;
- `answer`: what an attempt stores for the learner, as `normalise` shaped it from the form.
A type fills in the `key_*` hooks for its own answer key; the fields every question has are handled here.
"""

import uuid

from quizzes.question_bank.gift_syntax import escape
from quizzes.question_bank.parsed import ParsedQuestion


def split_cell(cell):
    """A CSV cell's '|'-separated parts, blanks dropped."""
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def list_item(value):
    """One ListBlock item in raw stream data, with a fresh id (answers are stored by item id)."""
    return {"type": "item", "id": str(uuid.uuid4()), "value": value}


class QuestionType:
    name = ""  # the block name in the question StreamField, the snapshot's "type" and the files' type
    label = ""
    block = None  # its StructBlock class in quizzes/blocks.py
    review_template = "quizzes/includes/quiz_question_review.html"
    gift_precedence = 100  # GIFT names no type: the reader asks types in this order, lowest first

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
        """The fraction of the marks earned (0..1), or None when the answer gives nothing to mark."""
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

    # The question bank: StreamField, GIFT and CSV, all through ParsedQuestion.

    def stream_value(self, question):
        """Raw StreamField value for a parsed question, to be validated by the block as the editor would."""
        return {
            "prompt": question.prompt,
            "feedback": question.feedback,
            "revise_lesson": None,
            **self.key_stream(question),
        }

    def key_stream(self, question):
        raise NotImplementedError

    def parsed(self, value):
        """A saved question in the parsed form the exporters write."""
        return ParsedQuestion(self.name, value["prompt"], 0, feedback=value["feedback"], **self.key_parsed(value))

    def key_parsed(self, value):
        raise NotImplementedError

    def reads_gift(self, block):
        """Whether this type claims a GIFT answer block (a GiftBlock); asked in gift_precedence order."""
        raise NotImplementedError

    def from_gift(self, block):
        raise NotImplementedError

    def gift_question(self, block, **fields):
        """A ParsedQuestion of this type with the block's prompt, line and general feedback (unless `fields` say)."""
        return ParsedQuestion(self.name, block.prompt, block.line, **{"feedback": block.general, **fields})

    def to_gift(self, question, *, head):
        """The question as GIFT; `head` is its escaped '::title:: prompt'."""
        body = "\n".join(f"  {line}" for line in [*self.gift_answers(question), self.gift_general(question)] if line)
        return f"{head} {{\n{body}\n}}"

    def gift_answers(self, question):
        raise NotImplementedError

    def gift_general(self, question):
        return f"####{escape(question.feedback)}" if question.feedback else ""

    def read_csv(self, question, row, line):
        """Fill the answer key of `question` from its CSV row; raise BankFileError for a bad cell."""
        raise NotImplementedError

    def csv_cells(self, question):
        """The row's options, correct and option_feedback cells."""
        return {"options": "", "correct": self.csv_correct(question), "option_feedback": ""}

    def csv_correct(self, question):
        raise NotImplementedError
