"""What single choice and multiple response share: a list of options, each right or wrong, with its own feedback."""

from quizzes.question_bank.gift_syntax import escape
from quizzes.question_bank.parsed import BankFileError, ParsedOption
from quizzes.question_types.base import QuestionType, list_item, split_cell


class ChoiceQuestionType(QuestionType):
    """Options are stored by list item id, so an answer names option ids."""

    def key_snapshot(self, value):
        return {
            "options": [
                {
                    "id": item.id,
                    "text": item.value["text"],
                    "correct": bool(item.value["is_correct"]),
                    "feedback": item.value["feedback"],
                }
                for item in value["options"].bound_blocks
            ]
        }

    def shuffle(self, snapshot, rng):
        rng.shuffle(snapshot["options"])

    def form_fields(self, snapshot):
        return {"options": [{"id": option["id"], "text": option["text"]} for option in snapshot["options"]]}

    def model_answer(self, snapshot):
        return [option["id"] for option in snapshot["options"] if option["correct"]]

    def option_texts(self, snapshot):
        return {option["id"]: option["text"] for option in snapshot["options"]}

    def correct_answer_text(self, snapshot):
        return "; ".join(option["text"] for option in snapshot["options"] if option["correct"])

    def chosen_feedback(self, snapshot, answer):
        chosen = answer if isinstance(answer, list) else [answer]
        return [option["feedback"] for option in snapshot["options"] if option["id"] in chosen and option["feedback"]]

    def key_stream(self, question):
        return {
            "options": [
                list_item({"text": option.text, "is_correct": option.correct, "feedback": option.feedback})
                for option in question.options
            ]
        }

    def key_parsed(self, value):
        return {"options": [ParsedOption(o["text"], bool(o["is_correct"]), o["feedback"]) for o in value["options"]]}

    def from_gift(self, block):
        options = [ParsedOption(answer.text, answer.correct, answer.feedback) for answer in block.answers]
        return self.gift_question(block, options=options)

    def gift_answers(self, question):
        correct_count = sum(option.correct for option in question.options) or 1
        return [
            self.gift_marker(option, correct_count)
            + escape(option.text)
            + (f"#{escape(option.feedback)}" if option.feedback else "")
            for option in question.options
        ]

    def gift_marker(self, option, correct_count):
        raise NotImplementedError

    def read_csv(self, question, row, line):
        texts, feedback = split_cell(row.get("options")), (row.get("option_feedback") or "").split("|")
        correct = split_cell(row.get("correct"))
        if not all(value.isdigit() and 1 <= int(value) <= len(texts) for value in correct):
            raise BankFileError([f"Line {line}: correct must list option numbers from 1 to {len(texts)}."])
        question.options = [
            ParsedOption(text, str(number) in correct, feedback[number - 1].strip() if number <= len(feedback) else "")
            for number, text in enumerate(texts, start=1)
        ]

    def csv_cells(self, question):
        return {
            "options": "|".join(option.text for option in question.options),
            "correct": "|".join(str(n) for n, option in enumerate(question.options, start=1) if option.correct),
            "option_feedback": "|".join(option.feedback for option in question.options),
        }
