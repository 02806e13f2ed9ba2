"""Celery tasks for quizzes: thin wrappers that take ids and call services."""

from celery import shared_task

from academy.celery import RETRY_OPTIONS
from quizzes import marking


@shared_task(**RETRY_OPTIONS)
def send_attempt_marked_email(attempt_id):
    return marking.attempt_marked_email_send(attempt_id=attempt_id)
