"""Celery tasks: thin wrappers that take ids and call services."""

from celery import shared_task

from academy.celery import RETRY_OPTIONS
from courses import services


@shared_task(**RETRY_OPTIONS)
def course_progress_recalculate(course_id):
    return services.course_progress_recalculate(course_id=course_id)


@shared_task(**RETRY_OPTIONS)
def send_course_completed_email(enrolment_id):
    return services.course_completed_email_send(enrolment_id=enrolment_id)
