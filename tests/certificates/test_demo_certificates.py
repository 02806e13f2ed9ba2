"""The demo academy shows certificates: the demo learner holds a valid one and one expiring soon; one is revoked."""

from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from certificates.models import Certificate, CourseCertification
from courses.demo.builder import build_demo_academy
from courses.models import Enrolment
from tracking.models import Assignment


@pytest.fixture(scope="module")
def built_academy(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        build_demo_academy(log=lambda line: None)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo_academy(built_academy, db):
    """Each test runs in its own savepoint inside the built academy."""


def test_demo_courses_are_set_to_certify(demo_academy):
    foundation = CourseCertification.objects.get(course__slug="contract-management-foundation")
    assert foundation.accreditation_line == "Contract Management Foundation"
    assert foundation.validity_months == 24


def test_the_demo_learner_holds_a_valid_and_an_expiring_certificate(demo_academy):
    today = timezone.localdate()
    held = Certificate.objects.valid().filter(user__email="learner@example.com")
    assert held.filter(course__slug="contract-management-foundation", valid_until__gt=today + timedelta(days=600))
    expiring = held.get(valid_until__lte=today + timedelta(days=30))
    assert expiring.course.slug == "supplier-relationship-management"
    # Inside its renewal window: the whole course is assigned again, due on the expiry date.
    enrolment = Enrolment.objects.get(user=expiring.user, course=expiring.course)
    assert enrolment.completed_at is None and enrolment.due_date == expiring.valid_until
    assert Assignment.objects.filter(course=expiring.course, learners=expiring.user).exists()


def test_one_cohort_certificate_is_revoked(demo_academy):
    [revoked] = Certificate.objects.filter(revoked_at__isnull=False)
    assert revoked.user.email != "learner@example.com"
    assert revoked.revoked_reason


def test_building_again_adds_no_certificates(demo_academy):
    count = Certificate.objects.count()
    build_demo_academy(log=lambda line: None)
    assert Certificate.objects.count() == count
