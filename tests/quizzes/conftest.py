"""A course whose first module ends with the standard quiz bank, and an enrolled learner."""

import pytest

from courses.models import ModulePage
from courses.services import enrolment_create
from tests.quizzes.factories import build_quiz


@pytest.fixture
def quiz(course):
    return build_quiz(ModulePage.objects.child_of(course).first())


@pytest.fixture
def enrolled_learner(learner, course):
    enrolment_create(user=learner, course=course)
    return learner
