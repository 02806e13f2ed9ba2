"""Single choice: pick one option; it earns its own grade (Moodle's single multichoice, partial or negative credit)."""

from quizzes.blocks import SingleChoiceQuestionBlock
from quizzes.question_types.choice import ChoiceQuestionType, fraction_of
from quizzes.question_types.registry import register


@register
class SingleChoice(ChoiceQuestionType):
    name = "single_choice"
    label = "Single choice"
    block = SingleChoiceQuestionBlock

    def grade(self, snapshot, answer):
        """The chosen option's fraction; a forged id or a list is no answer."""
        options = {option["id"]: option for option in snapshot["options"]}
        if not isinstance(answer, str) or answer not in options:
            return None
        return fraction_of(options[answer])

    def answer_text(self, snapshot, answer):
        return self.option_texts(snapshot).get(answer, "")
