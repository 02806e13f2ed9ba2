"""Enrolling and completing lessons through the services: idempotent, validated, recalculated."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from courses.models import Enrolment, LessonPage, StepCompletion
from courses.services import NotEnrolled, course_completed_email_send, enrolment_create, lesson_complete
from tests.courses.factories import lessons_of, paragraph_body


@pytest.fixture
def enrolment(learner, course):
    return enrolment_create(user=learner, course=course)


def complete_all(learner, lessons):
    for lesson in lessons:
        lesson_complete(user=learner, lesson=lesson)


def completion_emails():
    return [message for message in mail.outbox if message.subject.startswith("You have completed")]


# Enrolment


def test_enrolling_twice_keeps_one_enrolment(learner, course):
    first = enrolment_create(user=learner, course=course)
    second = enrolment_create(user=learner, course=course)
    assert second.pk == first.pk
    assert Enrolment.objects.filter(user=learner, course=course).count() == 1


def test_unpublished_course_refuses_enrolment(learner, course):
    course.unpublish()
    course.refresh_from_db()
    with pytest.raises(ValidationError, match="not open for enrolment"):
        enrolment_create(user=learner, course=course)
    assert not Enrolment.objects.exists()


# Completing lessons


def test_completing_a_lesson_twice_records_it_once(learner, course, enrolment):
    lesson = lessons_of(course)[0]
    first = lesson_complete(user=learner, lesson=lesson)
    enrolment.refresh_from_db()
    percent = enrolment.progress_percent
    second = lesson_complete(user=learner, lesson=lesson)
    enrolment.refresh_from_db()
    assert second.pk == first.pk
    assert StepCompletion.objects.count() == 1
    assert enrolment.progress_percent == percent == 25


def test_not_enrolled_learner_cannot_complete_a_lesson(learner, course):
    with pytest.raises(NotEnrolled):
        lesson_complete(user=learner, lesson=lessons_of(course)[0])
    assert issubclass(NotEnrolled, PermissionDenied)
    assert not StepCompletion.objects.exists()


def test_unpublished_lesson_cannot_be_completed(learner, course, enrolment):
    lesson = lessons_of(course)[0]
    lesson.unpublish()
    lesson.refresh_from_db()
    with pytest.raises(ValidationError, match="not available"):
        lesson_complete(user=learner, lesson=lesson)
    assert not StepCompletion.objects.exists()


def test_progress_is_recounted_from_completions(learner, course, enrolment):
    lessons = lessons_of(course)
    percents = []
    for lesson in lessons:
        lesson_complete(user=learner, lesson=lesson)
        enrolment.refresh_from_db()
        percents.append(enrolment.progress_percent)
    assert percents == [25, 50, 75, 100]
    assert enrolment.last_activity_at is not None


def test_progress_stays_consistent_when_the_stored_figure_is_wrong(learner, course, enrolment):
    lesson_complete(user=learner, lesson=lessons_of(course)[0])
    Enrolment.objects.filter(pk=enrolment.pk).update(progress_percent=90)  # a stale or corrupted total
    lesson_complete(user=learner, lesson=lessons_of(course)[1])
    enrolment.refresh_from_db()
    assert enrolment.progress_percent == 50
    assert enrolment.completed_at is None


def test_completed_at_is_set_only_by_the_last_lesson(learner, course, enrolment, django_capture_on_commit_callbacks):
    *first_lessons, last = lessons_of(course)
    with django_capture_on_commit_callbacks(execute=True):
        complete_all(learner, first_lessons)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    assert completion_emails() == []

    with django_capture_on_commit_callbacks(execute=True):
        lesson_complete(user=learner, lesson=last)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None and enrolment.progress_percent == 100
    [email] = completion_emails()
    assert email.subject == "You have completed Contract negotiation"
    assert email.to == [learner.email]
    assert course.full_url in email.body


def test_completion_email_is_sent_once(learner, course, enrolment, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        complete_all(learner, lessons_of(course))
        lesson_complete(user=learner, lesson=lessons_of(course)[-1])  # a double click on the last lesson
    assert len(completion_emails()) == 1

    assert course_completed_email_send(enrolment_id=enrolment.pk) is False  # a retried task
    assert len(completion_emails()) == 1


def test_no_completion_email_for_an_unfinished_course(enrolment):
    assert course_completed_email_send(enrolment_id=enrolment.pk) is False
    assert mail.outbox == []


# Trainers publishing and withdrawing lessons


def add_draft_lesson(course, slug="lesson-1-9"):
    module = lessons_of(course)[0].get_parent()
    return module.add_child(instance=LessonPage(title="New lesson", slug=slug, body=paragraph_body(), live=False))


def test_withdrawing_a_lesson_recalculates_everyones_progress(
    learner, other_learner, course, enrolment, django_capture_on_commit_callbacks
):
    lessons = lessons_of(course)
    other = enrolment_create(user=other_learner, course=course)
    complete_all(learner, lessons[:3])
    lesson_complete(user=other_learner, lesson=lessons[0])

    with django_capture_on_commit_callbacks(execute=True):
        lessons[3].unpublish()

    enrolment.refresh_from_db()
    other.refresh_from_db()
    assert enrolment.progress_percent == 100 and enrolment.completed_at is not None
    assert other.progress_percent == 33 and other.completed_at is None
    assert [email.to for email in completion_emails()] == [[learner.email]]


def test_publishing_a_lesson_lowers_percent_but_keeps_completed_courses_completed(
    learner, course, enrolment, django_capture_on_commit_callbacks
):
    complete_all(learner, lessons_of(course))
    enrolment.refresh_from_db()
    completed_at = enrolment.completed_at
    assert completed_at is not None

    lesson = add_draft_lesson(course)
    with django_capture_on_commit_callbacks(execute=True):
        revision = lesson.save_revision()
        revision.publish()

    enrolment.refresh_from_db()
    assert enrolment.progress_percent == 80
    assert enrolment.completed_at == completed_at
