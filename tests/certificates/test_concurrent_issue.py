"""On PostgreSQL: the issuing task run on several workers at once still makes one certificate."""

import pytest
from django.db import connection

from certificates.models import Certificate
from certificates.services import certificate_issue
from tests.accounts.factories import UserFactory
from tests.certificates.factories import certify, complete_course
from tests.courses.factories import build_course, build_site
from tests.integration.test_quiz_concurrency import run_together

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("concurrency is tested on PostgreSQL (CI runs it with DATABASE_URL)")


def test_issuing_on_two_workers_at_once_makes_one_certificate():
    course = build_course(build_site(), modules=1, lessons=1)
    certify(course)
    learner = UserFactory()
    enrolment = complete_course(learner, course)
    Certificate.objects.all().delete()  # as if the completion's task had not run yet

    outcomes = run_together(lambda: certificate_issue(enrolment_id=enrolment.pk).pk, 6)

    assert not [outcome for outcome in outcomes if isinstance(outcome, Exception)], outcomes
    assert len(set(outcomes)) == 1
    assert Certificate.objects.count() == 1
