"""A course's structure: its modules and steps in order, with titles and URLs, the same for every learner.

The live structure is read from the database once per version of the page tree and kept in the shared cache
(academy/tree_cache.py), so a course page costs the same at 5 lessons or 500; each learner's progress is laid
over it by courses.selectors from one query. Publishing, unpublishing, moving or deleting any page sets a new
version. A trainer's preview does not use the cache: `build_course_structure` reads the tree as it stands,
and a preview may build its structure another way (from drafts) and lay progress over it just the same.
"""

from dataclasses import dataclass

from wagtail.models import Page

from academy.sites import site_for_request
from academy.tree_cache import cached, tree_version
from courses.models import CoursePage, ModulePage


@dataclass(frozen=True)
class OutlinePage:
    """What an outline shows of a page; templates read it as they would the page (`page.title`, `page.pk`)."""

    pk: int
    title: str
    path: str
    url: str
    summary: str = ""
    step_noun: str = ""  # a step's: "lesson", "quiz"
    step_done_label: str = ""  # a step's tag once done: "Completed", "Passed"

    @classmethod
    def of(cls, page, request=None):
        return cls(
            pk=page.pk,
            title=page.title,
            path=page.path,
            url=page.get_url(request),
            summary=getattr(page, "summary", ""),
            step_noun=getattr(page, "step_noun", ""),
            step_done_label=getattr(page, "step_done_label", ""),
        )


@dataclass(frozen=True)
class ModuleStructure:
    page: OutlinePage
    steps: tuple


@dataclass(frozen=True)
class CourseStructure:
    """A course's live modules and reachable steps in tree order, and whether the course itself can be reached."""

    course_id: int
    course_path: str
    reachable: bool  # live, and no page above it unpublished
    modules: tuple = ()
    final_steps: tuple = ()

    @property
    def steps(self):
        return [step for module in self.modules for step in module.steps] + list(self.final_steps)

    @property
    def step_ids(self):
        return [step.pk for step in self.steps]

    def holds_parent_of(self, page):
        """True if `page` sits directly under this course or under one of its live modules."""
        parent_path = page.path[: -Page.steplen]
        return parent_path == self.course_path or any(module.page.path == parent_path for module in self.modules)


def build_course_structure(course, request=None):
    """The course's structure as the tree stands: live modules, steps no unpublished page hides, in order."""
    from courses.selectors import live_steps_under, withdrawn_above  # selectors lay progress over this module

    reachable = course.live and not Page.objects.filter(withdrawn_above(course)).exists()
    modules = {
        module.path: (OutlinePage.of(module, request), [])
        for module in ModulePage.objects.live().child_of(course).order_by("path")
    }
    final_steps = []
    for page in live_steps_under([course]):
        parent_path = page.path[: -Page.steplen]
        if parent_path in modules:
            modules[parent_path][1].append(OutlinePage.of(page, request))
        elif parent_path == course.path:
            final_steps.append(OutlinePage.of(page, request))
    return CourseStructure(
        course_id=course.pk,
        course_path=course.path,
        reachable=reachable,
        modules=tuple(ModuleStructure(page, tuple(steps)) for page, steps in modules.values()),
        final_steps=tuple(final_steps),
    )


def live_course_structure(course, request=None):
    """The cached structure of a live course; URLs are the ones for the request's site."""
    return cached(structure_key(course, request), lambda: build_course_structure(course, request))


def structure_key(course, request=None):
    site = site_for_request(request) if request is not None else None
    return f"course-structure:{course.pk}:{site.pk if site else 0}"


def live_structure_key(course, request=None):
    """What names the live structure in use, for caches of what is drawn from it; empty while nothing is shared."""
    version = tree_version()
    return f"{version}:{structure_key(course, request)}" if version else ""


def course_ids_by_path():
    """{tree path: id} of every course, live or not, to find the course above a page without a query."""
    return cached("course-paths", lambda: dict(CoursePage.objects.values_list("path", "pk")))


def course_id_above(page):
    by_path = course_ids_by_path()
    above = (page.path[:end] for end in range(Page.steplen, len(page.path), Page.steplen))
    return next((by_path[path] for path in above if path in by_path), None)


def reachable_course_id(page):
    """The id of the live course holding a step, or None if it, or any page between, is unpublished."""
    course_id = course_id_above(page)
    if course_id is None:
        return None
    structure = cached(f"course-structure:{course_id}:0", lambda: structure_by_id(course_id))
    return course_id if structure is not None and structure.reachable and structure.holds_parent_of(page) else None


def structure_by_id(course_id):
    course = CoursePage.objects.filter(pk=course_id).first()
    return build_course_structure(course) if course is not None else None
