"""Certificate fixtures: a course that certifies, and a learner who completed it."""

import pytest

from certificates.models import Certificate
from tests.accounts.factories import UserFactory
from tests.certificates.factories import certify, complete_course
from tests.courses.factories import build_course


@pytest.fixture
def certifying_course(catalogue):
    course = build_course(catalogue, slug="contract-management", title="Contract management", modules=1, lessons=2)
    certify(course)
    return course


@pytest.fixture
def holder(db):
    return UserFactory(first_name="Ada", last_name="Lovelace")


@pytest.fixture
def certificate(holder, certifying_course):
    complete_course(holder, certifying_course)
    return Certificate.objects.get(user=holder)
