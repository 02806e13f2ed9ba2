"""Short text: the learner types a word or phrase; any accepted answer is right, ignoring case and spacing."""

from fractions import Fraction

from quizzes.blocks import ShortTextQuestionBlock
from quizzes.question_bank.gift_syntax import escape
from quizzes.question_types.base import QuestionType, list_item, split_cell
from quizzes.question_types.registry import register


def normalise_text(text):
    """Case and whitespace insensitive: '  Best  Alternative ' == 'best alternative'."""
    return " ".join(str(text).split()).casefold()


@register
class ShortText(QuestionType):
    name = "short_text"
    label = "Short text answer"
    block = ShortTextQuestionBlock
    gift_precedence = 20  # only unweighted `=` answers: `{=ZOPA =zone of possible agreement}`

    def key_snapshot(self, value):
        return {"accepted": list(value["accepted_answers"])}

    def grade(self, snapshot, answer):
        given = normalise_text(answer or "")
        if not given:
            return None
        return Fraction(int(given in {normalise_text(text) for text in snapshot["accepted"]}))

    def model_answer(self, snapshot):
        return [snapshot["accepted"][0]]

    def correct_answer_text(self, snapshot):
        return " or ".join(snapshot["accepted"])

    def key_stream(self, question):
        return {"accepted_answers": [list_item(text) for text in question.accepted]}

    def key_parsed(self, value):
        return {"accepted": list(value["accepted_answers"])}

    def reads_gift(self, block):
        return {answer.marker for answer in block.answers} == {"="} and not block.weighted

    def from_gift(self, block):
        return self.gift_question(block, accepted=[answer.text for answer in block.answers])

    def gift_answers(self, question):
        return [f"={escape(text)}" for text in question.accepted]

    def read_csv(self, question, row, line):
        question.accepted = split_cell(row.get("correct"))

    def csv_correct(self, question):
        return "|".join(question.accepted)
