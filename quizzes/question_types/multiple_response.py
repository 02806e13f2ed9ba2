"""Multiple response: tick every option that applies; Moodle's grade_response for multiple answers.

The grade is the sum of the chosen options' fractions, clamped to 0..1: choosing every positive
option earns full marks, and a negative option takes marks away. Unknown ids are ignored.
"""

from fractions import Fraction

from quizzes.blocks import MultipleResponseQuestionBlock
from quizzes.question_types.choice import ChoiceQuestionType, fraction_of
from quizzes.question_types.registry import register


@register
class MultipleResponse(ChoiceQuestionType):
    name = "multiple_response"
    label = "Multiple response"
    block = MultipleResponseQuestionBlock
    multiple = True

    def normalise(self, snapshot, values):
        return list(dict.fromkeys(values)) or None

    def grade(self, snapshot, answer):
        if isinstance(answer, str):
            answer = [answer]
        options = {option["id"]: option for option in snapshot["options"]}
        chosen = {choice for choice in (answer or []) if isinstance(choice, str) and choice in options}
        if not chosen:
            return None
        total = sum((fraction_of(options[choice]) for choice in chosen), Fraction(0))
        return min(max(Fraction(0), total), Fraction(1))

    def answer_text(self, snapshot, answer):
        texts = self.option_texts(snapshot)
        return "; ".join(texts[value] for value in answer or [] if value in texts)
