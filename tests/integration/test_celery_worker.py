"""With a real Redis broker and Celery worker (CI), publishing a lesson refreshes learners' progress."""

import json
import os
import time

import pytest
from django.conf import settings

from academy.celery import app
from courses.models import Enrolment, LessonPage
from courses.services import enrolment_create, lesson_complete
from courses.tasks import send_course_completed_email
from tests.courses.factories import build_course, build_site, lessons_of

pytestmark = [pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def real_broker():
    if not settings.CELERY_BROKER_URL:
        if os.environ.get("REQUIRE_CELERY_WORKER"):
            pytest.fail("REQUIRE_CELERY_WORKER is set but CELERY_BROKER_URL is empty")
        pytest.skip("no CELERY_BROKER_URL: the worker tests run in CI against Redis")
    app.conf.task_always_eager = False
    yield
    app.conf.task_always_eager = True


def wait_for(condition, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def test_worker_recalculates_progress_when_a_lesson_is_published(learner):
    course = build_course(build_site(), modules=1, lessons=2)
    enrolment_create(user=learner, course=course)
    first = lessons_of(course)[0]
    lesson_complete(user=learner, lesson=first)
    assert Enrolment.objects.get(user=learner).progress_percent == 50

    module = first.get_parent()
    new_lesson = module.add_child(
        instance=LessonPage(
            title="Lesson 1.3",
            slug="lesson-1-3",
            live=False,
            body=json.dumps([{"type": "paragraph", "value": "<p>New</p>"}]),
        )
    )
    new_lesson.save_revision().publish()  # commits, so on_commit queues the task to Redis

    assert wait_for(lambda: Enrolment.objects.get(user=learner).progress_percent == 33), (
        "the Celery worker did not recalculate progress after the lesson was published"
    )


def test_worker_sends_the_completion_email_once(learner):
    course = build_course(build_site(), modules=1, lessons=1)
    enrolment = enrolment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0])
    assert wait_for(lambda: Enrolment.objects.get(pk=enrolment.pk).completion_email_sent_at is not None)

    # Run again, as a retried task would: the email is not sent twice.
    assert send_course_completed_email.delay(enrolment.pk).get(timeout=30) is False
