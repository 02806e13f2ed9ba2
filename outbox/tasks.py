"""The outbox relay as a Celery task, run every minute by beat and when a publish finds a backlog."""

from celery import shared_task

from outbox import services


@shared_task(ignore_result=True)
def relay_outbox():
    return services.outbox_relay()
