"""Numerical: the learner types a number; the first answer whose range holds it gives its grade (Moodle's numerical).

Each answer is a number with a tolerance either side (a GIFT 'min..max' range is stored as its
middle and half-width), or '*' for any other number. Something that is not a number is no answer.
"""

import re
from decimal import Decimal, InvalidOperation

from quizzes import grades
from quizzes.blocks import NumericalQuestionBlock
from quizzes.question_bank.gift_syntax import escape
from quizzes.question_bank.parsed import BankFileError, ParsedOption
from quizzes.question_types.base import QuestionType, csv_fractions, join_cell, list_item, nonblank, split_cell
from quizzes.question_types.registry import register

THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")


def response_number(text):
    """'1822', ' 3.14 ', '1,822.5', '+4' as a Decimal; None when it is not a number."""
    text = str(text).strip().replace(" ", "")
    if THOUSANDS.match(text):
        text = text.replace(",", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def within(answer, value):
    if answer["answer"] == "*":
        return True
    middle, tolerance = Decimal(answer["answer"]), abs(Decimal(answer.get("tolerance") or "0"))
    return middle - tolerance <= value <= middle + tolerance


@register
class Numerical(QuestionType):
    name = "numerical"
    label = "Numerical"
    block = NumericalQuestionBlock

    def key_snapshot(self, value):
        return {"answers": [dict(answer) for answer in value["answers"]]}

    def matching_answer(self, snapshot, answer):
        value = response_number(answer) if isinstance(answer, str) else None
        if value is None:
            return None
        return next((a for a in snapshot["answers"] if within(a, value)), {})

    def grade(self, snapshot, answer):
        found = self.matching_answer(snapshot, answer)
        return None if found is None else grades.exact(found.get("fraction", grades.NONE))

    def best(self, snapshot):
        return [a for a in snapshot["answers"] if a["fraction"] == grades.FULL and a["answer"] != "*"]

    def model_answer(self, snapshot):
        return [self.best(snapshot)[0]["answer"]]

    def correct_answer_text(self, snapshot):
        def text(a):
            tolerance = Decimal(a.get("tolerance") or "0")
            return a["answer"] + (f" (± {tolerance.normalize():f})" if tolerance else "")

        return " or ".join(text(a) for a in self.best(snapshot))

    def chosen_feedback(self, snapshot, answer):
        found = self.matching_answer(snapshot, answer)
        return [found["feedback"]] if found and found.get("feedback") else []

    def key_stream(self, question):
        return {
            "answers": [
                list_item(
                    {"answer": o.text, "tolerance": o.tolerance or "0", "fraction": o.fraction, "feedback": o.feedback}
                )
                for o in question.options
            ]
        }

    def key_parsed(self, value):
        return {
            "options": [
                ParsedOption(a["answer"], a["fraction"], a["feedback"], a["tolerance"] or "0") for a in value["answers"]
            ]
        }

    def to_gift(self, question, *, head, tail=""):
        return super().to_gift(question, head=head, tail=tail).replace("{\n", "{#\n", 1)

    def gift_answers(self, question):
        """Moodle's writequestion: '=%w%answer:tolerance#feedback', and '~#feedback' for the '*' answer."""
        lines = []
        for o in question.options:
            feedback = f"#{escape(o.feedback)}" if o.feedback else ""
            if o.text == "*":
                lines.append(f"~{feedback or '#'}")
            else:
                lines.append(f"=%{grades.percent(o.fraction)}%{o.text}:{o.tolerance or '0'}{feedback}")
        return lines

    def read_csv(self, question, row, line):
        cells = nonblank(split_cell(row.get("correct")))
        feedback = split_cell(row.get("option_feedback"))
        fractions = csv_fractions(row, len(cells), line) or [grades.FULL] * len(cells)
        question.options = []
        for n, (cell, fraction) in enumerate(zip(cells, fractions, strict=True)):
            answer, _, tolerance = cell.partition(":")
            if answer.strip() != "*" and response_number(answer) is None:
                raise BankFileError([f"Line {line}: '{answer}' in a numerical answer is not a number."])
            text = feedback[n] if n < len(feedback) else ""
            question.options.append(ParsedOption(answer.strip(), fraction, text, tolerance.strip() or "0"))

    def csv_cells(self, question):
        return {
            "options": "",
            "correct": join_cell(f"{o.text}:{o.tolerance or '0'}" for o in question.options),
            "fractions": "|".join(grades.percent(o.fraction) for o in question.options),
            "option_feedback": join_cell(o.feedback for o in question.options),
        }
