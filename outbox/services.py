"""Queue Celery tasks through the outbox, and relay the calls the broker did not take.

A call is a row written in the caller's transaction, so it exists exactly when the action does. It
is published when that transaction commits; if the broker is down the publish fails within a
second (see the CELERY_BROKER_* timeouts in settings), the row waits, and the request carries on.
Waiting rows are sent again by the relay, which runs
  - every minute from Celery beat (outbox.tasks.relay_outbox; beat publishes it once Redis is back),
  - as a task queued by the first publish that succeeds while older rows still wait,
  - on demand with `manage.py relay_outbox`.
A row may be published twice (a relay and a slow request, a crash between publish and mark), so
every task queued here must be safe to run twice; the academy's tasks claim their work first.
"""

import logging
from datetime import timedelta

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from academy.celery import app
from outbox.models import OutboxMessage

logger = logging.getLogger(__name__)

SENT, REFUSED, TAKEN = "sent", "refused", "taken"
RELAY_BATCH = 500
RELAY_GRACE = timedelta(seconds=10)  # a row this fresh is still being sent by the request that wrote it
KEEP_SENT = timedelta(days=7)


def task_enqueue(task, *args):
    """Keep a task call with the current transaction and hand it to Celery once that commits."""
    message = OutboxMessage.objects.create(task_name=task.name, args=list(args))
    transaction.on_commit(lambda: message_send_after_commit(message_id=message.pk))
    return message


def in_process():
    """No broker (make run, tests): tasks run in this process as they are published."""
    return bool(app.conf.task_always_eager)


def publish(task_name, args):
    # ignore_result: nobody waits here for the outcome, so a down result store cannot hold the request.
    if in_process():
        if task_name not in app.tasks:
            # A relay may hold a task whose module this process never loaded. Only then: importing the
            # default modules also runs Django's system checks, which cost ~60 ms a call.
            app.loader.import_default_modules()
        app.tasks[task_name].apply_async(args=args, ignore_result=True)
    else:
        app.send_task(task_name, args=args, ignore_result=True, retry=False)


def message_send(*, message_id):
    """Publish one waiting call: SENT, REFUSED (the broker failed; the row waits) or TAKEN by another relay."""
    message = OutboxMessage.objects.filter(pk=message_id, sent_at__isnull=True).first()
    if message is None:
        return TAKEN
    claimed = OutboxMessage.objects.filter(pk=message_id, sent_at__isnull=True, attempts=message.attempts).update(
        attempts=F("attempts") + 1, last_attempt_at=timezone.now()
    )
    if not claimed:
        return TAKEN
    try:
        publish(message.task_name, message.args)
    except Exception as error:
        OutboxMessage.objects.filter(pk=message_id).update(last_error=f"{type(error).__name__}: {error}"[:1000])
        if in_process():
            raise  # the task itself failed in this process: surface it as an eager task always has
        logger.warning("Task %s kept in the outbox, the broker refused it: %s", message.task_name, error)
        return REFUSED
    OutboxMessage.objects.filter(pk=message_id).update(sent_at=timezone.now(), last_error="")
    return SENT


def message_send_after_commit(*, message_id):
    if message_send(message_id=message_id) == SENT and not in_process() and waiting(RELAY_GRACE).exists():
        # The broker is back while older calls still wait: a worker relays them.
        try:
            publish("outbox.tasks.relay_outbox", [])
        except Exception as error:
            logger.warning("Could not queue the outbox relay: %s", error)


def waiting(grace):
    cutoff = timezone.now() - grace
    return OutboxMessage.objects.filter(sent_at__isnull=True, created_at__lt=cutoff).filter(
        Q(last_attempt_at__isnull=True) | Q(last_attempt_at__lt=cutoff)
    )


def outbox_relay(*, limit=RELAY_BATCH, grace=RELAY_GRACE):
    """Send waiting calls oldest first, stopping at the first refusal (the broker is still down); the number sent."""
    sent = 0
    for message_id in list(waiting(grace).order_by("pk").values_list("pk", flat=True)[:limit]):
        outcome = message_send(message_id=message_id)
        if outcome == REFUSED:
            break
        sent += outcome == SENT
    OutboxMessage.objects.filter(sent_at__lt=timezone.now() - KEEP_SENT).delete()
    return sent
