"""Celery tasks for accounts: thin, retried, safe to run twice."""

from celery import shared_task

from academy.celery import RETRY_OPTIONS
from accounts import services


@shared_task(**RETRY_OPTIONS)
def send_membership_decision_email(request_id):
    return services.membership_decision_email_send(request_id=request_id)
