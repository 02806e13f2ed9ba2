"""The outbox relay as a Celery task, run every minute by beat and when a publish finds a backlog."""

from celery import shared_task

from academy.celery import RETRY_OPTIONS
from outbox import services


@shared_task(ignore_result=True, **RETRY_OPTIONS)
def relay_outbox():
    return services.outbox_relay()
