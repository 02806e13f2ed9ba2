"""Pure grading of an attempt: no database. Each question type's own rule is its `grade` in quizzes/question_types.

A question is the plain dict an attempt snapshot holds ({"id", "type", ...its answer key}); an
answer is what was stored for it. A type scores Moodle's fraction (at most 1; single choice may
go below 0), None when the answer gives it nothing to mark (unanswered, 0), or PENDING when only a
trainer can mark it (an essay). Descriptions are not graded. The attempt's score is the mean over
graded questions, floored at 0; it passes when that reaches the pass mark, and is not decided while
any question waits for a trainer's mark.
"""

from dataclasses import dataclass
from fractions import Fraction

from quizzes.question_types import registry
from quizzes.question_types.base import PENDING


@dataclass(frozen=True)
class QuestionResult:
    question_id: str
    score: Fraction
    answered: bool
    pending: bool = False
    graded: bool = True

    @property
    def correct(self):
        return self.score == 1

    def as_json(self):
        data = {"score": float(self.score), "answered": self.answered}
        if self.pending:
            data["pending"] = True
        if not self.graded:
            data["graded"] = False
        return data


@dataclass(frozen=True)
class AttemptResult:
    results: tuple
    score_percent: int
    passed: bool | None

    @property
    def correct_count(self):
        return sum(1 for result in self.results if result.graded and result.correct)

    @property
    def pending(self):
        return any(result.pending for result in self.results)


def grade_question(question, answer):
    question_type = registry.get(question["type"])
    if not question_type.graded:
        return QuestionResult(question["id"], Fraction(0), answered=False, graded=False)
    score = question_type.grade(question, answer)
    if score is None:
        return QuestionResult(question["id"], Fraction(0), answered=False)
    if score == PENDING:
        return QuestionResult(question["id"], Fraction(0), answered=True, pending=True)
    return QuestionResult(question["id"], score, answered=True)


def attempt_outcome(results, pass_mark):
    """Score percent and pass (None while a mark is pending) from question results."""
    graded = [result for result in results if result.graded]
    if not graded:
        return 0, False
    fraction_scored = max(Fraction(0), sum((r.score for r in graded), Fraction(0)) / len(graded))
    passed = None if any(r.pending for r in graded) else fraction_scored * 100 >= pass_mark
    return int(fraction_scored * 100), passed


def grade_attempt(questions, answers, pass_mark):
    """Grade every question (missing answers score 0); pass when the score reaches pass_mark %."""
    results = tuple(grade_question(question, answers.get(question["id"])) for question in questions)
    score_percent, passed = attempt_outcome(results, pass_mark)
    return AttemptResult(results=results, score_percent=score_percent, passed=passed)


def reveal_answers(policy, *, passed, attempts_left):
    """Whether a graded attempt's review may show the correct answers, under the quiz's policy."""
    if policy == "after_each_attempt":
        return True
    if policy == "after_passing":
        return passed
    if policy == "after_last_attempt":
        return passed or attempts_left == 0
    return False
