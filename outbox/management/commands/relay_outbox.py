"""Send the task calls still waiting in the outbox (after a broker outage, or with no beat running)."""

from datetime import timedelta

from django.core.management.base import BaseCommand

from outbox.models import OutboxMessage
from outbox.services import outbox_relay


class Command(BaseCommand):
    help = "Publish the Celery tasks kept in the outbox while the broker was unavailable."

    def add_arguments(self, parser):
        parser.add_argument("--grace", type=int, default=10, help="Leave rows younger than this many seconds")

    def handle(self, *args, grace, **options):
        sent = outbox_relay(grace=timedelta(seconds=grace))
        waiting = OutboxMessage.objects.filter(sent_at__isnull=True).count()
        self.stdout.write(f"Sent {sent}; {waiting} still waiting.")
