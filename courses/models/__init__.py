"""Course page types and the learner progress records."""

from courses.choices import Level, Topic

from .pages import CourseIndexPage, CoursePage, CourseStepMixin, HomePage, LessonPage, ModulePage
from .progress import Enrolment, StepCompletion

__all__ = [
    "HomePage",
    "CourseIndexPage",
    "CoursePage",
    "ModulePage",
    "LessonPage",
    "CourseStepMixin",
    "Topic",
    "Level",
    "Enrolment",
    "StepCompletion",
]
