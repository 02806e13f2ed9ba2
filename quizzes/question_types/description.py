"""Description: text shown between questions, never marked and left out of the score (Moodle's description)."""

from quizzes.blocks import DescriptionBlock
from quizzes.question_types.base import QuestionType
from quizzes.question_types.registry import register


@register
class Description(QuestionType):
    name = "description"
    label = "Description"
    block = DescriptionBlock
    graded = False

    def key_snapshot(self, value):
        return {}

    def grade(self, snapshot, answer):
        return None

    def model_answer(self, snapshot):
        return []

    def correct_answer_text(self, snapshot):
        return ""

    def key_stream(self, question):
        return {}

    def key_parsed(self, value):
        return {}

    def to_gift(self, question, *, head, tail=""):
        return head.rstrip() + tail

    def read_csv(self, question, row, line):
        pass
