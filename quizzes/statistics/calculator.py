"""Moodle's question statistics from graded attempts: pure arithmetic, no database.

Each attempt is the pair its record stores: `results` ({question id: {"score": fraction 0..1}}) and
`answers` ({question id: the stored answer}). Every question is worth one mark, so a question's mark
is its fraction and an attempt's total is the sum over the questions it drew. For each question,
over the n attempts that drew it (Moodle's question/classes/statistics/questions/calculator.php):

- facility index: the mean mark, as a percentage;
- discrimination index: 100 x the correlation between the question's mark x and the rest of the
  attempt's marks y (total minus x): 100 x cov(x, y) / sqrt(var(x) var(y)), with n - 1 divisors;
- discriminative efficiency: 100 x cov(x, y) / cov_max, where cov_max pairs x and y each sorted
  ascending: the largest covariance those two sets of marks could have;
- "needs checking" when discrimination is below 20% or facility is outside 10-90%.
Undefined values (one attempt, or no spread) are None, as Moodle shows them blank.
"""

from dataclasses import dataclass, field
from math import sqrt

NEEDS_CHECKING_DISCRIMINATION = 20
FACILITY_RANGE = (10, 90)


@dataclass
class QuestionStatistics:
    question_id: str
    attempts: int
    facility: float | None
    standard_deviation: float | None
    discrimination_index: float | None
    discriminative_efficiency: float | None
    responses: dict = field(default_factory=dict)  # answer value -> how many attempts chose it
    unanswered: int = 0

    @property
    def check_reasons(self):
        reasons = []
        if self.facility is not None and not FACILITY_RANGE[0] <= self.facility <= FACILITY_RANGE[1]:
            reasons.append("too easy" if self.facility > FACILITY_RANGE[1] else "too hard")
        if self.discrimination_index is not None and self.discrimination_index < NEEDS_CHECKING_DISCRIMINATION:
            reasons.append("low discrimination")
        return reasons

    @property
    def needs_checking(self):
        return bool(self.check_reasons)


def question_marks(attempts):
    """{question id: ([marks], [other marks], [answers])} over the attempts that drew each question."""
    columns = {}
    for results, answers in attempts:
        marks = {qid: float(outcome["score"]) for qid, outcome in results.items() if outcome.get("score") is not None}
        total = sum(marks.values())
        for qid, mark in marks.items():
            column = columns.setdefault(qid, ([], [], []))
            column[0].append(mark)
            column[1].append(total - mark)
            column[2].append(answers.get(qid))
    return columns


def chosen_values(answer):
    """The countable values of one stored answer: an option id, a list of them, or typed text."""
    values = answer if isinstance(answer, list) else [answer]
    return [value for value in values if isinstance(value, str) and value]


def describe(question_id, marks, other_marks, answers):
    n = len(marks)
    mean_x, mean_y = sum(marks) / n, sum(other_marks) / n
    responses, unanswered = {}, 0
    for answer in answers:
        values = chosen_values(answer)
        unanswered += not values
        for value in values:
            responses[value] = responses.get(value, 0) + 1
    if n < 2:
        return QuestionStatistics(question_id, n, 100 * mean_x, None, None, None, responses, unanswered)
    var_x = sum((x - mean_x) ** 2 for x in marks) / (n - 1)
    var_y = sum((y - mean_y) ** 2 for y in other_marks) / (n - 1)
    cov = sum((x - mean_x) * (y - mean_y) for x, y in zip(marks, other_marks, strict=True)) / (n - 1)
    sorted_pairs = zip(sorted(marks), sorted(other_marks), strict=True)
    cov_max = sum((x - mean_x) * (y - mean_y) for x, y in sorted_pairs) / (n - 1)
    return QuestionStatistics(
        question_id=question_id,
        attempts=n,
        facility=100 * mean_x,
        standard_deviation=sqrt(var_x),
        discrimination_index=100 * cov / sqrt(var_x * var_y) if var_x * var_y > 1e-12 else None,
        discriminative_efficiency=100 * cov / cov_max if abs(cov_max) > 1e-12 else None,
        responses=responses,
        unanswered=unanswered,
    )


def question_statistics(attempts):
    """Statistics for every question the attempts drew, keyed by question id."""
    return {qid: describe(qid, *column) for qid, column in question_marks(attempts).items()}
