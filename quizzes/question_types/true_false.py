"""True or false: a statement the learner judges; right or wrong, with feedback for each answer (Moodle's truefalse)."""

from fractions import Fraction

from quizzes.blocks import TrueFalseQuestionBlock
from quizzes.question_bank.gift_syntax import escape
from quizzes.question_bank.parsed import BankFileError
from quizzes.question_types.base import QuestionType, nonblank, split_cell
from quizzes.question_types.registry import register

WORDS = {"true": "True", "false": "False"}


@register
class TrueFalse(QuestionType):
    name = "true_false"
    label = "True or false"
    block = TrueFalseQuestionBlock

    def key_snapshot(self, value):
        return {
            "answer": value["correct_answer"] == "true",
            "feedback_true": value.get("feedback_true") or "",
            "feedback_false": value.get("feedback_false") or "",
        }

    def grade(self, snapshot, answer):
        if answer not in ("true", "false"):
            return None
        return Fraction(int((answer == "true") == snapshot["answer"]))

    def model_answer(self, snapshot):
        return ["true" if snapshot["answer"] else "false"]

    def answer_text(self, snapshot, answer):
        return WORDS.get(answer, "")

    def correct_answer_text(self, snapshot):
        return "True" if snapshot["answer"] else "False"

    def chosen_feedback(self, snapshot, answer):
        feedback = snapshot.get(f"feedback_{answer}", "") if answer in WORDS else ""
        return [feedback] if feedback else []

    def key_stream(self, question):
        return {
            "correct_answer": "true" if question.answer else "false",
            "feedback_true": question.settings.get("feedback_true", ""),
            "feedback_false": question.settings.get("feedback_false", ""),
        }

    def key_parsed(self, value):
        settings = {key: value.get(key) for key in ("feedback_true", "feedback_false") if value.get(key)}
        return {"answer": value["correct_answer"] == "true", "settings": settings}

    def gift_answers(self, question):
        """Moodle's order: the answer, '#' the feedback for a wrong answer, '#' the feedback for a right one."""
        right = question.settings.get("feedback_true" if question.answer else "feedback_false", "")
        wrong = question.settings.get("feedback_false" if question.answer else "feedback_true", "")
        text = "TRUE" if question.answer else "FALSE"
        if wrong or right:
            text += f"#{escape(wrong)}"
        if right:
            text += f"#{escape(right)}"
        return [text]

    def read_csv(self, question, row, line):
        correct = nonblank(split_cell(row.get("correct")))
        if [value.lower() for value in correct] not in (["true"], ["false"]):
            raise BankFileError([f"Line {line}: a true/false answer must be 'true' or 'false'."])
        question.answer = correct[0].lower() == "true"

    def csv_cells(self, question):
        return {**super().csv_cells(question), "correct": "true" if question.answer else "false"}
