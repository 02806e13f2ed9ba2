"""What single choice, missing word and multiple response share: options, each with a grade and its own feedback."""

from quizzes import grades
from quizzes.question_bank.gift_syntax import escape
from quizzes.question_bank.parsed import BankFileError, ParsedOption
from quizzes.question_types.base import QuestionType, csv_fractions, join_cell, list_item, nonblank, split_cell


def fraction_of(option):
    return grades.exact(option["fraction"])


class ChoiceQuestionType(QuestionType):
    """Options are stored by list item id, so an answer names option ids."""

    multiple = False  # Moodle's `single` flag, the other way round

    def key_snapshot(self, value):
        return {
            "options": [
                {
                    "id": item.id,
                    "text": item.value["text"],
                    "fraction": item.value["fraction"],
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
        best = max(fraction_of(option) for option in snapshot["options"])
        return [
            o["id"] for o in snapshot["options"] if fraction_of(o) > 0 and (self.multiple or fraction_of(o) == best)
        ]

    def option_texts(self, snapshot):
        return {option["id"]: option["text"] for option in snapshot["options"]}

    def correct_answer_text(self, snapshot):
        return "; ".join(self.option_texts(snapshot)[option_id] for option_id in self.model_answer(snapshot))

    def chosen_feedback(self, snapshot, answer):
        chosen = answer if isinstance(answer, list) else [answer]
        return [option["feedback"] for option in snapshot["options"] if option["id"] in chosen and option["feedback"]]

    def key_stream(self, question):
        return {
            "options": [
                list_item({"text": option.text, "fraction": option.fraction, "feedback": option.feedback})
                for option in question.options
            ]
        }

    def key_parsed(self, value):
        return {"options": [ParsedOption(o["text"], o["fraction"], o["feedback"]) for o in value["options"]]}

    def gift_answers(self, question):
        return [
            self.gift_marker(option) + escape(option.text) + (f"#{escape(option.feedback)}" if option.feedback else "")
            for option in question.options
        ]

    def gift_marker(self, option):
        """Moodle's writequestion: '=' for 100% in a single choice, '~' for 0%, else '~%weight%'."""
        if option.fraction == grades.FULL and not self.multiple:
            return "="
        if grades.exact(option.fraction) == 0:
            return "~"
        return f"~%{grades.percent(option.fraction)}%"

    def read_csv(self, question, row, line):
        texts, feedback = nonblank(split_cell(row.get("options"))), split_cell(row.get("option_feedback"))
        fractions = csv_fractions(row, len(texts), line)
        if fractions is None:
            correct = nonblank(split_cell(row.get("correct")))
            if not all(value.isdigit() and 1 <= int(value) <= len(texts) for value in correct):
                raise BankFileError([f"Line {line}: correct must list option numbers from 1 to {len(texts)}."])
            flags = [str(number) in correct for number in range(1, len(texts) + 1)]
            fractions = grades.legacy_fractions(flags, multiple=self.multiple)
        question.options = [
            ParsedOption(text, fraction, feedback[number] if number < len(feedback) else "")
            for number, (text, fraction) in enumerate(zip(texts, fractions, strict=True))
        ]

    def csv_cells(self, question):
        return {
            "options": join_cell(option.text for option in question.options),
            "correct": "|".join(str(n) for n, option in enumerate(question.options, start=1) if option.correct),
            "fractions": "|".join(grades.percent(option.fraction) for option in question.options),
            "option_feedback": join_cell(option.feedback for option in question.options),
        }
