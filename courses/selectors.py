"""Reads across the course tree and progress records, each in a fixed number of queries."""

import hashlib
import pickle
import re
from dataclasses import dataclass, field
from functools import cached_property, partial

from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail import hooks
from wagtail.models import Page

from academy.tree_cache import cached, cached_page
from courses.models import CourseIndexPage, CoursePage, Enrolment, LessonPage, Level, ModulePage, StepCompletion
from courses.outline import build_course_structure, live_course_structure, live_structure_key, reachable_course_id
from courses.progress import percent_complete
from courses.steps import step_page_models

LEVEL_ORDER = {level: position for position, level in enumerate(Level.values)}


@dataclass(eq=False)  # a step is itself: compared field by field, finding one among 500 cost a millisecond
class CourseStep:
    """A lesson, quiz or other step in a course, with whether this learner has done it."""

    page: Page
    url: str
    done: bool
    pending_label: str = ""  # what the step's type says of one begun but not done: "Not passed yet"

    @property
    def noun(self):
        return self.page.step_noun

    @property
    def status(self):
        """The outline's tag: "Completed", "Passed", "Not passed yet", "Not started"."""
        if self.done:
            return self.page.step_done_label
        return self.pending_label or "Not started"


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


@dataclass(eq=False)
class ModuleOutline(StepProgress):
    page: ModulePage
    url: str
    steps: list = field(default_factory=list)


class LiveModuleOutline(ModuleOutline):
    """A module of a live course whose steps are made when first asked for: a module page draws one module,
    and making every step of a 500-step course for it grew the page with the course."""

    def __init__(self, page, url, make_steps):
        self.page, self.url, self.make_steps = page, url, make_steps

    @cached_property
    def steps(self):
        return self.make_steps()


@dataclass
class CourseOutline(StepProgress):
    course: CoursePage
    enrolment: Enrolment | None
    modules: list
    final_steps: list = field(default_factory=list)
    structure_key: str = ""  # the cached structure's, empty for a structure built for one request (a preview)

    @cached_property
    def content_key(self):
        """Names this learner's view of the course's content: its structure, and whether each step is done."""
        if not self.structure_key:
            return ""
        progress = [(step.page.pk, step.done, step.pending_label) for step in self.steps]
        return hashlib.sha1(repr((self.structure_key, bool(self.enrolment), progress)).encode()).hexdigest()

    @cached_property
    def steps(self):
        return [step for module in self.modules for step in module.steps] + self.final_steps

    @cached_property
    def done(self):
        return sum(1 for step in self.steps if step.done)

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


def withdrawn_above(page):
    """Condition on pages: an ancestor of `page` that is unpublished."""
    above = [page.path[:end] for end in range(Page.steplen, len(page.path), Page.steplen)]
    return Q(path__in=above, live=False)


def reachable_course_of(page):
    """The live course holding a step, or None if it, or any page between, is unpublished: the course's query."""
    course_id = reachable_course_id(page)
    return CoursePage.objects.filter(pk=course_id).first() if course_id is not None else None


def live_steps_under(pages):
    """Reachable steps of every type below any of `pages`, in tree order: a query per step type, bodies left out."""
    if not pages:
        return []
    condition = below_any(pages)
    steps = [
        page for model in step_page_models() for page in reachable(model.objects.filter(condition)).defer_streamfields()
    ]
    return sorted(steps, key=lambda page: page.path)


def live_lessons_under(pages):
    return reachable(LessonPage.objects.filter(below_any(pages))).order_by("path")


def course_step_ids(course):
    """Ids of the reachable steps (lessons, quizzes...) a learner must finish to complete `course`."""
    return live_course_structure(course).step_ids


def enrolment_for(*, user, course, request=None):
    """The learner's enrolment on a course, looked up once per request however many parts of a page ask."""
    if not user.is_authenticated or course is None:
        return None
    found = getattr(request, "academy_enrolments", None)
    if found is not None and course.pk in found:
        return found[course.pk]
    enrolment = Enrolment.objects.filter(user=user, course=course).first()
    if request is not None:
        request.academy_enrolments = {**(found or {}), course.pk: enrolment}
    return enrolment


def done_step_ids(enrolments):
    """Ids of the steps completed under these enrolments, whatever their type: one query."""
    if not enrolments:
        return set()
    return set(StepCompletion.objects.filter(enrolment__in=enrolments).values_list("page_id", flat=True))


def pending_step_labels(enrolments):
    """{page id: label} for steps begun but not done, as each step type reports them: a query per type at most."""
    if not enrolments:
        return {}
    labels = {}
    for model in step_page_models():
        labels.update(model.step_pending_labels(enrolments=enrolments))
    return labels


def catalogue_courses(*, parent=None, query="", topic="", level=""):
    """Live courses for the catalogue, filtered by topic and level, then searched."""
    if not (query or topic or level):
        return every_live_course(parent)
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


def every_live_course(parent=None):
    """The unfiltered catalogue (the home page's and the catalogue's first view), from the tree cache."""

    def load():
        courses = CoursePage.objects.live().order_by("path")
        return pickle.dumps(list(courses.child_of(parent) if parent is not None else courses))

    return pickle.loads(cached(f"catalogue:{parent.pk if parent is not None else 0}", load))


def live_catalogue_under(home):
    """The live catalogue page below the home page, from the tree cache; None if there is none."""
    catalogues = CourseIndexPage.objects.live().child_of(home)
    index_id = cached(f"catalogue-page:{home.pk}", lambda: catalogues.values_list("pk", flat=True).first())
    return cached_page(index_id, CourseIndexPage) if index_id is not None else None


def search_words(query):
    """The words of a learner's search. Punctuation separates words in the index too, and a quote or
    a `column:` passed on would be read as search syntax by SQLite's full-text engine."""
    return re.findall(r"\w+", query)


def course_outline(*, course, user, request=None, structure=None):
    """A course's modules and steps with this learner's ticks: the structure (cached, or a preview's own)
    and the learner's completions from one query, the same at any size."""
    structure_key = ""
    if structure is None and getattr(request, "is_preview", False):
        structure = build_course_structure(course, request)
    elif structure is None:
        structure, structure_key = live_course_structure(course, request), live_structure_key(course, request)
    enrolment = enrolment_for(user=user, course=course, request=request)
    enrolments = [enrolment] if enrolment else []
    done_ids, pending_labels = done_step_ids(enrolments), pending_step_labels(enrolments)

    def steps(pages):
        return [CourseStep(page, page.url, page.pk in done_ids, pending_labels.get(page.pk, "")) for page in pages]

    return CourseOutline(
        course=course,
        enrolment=enrolment,
        modules=[
            LiveModuleOutline(module.page, module.page.url, partial(steps, module.steps))
            for module in structure.modules
        ],
        final_steps=steps(structure.final_steps),
        structure_key=structure_key,
    )


def lesson_navigation(*, lesson, course, user, request=None):
    """Where a step sits in its course: previous and next steps, module and course progress."""
    outline = course_outline(course=course, user=user, request=request)
    steps = outline.steps
    index = next((i for i, step in enumerate(steps) if step.page.pk == lesson.pk), None)
    if index is None:
        return LessonNavigation(outline=outline, module=None, position=0, previous=None, next=None, done=False)
    module = next((m for m in outline.modules if any(step is steps[index] for step in m.steps)), None)
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

    @property
    def percent(self):
        return percent_complete(self.done, self.total)


@dataclass
class LearnerDashboard:
    in_progress: list
    completed: list
    suggestions: list
    sections: list = field(default_factory=list)  # what other apps add, such as quiz results


@dataclass
class DashboardSection:
    """A part of 'My learning' another app adds through the `academy_my_learning_sections` hook."""

    template: str
    context: dict


def learner_dashboard(*, user, request=None):
    """'My learning': courses in progress with where to continue, completed ones, other apps' sections, what next."""
    live_courses = {course.pk: course for course in every_live_course()}
    enrolments = [
        enrolment
        for enrolment in Enrolment.objects.filter(user=user).order_by("-enrolled_at")
        if enrolment.course_id in live_courses
    ]
    for enrolment in enrolments:
        enrolment.course = live_courses[enrolment.course_id]  # from the tree cache, not a join
    done_ids = done_step_ids(enrolments)
    in_progress, completed = [], []
    for enrolment in enrolments:
        pages = live_course_structure(enrolment.course, request).steps
        next_page = next((page for page in pages if page.pk not in done_ids), None)
        row = LearnerCourse(
            enrolment=enrolment,
            next_step=CourseStep(next_page, next_page.url, False) if next_page else None,
            done=sum(1 for page in pages if page.pk in done_ids),
            total=len(pages),
        )
        (completed if enrolment.is_complete else in_progress).append(row)
    sections = [section(enrolments=enrolments) for section in hooks.get_hooks("academy_my_learning_sections")]
    return LearnerDashboard(
        in_progress=in_progress,
        completed=completed,
        suggestions=suggested_courses(enrolments, live_courses.values()),
        sections=[section for section in sections if section is not None],
    )


def suggested_courses(enrolments, live_courses, limit=3):
    """Courses not yet taken: the same topics first, then by level."""
    taken_ids = {enrolment.course_id for enrolment in enrolments}
    taken_topics = {enrolment.course.topic for enrolment in enrolments}
    candidates = [course for course in live_courses if course.pk not in taken_ids]
    candidates.sort(key=lambda c: (c.topic not in taken_topics, LEVEL_ORDER.get(c.level, 9), c.title))
    return candidates[:limit]
