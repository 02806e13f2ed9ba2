"""Single choice: one correct option among several; right or wrong."""

from fractions import Fraction

from quizzes.blocks import SingleChoiceQuestionBlock
from quizzes.question_types.choice import ChoiceQuestionType
from quizzes.question_types.registry import register


@register
class SingleChoice(ChoiceQuestionType):
    name = "single_choice"
    label = "Single choice"
    block = SingleChoiceQuestionBlock
    gift_precedence = 40  # whatever the types before it leave: `=right ~wrong ~wrong`

    def grade(self, snapshot, answer):
        """1 for the correct option, 0 for another; a forged id or a list is no answer."""
        if not isinstance(answer, str) or answer not in {option["id"] for option in snapshot["options"]}:
            return None
        return Fraction(int(answer in {option["id"] for option in snapshot["options"] if option["correct"]}))

    def answer_text(self, snapshot, answer):
        return self.option_texts(snapshot).get(answer, "")

    def reads_gift(self, block):
        return True

    def gift_marker(self, option, correct_count):
        return "=" if option.correct else "~"
