"""A package with problems imports nothing, and every problem is listed with its file and line."""

import re

import pytest
from wagtail.images import get_image_model
from wagtail.models import Page

from packages.errors import PackageError
from packages.services import course_package_import
from tests.packages.helpers import replaced, small_package

LESSON = "01-module-1/01-lesson-1-1.html"
QUIZ_BANK = "01-module-1/03-quiz/questions.gift"


@pytest.fixture
def files(catalogue):
    return small_package(catalogue)


def problems_of(files, catalogue):
    pages = Page.objects.count()
    with pytest.raises(PackageError) as raised:
        course_package_import(files=files, catalogue=catalogue)
    assert Page.objects.count() == pages, "nothing is half-imported"
    return {(problem.file, problem.line): problem.message for problem in raised.value.problems}


def test_the_small_package_imports_cleanly(files, catalogue):
    course = course_package_import(files=files, catalogue=catalogue)

    assert [page.slug for page in course.get_descendants()] == [
        "module-1",
        "lesson-1-1",
        "lesson-1-2",
        "quiz",
        "module-2",
        "lesson-2-1",
        "lesson-2-2",
    ]


def test_a_toml_syntax_error_is_listed_with_its_line(files, catalogue):
    files = replaced(files, "course.toml", 'level = "foundation"', "level = foundation")

    problems = problems_of(files, catalogue)

    assert list(problems) == [("course.toml", 5)]
    assert "TOML" in problems[("course.toml", 5)]


def test_a_bad_topic_and_level_are_listed_with_their_lines(files, catalogue):
    files = replaced(files, "course.toml", 'topic = "negotiation"', 'topic = "knitting"')
    files = replaced(files, "course.toml", 'level = "foundation"', 'level = "wizard"')

    problems = problems_of(files, catalogue)

    assert "'topic'" in problems[("course.toml", 4)] and "knitting" in problems[("course.toml", 4)]
    assert "'level'" in problems[("course.toml", 5)]


def test_front_matter_errors_are_listed_with_their_lines(files, catalogue):
    files = replaced(files, LESSON, "estimated_minutes = 10", 'estimated_minutes = "ten"\ncolour = "red"')

    problems = problems_of(files, catalogue)

    assert "estimated_minutes" in problems[(LESSON, 5)]
    assert "unknown key 'colour'" in problems[(LESSON, 6)]


def test_every_problem_in_a_package_is_listed_at_once(files, catalogue):
    files = replaced(files, LESSON, '<section data-block="paragraph">', '<section data-block="carousel">')
    files = replaced(files, QUIZ_BANK, "// revise: lesson-1-1", "// revise: lesson-9-9")
    image = '<section data-block="image" data-image="media/missing.png" data-alt-text="x" data-caption="">'
    files = replaced(files, "02-module-2/01-lesson-2-1.html", "</section>", f"</section>\n\n{image}</section>")

    problems = problems_of(files, catalogue)

    assert "unknown block type 'carousel'" in problems[(LESSON, 8)]
    assert "no lesson has the slug 'lesson-9-9'" in problems[(QUIZ_BANK, 1)]
    assert "media/missing.png" in problems[("02-module-2/01-lesson-2-1.html", 12)]
    assert not get_image_model().objects.exists()


def test_an_existing_course_is_refused_unless_updating(files, catalogue):
    course_package_import(files=files, catalogue=catalogue)

    problems = problems_of(files, catalogue)

    assert "exists already" in problems[("course.toml", 2)]


def test_imported_html_is_sanitised_as_the_editor_would(files, catalogue):
    files = replaced(
        files,
        LESSON,
        "<p>Teaching 1.1</p>",
        (
            '<p onclick="steal()">Teaching <a href="javascript:alert(1)">here</a><script>alert(1)</script></p>'
            '<img src=x onerror="alert(1)"><iframe src="https://evil.example"></iframe>'
        ),
    )
    files = replaced(files, "course.toml", "<p>Overview.</p>", "<p>Overview.<script>alert(2)</script></p>")

    course = course_package_import(files=files, catalogue=catalogue)

    lesson = course.get_descendants().get(slug="lesson-1-1").specific.get_latest_revision_as_object()
    html = lesson.body.raw_data[0]["value"]
    assert "Teaching" in html and "here" in html
    for payload in ("onclick", "javascript:", "<script", "alert", "onerror", "<iframe", "<img"):
        assert payload not in html
    assert "<script" not in course.get_latest_revision_as_object().overview


def test_gift_errors_are_listed_with_the_parser_line(files, catalogue):
    files = replaced(files, QUIZ_BANK, "{", "{#\n  =five")

    problems = problems_of(files, catalogue)

    assert "'five' in a numerical answer is not a number" in problems[(QUIZ_BANK, 2)]


def test_a_trainer_who_is_a_learner_or_unknown_is_refused_with_the_line(files, catalogue):
    from tests.accounts.factories import UserFactory

    learner = UserFactory(email="learner.in.package@example.com")
    toml = files["course.toml"].decode()
    line = next(number for number, text in enumerate(toml.splitlines(), 1) if text.startswith("trainers"))
    trainers = f'trainers = ["{learner.email}", "nobody@example.com"]'
    files = {**files, "course.toml": re.sub(r"(?m)^trainers = .*$", trainers, toml).encode()}

    problems = problems_of(files, catalogue)

    assert "learner.in.package@example.com is not a member of staff" in problems[("course.toml", line)]
