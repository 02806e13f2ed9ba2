"""Pure grading of an attempt: no database. Each question type's own rule is its `grade` in quizzes/question_types.

A question is the plain dict an attempt snapshot holds ({"id", "type", ...its answer key}); an
answer is what was stored for it. A type scores a fraction from 0 to 1 (only multiple response gives
partial credit), or None when the answer gives it nothing to mark: that question is unanswered and
scores 0. The attempt's score is the mean, and it passes when that reaches the pass mark.
"""

from dataclasses import dataclass
from fractions import Fraction

from quizzes.question_types import registry


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


def grade_question(question, answer):
    score = registry.get(question["type"]).grade(question, answer)
    if score is None:
        return QuestionResult(question["id"], Fraction(0), answered=False)
    return QuestionResult(question["id"], score, answered=True)


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
