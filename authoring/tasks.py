"""Celery tasks for authoring: thin wrappers that take ids and call services."""

from celery import shared_task

from academy.celery import RETRY_OPTIONS
from authoring import notices


@shared_task(**RETRY_OPTIONS)
def review_request_email(task_state_id):
    return notices.review_request_email_send(task_state_id=task_state_id)
