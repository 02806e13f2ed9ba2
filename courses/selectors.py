"""Reads across the course tree and progress records, each in a fixed number of queries."""

import re
from dataclasses import dataclass, field

from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import Page

from courses.models import CoursePage, Enrolment, LessonCompletion, LessonPage, ModulePage, QuizAttempt, QuizPage
from courses.progress import percent_complete

LEVEL_ORDER = {"foundation": 0, "practitioner": 1, "expert": 2}


@dataclass
class CourseStep:
    """A lesson or quiz in a course, with whether this learner has done it (read, or passed)."""

    page: Page
    url: str
    done: bool
    attempted: bool = False  # a quiz with a graded attempt, passed or not

    @property
    def is_quiz(self):
        return isinstance(self.page, QuizPage)


class StepProgress:
    """done, total and percent, counted from `steps`: a module's or a whole course's."""

    @property
    def done(self):
        return sum(1 for step in self.steps if step.done)

    @property
    def total(self):
        return len(self.steps)

    @property
    def percent(self):
        return percent_complete(self.done, self.total)


@dataclass
class ModuleOutline(StepProgress):
    page: ModulePage
    url: str
    steps: list = field(default_factory=list)


@dataclass
class CourseOutline(StepProgress):
    course: CoursePage
    enrolment: Enrolment | None
    modules: list
    final_steps: list = field(default_factory=list)

    @property
    def steps(self):
        return [step for module in self.modules for step in module.steps] + self.final_steps

    @property
    def next_step(self):
        """The first lesson or quiz not yet done, in course order: where 'Continue' takes a learner."""
        return next((step for step in self.steps if not step.done), None)

    def module_for(self, module_id):
        return next((module for module in self.modules if module.page.pk == module_id), None)


@dataclass
class LessonNavigation:
    outline: CourseOutline
    module: ModuleOutline | None
    position: int
    previous: CourseStep | None
    next: CourseStep | None
    done: bool

    @property
    def next_url(self):
        return self.next.url if self.next else None


def below_any(pages):
    condition = Q(pk__in=[])
    for page in pages:
        condition |= Q(path__startswith=page.path, depth__gt=page.depth)
    return condition


def under_unpublished_page():
    """Condition on pages: a page above it is unpublished. Wagtail still serves a live page there, so we must not."""
    hidden_above = (
        Page.objects.filter(live=False, depth__lt=OuterRef("depth"))
        .alias(outer_prefix=Substr(OuterRef("path"), 1, Length("path")))
        .filter(outer_prefix=F("path"))
    )
    return Exists(hidden_above)


def reachable(queryset):
    """Live pages of `queryset` that a learner can reach: published, and nothing above them withdrawn."""
    return queryset.live().exclude(under_unpublished_page())


def reachable_course_of(page):
    """The live course holding a lesson or quiz, or None if it, or any page between, is unpublished: one query."""
    above = [page.path[:end] for end in range(Page.steplen, len(page.path), Page.steplen)]
    withdrawn_above = Page.objects.filter(path__in=above, live=False)
    return CoursePage.objects.ancestor_of(page).live().exclude(Exists(withdrawn_above)).first()


def live_steps_under(pages):
    """Reachable lessons and quizzes below any of `pages`, in tree order: two queries, bodies left out."""
    if not pages:
        return []
    lessons = reachable(LessonPage.objects.filter(below_any(pages))).defer_streamfields()
    quizzes = reachable(QuizPage.objects.filter(below_any(pages))).defer_streamfields()
    return sorted([*lessons, *quizzes], key=lambda page: page.path)


def live_lessons_under(pages):
    return reachable(LessonPage.objects.filter(below_any(pages))).order_by("path")


def course_step_ids(course):
    """Ids of the reachable lessons and quizzes a learner must finish to complete `course`."""
    condition = below_any([course])
    return [
        *reachable(LessonPage.objects.filter(condition)).values_list("pk", flat=True),
        *reachable(QuizPage.objects.filter(condition)).values_list("pk", flat=True),
    ]


def enrolment_for(*, user, course):
    if not user.is_authenticated or course is None:
        return None
    return Enrolment.objects.filter(user=user, course=course).first()


def done_step_ids(enrolments):
    """Lessons completed and quizzes passed under these enrolments: two queries."""
    return step_states(enrolments)[0]


def step_states(enrolments):
    """(ids of lessons completed and quizzes passed, ids of quizzes attempted): two queries."""
    if not enrolments:
        return set(), set()
    graded = QuizAttempt.objects.filter(enrolment__in=enrolments, submitted_at__isnull=False)
    quiz_results = set(graded.values_list("quiz_id", "passed").distinct())
    quizzes_passed = {quiz_id for quiz_id, passed in quiz_results if passed}
    quizzes_attempted = {quiz_id for quiz_id, _ in quiz_results}
    lessons_done = set(LessonCompletion.objects.filter(enrolment__in=enrolments).values_list("lesson_id", flat=True))
    return lessons_done | quizzes_passed, quizzes_attempted


def catalogue_courses(*, parent=None, query="", topic="", level=""):
    """Live courses for the catalogue, filtered by topic and level, then searched."""
    courses = CoursePage.objects.live().order_by("path")
    if parent is not None:
        courses = courses.child_of(parent)
    if topic:
        courses = courses.filter(topic=topic)
    if level:
        courses = courses.filter(level=level)
    if query:
        words = search_words(query)
        return list(courses.search(" ".join(words), operator="and")) if words else []
    return list(courses)


def search_words(query):
    """The words of a learner's search. Punctuation separates words in the index too, and a quote or
    a `column:` passed on would be read as search syntax by SQLite's full-text engine."""
    return re.findall(r"\w+", query)


def course_outline(*, course, user, request=None):
    """A course's modules, lessons and quizzes with this learner's ticks; the same queries at any size."""
    enrolment = enrolment_for(user=user, course=course)
    done_ids, attempted_ids = step_states([enrolment] if enrolment else [])
    modules = {
        module.path: ModuleOutline(page=module, url=module.get_url(request))
        for module in ModulePage.objects.live().child_of(course).order_by("path")
    }
    outline = CourseOutline(course=course, enrolment=enrolment, modules=list(modules.values()))
    for page in live_steps_under([course]):
        step = CourseStep(
            page=page, url=page.get_url(request), done=page.pk in done_ids, attempted=page.pk in attempted_ids
        )
        parent_path = page.path[: -Page.steplen]
        if parent_path in modules:
            modules[parent_path].steps.append(step)
        elif parent_path == course.path:
            outline.final_steps.append(step)
    return outline


def lesson_navigation(*, lesson, course, user, request=None):
    """Where a lesson or quiz sits in its course: previous and next steps, module and course progress."""
    outline = course_outline(course=course, user=user, request=request)
    steps = outline.steps
    index = next((i for i, step in enumerate(steps) if step.page.pk == lesson.pk), None)
    if index is None:
        return LessonNavigation(outline=outline, module=None, position=0, previous=None, next=None, done=False)
    module = next((m for m in outline.modules if steps[index] in m.steps), None)
    return LessonNavigation(
        outline=outline,
        module=module,
        position=index + 1,
        previous=steps[index - 1] if index > 0 else None,
        next=steps[index + 1] if index + 1 < len(steps) else None,
        done=steps[index].done,
    )


@dataclass
class LearnerCourse:
    enrolment: Enrolment
    next_step: CourseStep | None
    done: int
    total: int
    attempts: list

    @property
    def percent(self):
        return percent_complete(self.done, self.total)


@dataclass
class LearnerDashboard:
    in_progress: list
    completed: list
    suggestions: list


def learner_dashboard(*, user, request=None):
    """'My learning': courses in progress with where to continue, completed ones, quiz history, what next."""
    enrolments = list(
        Enrolment.objects.filter(user=user, course__live=True).select_related("course").order_by("-enrolled_at")
    )
    done_ids = done_step_ids(enrolments)
    steps_by_course = group_steps_by_course([enrolment.course for enrolment in enrolments])
    attempts_by_enrolment = {}
    graded = QuizAttempt.objects.filter(enrolment__in=enrolments, submitted_at__isnull=False).select_related("quiz")
    for attempt in graded.order_by("quiz__path", "number"):
        attempts_by_enrolment.setdefault(attempt.enrolment_id, []).append(attempt)
    in_progress, completed = [], []
    for enrolment in enrolments:
        pages = steps_by_course[enrolment.course.path]
        next_page = next((page for page in pages if page.pk not in done_ids), None)
        row = LearnerCourse(
            enrolment=enrolment,
            next_step=CourseStep(next_page, next_page.get_url(request), False) if next_page else None,
            done=sum(1 for page in pages if page.pk in done_ids),
            total=len(pages),
            attempts=attempts_by_enrolment.get(enrolment.pk, []),
        )
        (completed if enrolment.is_complete else in_progress).append(row)
    return LearnerDashboard(in_progress=in_progress, completed=completed, suggestions=suggested_courses(enrolments))


def group_steps_by_course(courses):
    """{course path: [live lessons and quizzes in order]} for several courses in two queries."""
    steps_by_course = {course.path: [] for course in courses}
    path_lengths = {len(path) for path in steps_by_course}
    for page in live_steps_under(courses):
        course_path = next(page.path[:n] for n in path_lengths if page.path[:n] in steps_by_course)
        steps_by_course[course_path].append(page)
    return steps_by_course


def suggested_courses(enrolments, limit=3):
    """Courses not yet taken: the same topics first, then by level."""
    taken_ids = {enrolment.course_id for enrolment in enrolments}
    taken_topics = {enrolment.course.topic for enrolment in enrolments}
    candidates = [course for course in CoursePage.objects.live() if course.pk not in taken_ids]
    candidates.sort(key=lambda c: (c.topic not in taken_topics, LEVEL_ORDER.get(c.level, 9), c.title))
    return candidates[:limit]


# Quizzes. The attempt form is built from a stripped copy of the drawn questions, so correct
# answers and feedback cannot reach the browser before grading.


@dataclass
class QuizSummary:
    quiz: QuizPage
    question_count: int
    attempts: list
    open_attempt: QuizAttempt | None

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
    return sum(len(block.value["questions"]) if block.block_type == "scenario" else 1 for block in quiz.questions)


def quiz_summary(*, quiz, user):
    attempts = []
    if quiz.pk is not None and user.is_authenticated:  # a new quiz previewed before it is saved has none
        attempts = list(QuizAttempt.objects.filter(quiz=quiz, enrolment__user=user).order_by("number"))
    return QuizSummary(
        quiz=quiz,
        question_count=quiz_question_count(quiz),
        attempts=[attempt for attempt in attempts if attempt.submitted_at],
        open_attempt=next((attempt for attempt in attempts if not attempt.submitted_at), None),
    )


def attempt_form_items(attempt):
    """The drawn items for the attempt form: prompts and option texts only."""
    return [
        {
            "id": item["id"],
            "kind": item["kind"],
            "title": item.get("title", ""),
            "stem": item.get("stem", ""),
            "questions": [
                {
                    "id": question["id"],
                    "type": question["type"],
                    "prompt": question["prompt"],
                    "options": [{"id": option["id"], "text": option["text"]} for option in question.get("options", [])],
                }
                for question in item["questions"]
            ],
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

    @property
    def correct(self):
        return self.score == 1

    @property
    def partly_correct(self):
        return 0 < self.score < 1

    @property
    def given_text(self):
        """The learner's answer in words."""
        options = {option["id"]: option["text"] for option in self.question.get("options", [])}
        if self.question["type"] == "multiple_response":
            return "; ".join(options[value] for value in self.given or [] if value in options)
        if self.question["type"] in ("single_choice",):
            return options.get(self.given, "")
        if self.question["type"] == "true_false":
            return {"true": "True", "false": "False"}.get(self.given, "")
        return self.given or ""

    @property
    def correct_text(self):
        if "options" in self.question:
            return "; ".join(option["text"] for option in self.question["options"] if option["correct"])
        if self.question["type"] == "true_false":
            return "True" if self.question["answer"] else "False"
        return " or ".join(self.question["accepted"])


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
                if not review.correct and review.revise_lesson and review.revise_lesson.page.pk not in seen:
                    seen.add(review.revise_lesson.page.pk)
                    lessons.append(review.revise_lesson)
        return lessons


def attempt_review(*, attempt, request=None):
    """A graded attempt question by question: the learner's answers, feedback, and what to revise."""
    from courses.scoring import reveal_answers

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
            chosen = given if isinstance(given, list) else [given]
            lesson = lessons.get(question["revise_lesson_id"])
            reviews.append(
                QuestionReview(
                    number=number,
                    question=question,
                    given=given,
                    score=outcome["score"],
                    answered=outcome["answered"],
                    chosen_feedback=[
                        o["feedback"] for o in question.get("options", []) if o["id"] in chosen and o["feedback"]
                    ],
                    revise_lesson=CourseStep(lesson, lesson.get_url(request), False) if lesson else None,
                )
            )
        items.append((item, reviews))
    reveal = reveal_answers(
        attempt.quiz.reveal_answers, passed=bool(attempt.passed), attempts_left=summary.attempts_left
    )
    return AttemptReview(attempt=attempt, items=items, reveal=reveal, attempts_left=summary.attempts_left)
