"""Apps depend one way: quizzes knows courses, courses knows nothing of quizzes (bar its demo, the composition root)."""

import ast
from pathlib import Path

import courses
from courses.steps import step_page_models

COURSES = Path(courses.__file__).parent


def imported_modules(path):
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def test_courses_imports_nothing_from_quizzes():
    offenders = [
        f"{path.relative_to(COURSES.parent)} imports {module}"
        for path in COURSES.rglob("*.py")
        if "demo" not in path.relative_to(COURSES).parts
        for module in imported_modules(path)
        if module == "quizzes" or module.startswith("quizzes.")
    ]
    assert offenders == []


def test_courses_counts_steps_of_types_it_does_not_name():
    assert {model._meta.label for model in step_page_models()} == {"courses.LessonPage", "quizzes.QuizPage"}
