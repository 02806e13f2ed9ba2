"""Essay: free text a trainer marks later from the marking queue, against the question's rubric."""

from quizzes.blocks import EssayQuestionBlock
from quizzes.question_types.base import PENDING, QuestionType
from quizzes.question_types.registry import register


@register
class Essay(QuestionType):
    name = "essay"
    label = "Essay"
    block = EssayQuestionBlock
    max_answer_length = 20000

    def key_snapshot(self, value):
        return {"rubric": value.get("rubric") or ""}

    def normalise(self, snapshot, values):
        text = values[0].strip() if values else ""
        return text or None

    def grade(self, snapshot, answer):
        return PENDING if isinstance(answer, str) and answer.strip() else None

    def model_answer(self, snapshot):
        return ["A considered answer."]

    def correct_answer_text(self, snapshot):
        return ""

    def key_stream(self, question):
        return {"rubric": question.settings.get("rubric", "")}

    def key_parsed(self, value):
        return {"settings": {"rubric": value["rubric"]} if value.get("rubric") else {}}

    def to_gift(self, question, *, head, tail=""):
        """Moodle writes an essay as empty braces, with only the general feedback inside."""
        return f"{head}{{{self.gift_general(question)}}}{tail}"

    def read_csv(self, question, row, line):
        pass
