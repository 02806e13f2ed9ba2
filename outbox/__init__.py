"""The outbox: Celery tasks kept in the database with the action that queued them, sent when the broker answers."""
