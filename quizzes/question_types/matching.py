"""Matching: pick the answer for each question from one list; each right pair earns its share (Moodle's match).

A pair without a question adds an extra wrong answer to the list. The answer stored is
{question item id: chosen answer id}; an answer id is the id of the first pair with that answer text.
"""

from fractions import Fraction

from quizzes.blocks import MatchingQuestionBlock
from quizzes.question_bank.gift_syntax import escape
from quizzes.question_types.base import QuestionType, join_cell, list_item, split_cell
from quizzes.question_types.registry import register


@register
class Matching(QuestionType):
    name = "matching"
    label = "Matching"
    block = MatchingQuestionBlock

    def key_snapshot(self, value):
        stems, choices = [], {}
        for item in value["pairs"].bound_blocks:
            question, answer = item.value["question"].strip(), item.value["answer"].strip()
            choices.setdefault(answer, item.id)
            if question:
                stems.append({"id": item.id, "text": question, "answer": answer})
        return {"stems": stems, "choices": [{"id": choice_id, "text": text} for text, choice_id in choices.items()]}

    def shuffle(self, snapshot, rng):
        rng.shuffle(snapshot["choices"])

    def form_fields(self, snapshot):
        return {
            "stems": [{"id": s["id"], "text": s["text"]} for s in snapshot["stems"]],
            "choices": snapshot["choices"],
        }

    def normalise(self, snapshot, values):
        """Values are 'question id=answer id', one per select; unknown ids and blanks are dropped."""
        stems, choices = {s["id"] for s in snapshot["stems"]}, {c["id"] for c in snapshot["choices"]}
        pairs = dict(value.split("=", 1) for value in values if "=" in value)
        answer = {stem: choice for stem, choice in pairs.items() if stem in stems and choice in choices}
        return answer or None

    def grade(self, snapshot, answer):
        if not isinstance(answer, dict) or not answer:
            return None
        texts = {c["id"]: c["text"] for c in snapshot["choices"]}
        right = sum(1 for s in snapshot["stems"] if texts.get(answer.get(s["id"])) == s["answer"])
        return Fraction(right, len(snapshot["stems"]))

    def model_answer(self, snapshot):
        ids = {c["text"]: c["id"] for c in snapshot["choices"]}
        return [f"{s['id']}={ids[s['answer']]}" for s in snapshot["stems"]]

    def answer_text(self, snapshot, answer):
        if not isinstance(answer, dict) or not answer:
            return ""
        texts = {c["id"]: c["text"] for c in snapshot["choices"]}
        return "; ".join(f"{s['text']} → {texts.get(answer.get(s['id']), '(none)')}" for s in snapshot["stems"])

    def correct_answer_text(self, snapshot):
        return "; ".join(f"{s['text']} → {s['answer']}" for s in snapshot["stems"])

    def key_stream(self, question):
        return {"pairs": [list_item({"question": left, "answer": right}) for left, right in question.pairs]}

    def key_parsed(self, value):
        return {"pairs": [(pair["question"], pair["answer"]) for pair in value["pairs"]]}

    def gift_answers(self, question):
        return [f"={escape(left)} -> {escape(right)}" for left, right in question.pairs]

    def read_csv(self, question, row, line):
        lefts, rights = split_cell(row.get("options")), split_cell(row.get("correct"))
        question.pairs = [(left, right) for left, right in zip(lefts, rights, strict=False) if right]

    def csv_cells(self, question):
        return {
            "options": join_cell(left for left, _ in question.pairs),
            "correct": join_cell(right for _, right in question.pairs),
            "fractions": "",
            "option_feedback": "",
        }
