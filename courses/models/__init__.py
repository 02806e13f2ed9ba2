"""Course page types and the learner progress records."""

from .pages import CourseIndexPage, CoursePage, HomePage, LessonPage, ModulePage
from .progress import Enrolment, LessonCompletion
from .quizzes import QuizAttempt, QuizPage

__all__ = [
    "HomePage",
    "CourseIndexPage",
    "CoursePage",
    "ModulePage",
    "LessonPage",
    "Enrolment",
    "LessonCompletion",
    "QuizPage",
    "QuizAttempt",
]
