"""Reads for quizzes: a learner's summary of a quiz, the attempt form, the graded review, 'My learning' results.

The attempt form is built from a stripped copy of the drawn questions, so correct answers and
feedback cannot reach the browser before grading.
"""

from dataclasses import dataclass

from courses.models import LessonPage
from courses.selectors import CourseStep, DashboardSection
from quizzes.models import QuizAttempt, QuizPage
from quizzes.question_types import registry
from quizzes.scoring import reveal_answers
from quizzes.timing import adjustment_for


@dataclass
class QuizSummary:
    quiz: QuizPage
    question_count: int
    attempts: list
    open_attempt: QuizAttempt | None
    adjustment: str | None = None  # the learner's timing adjustment code, on a timed quiz

    @property
    def minutes_allowed(self):
        """The learner's own time limit in minutes: the quiz's, times their adjustment; None for no limit."""
        limit = self.quiz.time_limit_minutes
        if not limit or self.adjustment == "none":
            return None
        return int(limit * float(self.adjustment or 1))

    @property
    def attempts_used(self):
        return len(self.attempts) + (1 if self.open_attempt else 0)

    @property
    def attempts_left(self):
        """None when attempts are unlimited."""
        if not self.quiz.max_attempts:
            return None
        return max(0, self.quiz.max_attempts - self.attempts_used)

    @property
    def best_score(self):
        return max((attempt.score_percent for attempt in self.attempts), default=None)

    @property
    def passed(self):
        return any(attempt.passed for attempt in self.attempts)


def quiz_question_count(quiz):
    """How many questions an attempt asks; when drawing from the bank, a scenario counts as one."""
    if quiz.questions_per_attempt_count < len(quiz.questions):
        return quiz.questions_per_attempt_count
    return sum(
        len(block.value["questions"]) if block.block_type == "scenario" else int(block.block_type != "description")
        for block in quiz.questions
    )


def quiz_summary(*, quiz, user):
    attempts, adjustment = [], None
    if quiz.pk is not None and user.is_authenticated:  # a new quiz previewed before it is saved has none
        attempts = list(QuizAttempt.objects.filter(quiz=quiz, enrolment__user=user).order_by("number"))
    if quiz.time_limit_minutes and user.is_authenticated:
        adjustment = adjustment_for(user)
    return QuizSummary(
        adjustment=adjustment,
        quiz=quiz,
        question_count=quiz_question_count(quiz),
        attempts=[attempt for attempt in attempts if attempt.submitted_at],
        open_attempt=next((attempt for attempt in attempts if not attempt.submitted_at), None),
    )


def question_form(question, saved=None):
    """One drawn question as the form shows it: its prompt, input template, what its type lets through,
    and the learner's own answer saved so far (`saved`, a list of form values) to fill the inputs again."""
    question_type = registry.get(question["type"])
    if saved is None:
        saved = []
    elif isinstance(saved, dict):  # matching stores {item id: answer id}; its form posts "item id=answer id"
        saved = [f"{stem}={choice}" for stem, choice in saved.items()]
    return {
        "id": question["id"],
        "type": question["type"],
        "prompt": question["prompt"],
        "prompt_format": question.get("prompt_format", "plain"),
        "template": question_type.input_template,
        "saved": saved if isinstance(saved, list) else [saved],
        **question_type.form_fields(question),
    }


def attempt_form_items(attempt):
    """The drawn items for the attempt form: prompts, option texts and the learner's saved answers only."""
    saved = attempt.answers or {}
    return [
        {
            "id": item["id"],
            "kind": item["kind"],
            "title": item.get("title", ""),
            "stem": item.get("stem", ""),
            "questions": [question_form(question, saved.get(question["id"])) for question in item["questions"]],
        }
        for item in attempt.questions
    ]


@dataclass
class QuestionReview:
    number: int
    question: dict
    given: object
    score: float
    answered: bool
    chosen_feedback: list
    revise_lesson: CourseStep | None
    outcome: dict

    @property
    def correct(self):
        return self.score == 1

    @property
    def pending(self):
        """An essay a trainer has still to mark."""
        return bool(self.outcome.get("pending"))

    @property
    def graded(self):
        return self.outcome.get("graded", True)

    @property
    def trainer_comment(self):
        return self.outcome.get("comment", "")

    @property
    def partly_correct(self):
        return 0 < self.score < 1

    @property
    def question_type(self):
        return registry.get(self.question["type"])

    @property
    def template(self):
        return self.question_type.review_template

    @property
    def given_text(self):
        """The learner's answer in words."""
        return self.question_type.answer_text(self.question, self.given)

    @property
    def correct_text(self):
        return self.question_type.correct_answer_text(self.question)


@dataclass
class AttemptReview:
    attempt: QuizAttempt
    items: list
    reveal: bool
    attempts_left: int | None

    @property
    def lessons_to_revise(self):
        seen, lessons = set(), []
        for _item, reviews in self.items:
            for review in reviews:
                if (
                    review.graded
                    and not review.correct
                    and not review.pending
                    and review.revise_lesson
                    and review.revise_lesson.page.pk not in seen
                ):
                    seen.add(review.revise_lesson.page.pk)
                    lessons.append(review.revise_lesson)
        return lessons


def attempt_review(*, attempt, request=None):
    """A graded attempt question by question: the learner's answers, feedback, and what to revise."""
    summary = quiz_summary(quiz=attempt.quiz, user=attempt.enrolment.user)
    lesson_ids = {
        q["revise_lesson_id"] for item in attempt.questions for q in item["questions"] if q["revise_lesson_id"]
    }
    lessons = {lesson.pk: lesson for lesson in LessonPage.objects.live().filter(pk__in=lesson_ids).defer_streamfields()}
    items, number = [], 0
    for item in attempt.questions:
        reviews = []
        for question in item["questions"]:
            number += 1
            given = attempt.answers.get(question["id"])
            outcome = attempt.results.get(question["id"], {"score": 0, "answered": False})
            lesson = lessons.get(question["revise_lesson_id"])
            reviews.append(
                QuestionReview(
                    number=number,
                    question=question,
                    given=given,
                    score=outcome["score"],
                    answered=outcome["answered"],
                    chosen_feedback=registry.get(question["type"]).chosen_feedback(question, given),
                    revise_lesson=CourseStep(lesson, lesson.get_url(request), False) if lesson else None,
                    outcome=outcome,
                )
            )
        items.append((item, reviews))
    reveal = reveal_answers(
        attempt.quiz.reveal_answers, passed=bool(attempt.passed), attempts_left=summary.attempts_left
    )
    # Held back entirely, not just hidden by the template: per-question marks and feedback follow the policy.
    return AttemptReview(
        attempt=attempt, items=items if reveal else [], reveal=reveal, attempts_left=summary.attempts_left
    )


def learner_quiz_results(*, enrolments):
    """'My learning' quiz results: each course's graded attempts in course order, in two queries at most."""
    graded = list(QuizAttempt.objects.filter(enrolment__in=enrolments, submitted_at__isnull=False))
    # The quizzes in a second query, and only when there are attempts to show: a join carried every question.
    quiz_ids = {attempt.quiz_id for attempt in graded}
    quizzes = QuizPage.objects.filter(pk__in=quiz_ids).defer("questions").in_bulk() if quiz_ids else {}
    attempts_by_enrolment = {}
    for attempt in sorted(graded, key=lambda attempt: (quizzes[attempt.quiz_id].path, attempt.number)):
        attempt.quiz = quizzes[attempt.quiz_id]
        attempts_by_enrolment.setdefault(attempt.enrolment_id, []).append(attempt)
    rows = [
        (enrolment, attempts_by_enrolment[enrolment.pk])
        for enrolment in enrolments
        if enrolment.pk in attempts_by_enrolment
    ]
    return DashboardSection(template="quizzes/includes/attempt_history.html", context={"rows": rows})
