"""Shared fixtures: a site with the catalogue, a course, learners."""

import os

import pytest

from tests.accounts.factories import PASSWORD, UserFactory
from tests.courses.factories import build_course, build_site

# Playwright's sync API runs an event loop in the test thread; the ORM beside it is safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def catalogue(db):
    return build_site()


@pytest.fixture
def course(catalogue):
    return build_course(catalogue)


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
