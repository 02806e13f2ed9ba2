"""Certificate fixtures: a certifying course, and a learner who has completed it."""

from django.test import TestCase

from certificates.models import CourseCertification, RenewalRoute
from courses.models import Enrolment
from courses.services import enrolment_create, lesson_complete
from tests.courses.factories import lessons_of


def certify(course, *, months=24, route=RenewalRoute.FINAL_ASSESSMENT, line="Contract Management Foundation"):
    return CourseCertification.objects.create(
        course=course,
        accreditation_line=line,
        signatory_name="Alex Morgan",
        signatory_role="Head of the Commercial Skills Academy",
        validity_months=months,
        renewal_route=route,
    )


def on_commit():
    """Run what the code queues on commit, as a real request's commit would."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def complete_course(user, course):
    """Enrol and read every lesson, as a learner would: the last one completes the course (tasks run on commit)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        enrolment_create(user=user, course=course)
        for lesson in lessons_of(course):
            lesson_complete(user=user, lesson=lesson)
    return Enrolment.objects.get(user=user, course=course)
