"""Celery tasks: thin wrappers that take ids and call services."""

from celery import shared_task
from django.db import OperationalError

from courses import services

RETRY_OPTIONS = {"autoretry_for": (OperationalError,), "retry_backoff": True, "max_retries": 5}


@shared_task(**RETRY_OPTIONS)
def course_progress_recalculate(course_id):
    return services.course_progress_recalculate(course_id=course_id)


@shared_task(**RETRY_OPTIONS)
def send_course_completed_email(enrolment_id):
    return services.course_completed_email_send(enrolment_id=enrolment_id)
