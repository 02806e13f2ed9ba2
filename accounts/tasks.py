"""Celery tasks for accounts: thin, retried, safe to run twice."""

from celery import shared_task
from django.db import OperationalError

from accounts import services

RETRY_OPTIONS = {"autoretry_for": (OperationalError, ConnectionError), "retry_backoff": True, "max_retries": 5}


@shared_task(**RETRY_OPTIONS)
def send_membership_decision_email(request_id):
    return services.membership_decision_email_send(request_id=request_id)
