"""Multiple response: tick every correct option; partial credit.

Each correct option chosen earns 1/k (k = number of correct options) and each wrong option chosen
loses 1/k, floored at zero; full marks need exactly the correct set. Unknown ids are ignored.
"""

from fractions import Fraction

from quizzes.blocks import MultipleResponseQuestionBlock
from quizzes.question_types.choice import ChoiceQuestionType
from quizzes.question_types.registry import register


@register
class MultipleResponse(ChoiceQuestionType):
    name = "multiple_response"
    label = "Multiple response"
    block = MultipleResponseQuestionBlock
    gift_precedence = 30  # `~%50%a ~%50%b ~%-100%c`, or more than one `=`

    def normalise(self, snapshot, values):
        return list(values) or None

    def grade(self, snapshot, answer):
        if isinstance(answer, str):
            answer = [answer]
        valid_ids = {option["id"] for option in snapshot["options"]}
        chosen = {choice for choice in (answer or []) if isinstance(choice, str)} & valid_ids
        if not chosen:
            return None
        correct_ids = {option["id"] for option in snapshot["options"] if option["correct"]}
        if not correct_ids:
            return Fraction(0)
        return max(Fraction(0), Fraction(len(chosen & correct_ids) - len(chosen - correct_ids), len(correct_ids)))

    def answer_text(self, snapshot, answer):
        texts = self.option_texts(snapshot)
        return "; ".join(texts[value] for value in answer or [] if value in texts)

    def reads_gift(self, block):
        return block.weighted or sum(answer.correct for answer in block.answers) > 1

    def gift_marker(self, option, correct_count):
        return f"~%{round(100 / correct_count, 5):g}%" if option.correct else "~%-100%"
