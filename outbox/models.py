"""A Celery task waiting to be handed to the broker: written in the same transaction as the action."""

from django.db import models


class OutboxMessage(models.Model):
    """One task call; sent_at is set once the broker (or, in-process, the task itself) has taken it."""

    task_name = models.CharField(max_length=200)
    args = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]
        indexes = [
            models.Index(fields=["created_at"], condition=models.Q(sent_at__isnull=True), name="outbox_unsent"),
        ]

    def __str__(self):
        state = f"sent {self.sent_at:%Y-%m-%d %H:%M}" if self.sent_at else f"waiting, {self.attempts} attempts"
        return f"{self.task_name}{tuple(self.args)} ({state})"
