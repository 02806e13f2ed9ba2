"""Privacy fixtures: exports written to a temporary folder, a learner with a submitted quiz attempt."""

import pytest
from django.core.files.storage import FileSystemStorage

from courses.services import lesson_complete
from privacy.models import SubjectAccessExport
from quizzes.services import quiz_attempt_start, quiz_attempt_submit
from tests.accounts.factories import sign_in_staff, staff_user
from tests.courses.factories import lessons_of
from tests.quizzes.factories import RIGHT_ANSWERS


@pytest.fixture(autouse=True)
def private_exports(tmp_path, monkeypatch):
    monkeypatch.setattr(SubjectAccessExport._meta.get_field("file"), "storage", FileSystemStorage(location=tmp_path))


@pytest.fixture
def studied_learner(enrolled_learner, course, quiz):
    """Enrolled, one lesson read, one quiz attempt submitted with the right answers."""
    lesson_complete(user=enrolled_learner, lesson=lessons_of(course)[0])
    attempt = quiz_attempt_start(user=enrolled_learner, quiz=quiz)
    quiz_attempt_submit(attempt=attempt, answers=RIGHT_ANSWERS)
    return enrolled_learner


@pytest.fixture
def admin(db):
    return staff_user()


@pytest.fixture
def admin_client(client, admin):
    sign_in_staff(client, admin)
    return client
