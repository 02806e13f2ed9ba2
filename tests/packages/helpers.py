"""A small course exported as a package, for tests that break it one way or another."""

from courses.models import LessonPage
from packages.services import course_package_export
from tests.courses.factories import build_course
from tests.quizzes.factories import build_quiz


def small_package(catalogue):
    """The package of a two-module course with a module quiz whose first question revises lesson 1.1."""
    course = build_course(catalogue, slug="small-course", title="Small course")
    module = course.get_children().first()
    quiz = build_quiz(module)
    questions = list(quiz.questions.raw_data)
    questions[0]["value"]["revise_lesson"] = LessonPage.objects.get(slug="lesson-1-1").pk
    quiz.questions = questions
    quiz.save_revision().publish()
    files = course_package_export(course=course)
    course.delete()
    return files


def replaced(files, path, old, new):
    text = files[path].decode()
    assert old in text, f"{old!r} not in {path}"
    return {**files, path: text.replace(old, new, 1).encode()}
