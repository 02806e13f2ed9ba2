"""Shared fixtures: a site with the catalogue, a course with a module quiz, learners."""

import os

import pytest

from courses.models import ModulePage
from courses.services import enrolment_create
from tests.accounts.factories import PASSWORD, UserFactory
from tests.courses.factories import build_course, build_site
from tests.quizzes.factories import build_quiz

# Playwright's sync API runs an event loop in the test thread; the ORM beside it is safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def catalogue(db):
    return build_site()


@pytest.fixture
def course(catalogue):
    return build_course(catalogue)


@pytest.fixture
def quiz(course):
    """The standard quiz bank at the end of the course's first module."""
    return build_quiz(ModulePage.objects.child_of(course).first())


@pytest.fixture
def enrolled_learner(learner, course):
    enrolment_create(user=learner, course=course)
    return learner


@pytest.fixture
def learner(db):
    return UserFactory()


@pytest.fixture
def other_learner(db):
    return UserFactory()


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate limits and used one-time codes live in the cache; each test starts without them."""
    from django.core.cache import cache

    cache.clear()
    yield
