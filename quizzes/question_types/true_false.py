"""True or false: a statement the learner judges; right or wrong."""

from fractions import Fraction

from quizzes.blocks import TrueFalseQuestionBlock
from quizzes.question_bank.parsed import BankFileError
from quizzes.question_types.base import QuestionType, split_cell
from quizzes.question_types.registry import register

GIFT_WORDS = {"T": True, "TRUE": True, "F": False, "FALSE": False}
WORDS = {"true": "True", "false": "False"}


@register
class TrueFalse(QuestionType):
    name = "true_false"
    label = "True or false"
    block = TrueFalseQuestionBlock
    gift_precedence = 10  # `{TRUE}`, `{F#feedback}`: read before any `=`/`~` in the feedback is

    def key_snapshot(self, value):
        return {"answer": value["correct_answer"] == "true"}

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

    def key_stream(self, question):
        return {"correct_answer": "true" if question.answer else "false"}

    def key_parsed(self, value):
        return {"answer": value["correct_answer"] == "true"}

    def reads_gift(self, block):
        return block.word[0].upper() in GIFT_WORDS

    def from_gift(self, block):
        word, feedback = block.word
        return self.gift_question(block, feedback=block.general or feedback, answer=GIFT_WORDS[word.upper()])

    def to_gift(self, question, *, head):
        return f"{head} {{{'TRUE' if question.answer else 'FALSE'}{self.gift_general(question)}}}"

    def read_csv(self, question, row, line):
        correct = split_cell(row.get("correct"))
        if [value.lower() for value in correct] not in (["true"], ["false"]):
            raise BankFileError([f"Line {line}: a true/false answer must be 'true' or 'false'."])
        question.answer = correct[0].lower() == "true"

    def csv_correct(self, question):
        return "true" if question.answer else "false"
