"""Short text: the learner types a word or phrase, graded as Moodle's short answer.

The first accepted answer (in the order listed) that matches earns its fraction, so a catch-all
'*' listed last only catches what nothing before it did. In an accepted answer '*' matches any run
of characters and '\\*' a literal asterisk. Case is ignored unless the question says otherwise;
leading, trailing and repeated spaces are ignored too (as this academy always has).
"""

import re
import unicodedata

from quizzes import grades
from quizzes.blocks import ShortTextQuestionBlock
from quizzes.question_bank.gift_syntax import escape
from quizzes.question_bank.parsed import ParsedOption
from quizzes.question_types.base import QuestionType, csv_fractions, join_cell, list_item, split_cell
from quizzes.question_types.registry import register


def normalise_text(text):
    return " ".join(unicodedata.normalize("NFC", str(text)).split())


def matches(pattern, response, *, case_sensitive):
    """Moodle's compare_string_with_wildcard: unescaped runs of '*' match anything, the rest literally."""
    pattern = normalise_text(pattern)
    if pattern == "*":
        return True
    bits = re.split(r"(?<!\\)\*+", pattern)
    regex = "^" + ".*".join(re.escape(bit.replace("\\*", "*")) for bit in bits) + "$"
    return re.match(regex, normalise_text(response), 0 if case_sensitive else re.IGNORECASE) is not None


@register
class ShortText(QuestionType):
    name = "short_text"
    label = "Short text answer"
    block = ShortTextQuestionBlock

    def key_snapshot(self, value):
        return {
            "accepted": [dict(answer) for answer in value["accepted_answers"]],
            "case_sensitive": bool(value.get("case_sensitive")),
        }

    def matching_answer(self, snapshot, answer):
        given = normalise_text(answer or "") if isinstance(answer, str) else ""
        if not given:
            return None
        case = snapshot.get("case_sensitive", False)
        return next((a for a in snapshot["accepted"] if matches(a["text"], given, case_sensitive=case)), {})

    def grade(self, snapshot, answer):
        found = self.matching_answer(snapshot, answer)
        if found is None:
            return None
        return grades.exact(found.get("fraction", grades.NONE))

    def full_marks(self, snapshot):
        return [a["text"] for a in snapshot["accepted"] if a["fraction"] == grades.FULL]

    def model_answer(self, snapshot):
        return [self.full_marks(snapshot)[0].replace("\\*", "*").replace("*", "x")]

    def correct_answer_text(self, snapshot):
        return " or ".join(self.full_marks(snapshot))

    def chosen_feedback(self, snapshot, answer):
        found = self.matching_answer(snapshot, answer)
        return [found["feedback"]] if found and found.get("feedback") else []

    def key_stream(self, question):
        return {
            "accepted_answers": [
                list_item({"text": a.text, "fraction": a.fraction, "feedback": a.feedback}) for a in question.accepted
            ],
            "case_sensitive": bool(question.settings.get("case_sensitive")),
        }

    def key_parsed(self, value):
        answers = [ParsedOption(a["text"], a["fraction"], a["feedback"]) for a in value["accepted_answers"]]
        settings = {"case_sensitive": True} if value.get("case_sensitive") else {}
        return {"accepted": answers, "settings": settings}

    def gift_answers(self, question):
        return [
            ("=" if a.fraction == grades.FULL else f"=%{grades.percent(a.fraction)}%")
            + escape(a.text)
            + (f"#{escape(a.feedback)}" if a.feedback else "")
            for a in question.accepted
        ]

    def read_csv(self, question, row, line):
        texts = [text for text in split_cell(row.get("correct")) if text]
        feedback = split_cell(row.get("option_feedback"))
        fractions = csv_fractions(row, len(texts), line) or [grades.FULL] * len(texts)
        question.accepted = [
            ParsedOption(text, fraction, feedback[n] if n < len(feedback) else "")
            for n, (text, fraction) in enumerate(zip(texts, fractions, strict=True))
        ]

    def csv_cells(self, question):
        return {
            "options": "",
            "correct": join_cell(a.text for a in question.accepted),
            "fractions": "|".join(grades.percent(a.fraction) for a in question.accepted),
            "option_feedback": join_cell(a.feedback for a in question.accepted),
        }
