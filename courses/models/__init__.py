"""Course page types and the learner progress records."""

from courses.choices import Level, Topic

from .pages import CourseIndexPage, CoursePage, CourseStepMixin, CourseTrainer, HomePage, LessonPage, ModulePage
from .progress import Enrolment, StepCompletion

__all__ = [
    "HomePage",
    "CourseIndexPage",
    "CoursePage",
    "CourseTrainer",
    "ModulePage",
    "LessonPage",
    "CourseStepMixin",
    "Topic",
    "Level",
    "Enrolment",
    "StepCompletion",
]
