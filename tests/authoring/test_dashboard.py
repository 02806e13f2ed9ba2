"""The admin dashboard's academy figures, in the viewer's scope, and report rows that link through."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from authoring.dashboard import academy_figures, courses_awaiting_review
from courses.models import Enrolment, LessonPage
from courses.services import enrolment_create
from tests.accounts.factories import UserFactory, sign_in_staff, staff_user
from tests.authoring.factories import reviewer, trainer
from tests.courses.factories import build_course


def figures_of(user):
    return {figure.label: figure.value for figure in academy_figures(user=user)}


@pytest.fixture
def academy(course, catalogue):
    other = build_course(catalogue, slug="other-course", title="Other course")
    learners = [UserFactory() for _ in range(3)]
    for learner in learners:
        enrolment_create(user=learner, course=course)
    enrolment_create(user=learners[0], course=other)
    Enrolment.objects.filter(user=learners[0], course=course).update(
        completed_at=timezone.now(), last_activity_at=timezone.now()
    )
    Enrolment.objects.filter(user=learners[1]).update(due_date=timezone.localdate() - datetime.timedelta(days=3))
    Enrolment.objects.filter(user=learners[2]).update(enrolled_at=timezone.now() - datetime.timedelta(days=70))
    return course, other


def test_an_admin_sees_every_course_in_the_figures(academy):
    figures = figures_of(staff_user())

    assert figures["Enrolments this month"] == 3  # the fourth was made 70 days ago
    assert figures["Completions this month"] == 1
    assert figures["Overdue"] == 1
    assert figures["Active learners (last 30 days)"] == 1


def test_a_trainer_sees_only_their_courses(academy):
    course, other = academy
    named = trainer()
    other.trainers.add(named)
    other.save()

    figures = figures_of(named)

    assert figures["Enrolments this month"] == 1
    assert figures["Completions this month"] == 0


def test_courses_with_a_page_in_review_are_counted(academy):
    course, other = academy
    reviewer()
    author = trainer()
    lesson = LessonPage.objects.descendant_of(course).first()
    lesson.save_revision(user=author)
    lesson.get_workflow().start(lesson, author)

    assert courses_awaiting_review(staff_user()) == [course]


def test_the_dashboard_shows_the_figures_linked_to_reports_without_external_avatars(client, academy):
    sign_in_staff(client, staff_user())

    page = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Your academy" in page and "Enrolments this month" in page
    assert reverse("tracking_reports:overdue") in page
    assert "gravatar.com" not in page


def test_completion_by_course_rows_link_to_that_courses_learners(client, academy):
    course, other = academy
    sign_in_staff(client, staff_user())

    page = client.get(reverse("tracking_reports:courses")).content.decode()

    assert f'{reverse("tracking_reports:enrolments")}?course={course.pk}"' in page
    assert f'{reverse("tracking_reports:enrolments")}?course={other.pk}"' in page
