"""Pure grading rules for quiz questions: no database, no Django.

A question is a plain dict:
    {"id": "q1", "type": "single_choice" | "multiple_response", "options": [{"id": "a", "correct": True}, ...]}
    {"id": "q2", "type": "true_false", "answer": True}
    {"id": "q3", "type": "short_text", "accepted": ["BATNA", "best alternative"]}
An answer is what the learner sent: an option id, a list of option ids, "true"/"false", or text.

Partial credit, multiple response only: each correct option chosen earns 1/k (k = number of
correct options) and each wrong option chosen loses 1/k, floored at zero; full marks need
exactly the correct set. Every other type scores 0 or 1.
"""

from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    score: Fraction
    answered: bool

    @property
    def correct(self):
        return self.score == 1


@dataclass(frozen=True)
class AttemptResult:
    results: tuple
    score_percent: int
    passed: bool

    @property
    def correct_count(self):
        return sum(1 for result in self.results if result.correct)


def normalise_text(text):
    """Case and whitespace insensitive: '  Best  Alternative ' == 'best alternative'."""
    return " ".join(str(text).split()).casefold()


def grade_single_choice(question, answer):
    valid_ids = {option["id"] for option in question["options"]}
    if not isinstance(answer, str) or answer not in valid_ids:
        return QuestionResult(question["id"], Fraction(0), answered=False)
    correct_ids = {option["id"] for option in question["options"] if option["correct"]}
    return QuestionResult(question["id"], Fraction(int(answer in correct_ids)), answered=True)


def grade_multiple_response(question, answer):
    if isinstance(answer, str):
        answer = [answer]
    valid_ids = {option["id"] for option in question["options"]}
    chosen = {choice for choice in (answer or []) if isinstance(choice, str)} & valid_ids
    if not chosen:
        return QuestionResult(question["id"], Fraction(0), answered=False)
    correct_ids = {option["id"] for option in question["options"] if option["correct"]}
    if not correct_ids:
        return QuestionResult(question["id"], Fraction(0), answered=True)
    earned = Fraction(len(chosen & correct_ids) - len(chosen - correct_ids), len(correct_ids))
    return QuestionResult(question["id"], max(Fraction(0), earned), answered=True)


def grade_true_false(question, answer):
    if answer not in ("true", "false"):
        return QuestionResult(question["id"], Fraction(0), answered=False)
    return QuestionResult(question["id"], Fraction(int((answer == "true") == question["answer"])), answered=True)


def grade_short_text(question, answer):
    given = normalise_text(answer or "")
    if not given:
        return QuestionResult(question["id"], Fraction(0), answered=False)
    accepted = {normalise_text(text) for text in question["accepted"]}
    return QuestionResult(question["id"], Fraction(int(given in accepted)), answered=True)


GRADERS = {
    "single_choice": grade_single_choice,
    "multiple_response": grade_multiple_response,
    "true_false": grade_true_false,
    "short_text": grade_short_text,
}


def grade_question(question, answer):
    return GRADERS[question["type"]](question, answer)


def grade_attempt(questions, answers, pass_mark):
    """Grade every question (missing answers score 0); pass when the score reaches pass_mark %."""
    results = tuple(grade_question(question, answers.get(question["id"])) for question in questions)
    if not results:
        return AttemptResult(results=(), score_percent=0, passed=False)
    total = sum((result.score for result in results), Fraction(0))
    fraction_scored = total / len(results)
    return AttemptResult(
        results=results,
        score_percent=int(fraction_scored * 100),
        passed=fraction_scored * 100 >= pass_mark,
    )


def reveal_answers(policy, *, passed, attempts_left):
    """Whether a graded attempt's review may show the correct answers, under the quiz's policy."""
    if policy == "after_each_attempt":
        return True
    if policy == "after_passing":
        return passed
    if policy == "after_last_attempt":
        return passed or attempts_left == 0
    return False
