"""The Celery app: configured from Django settings under the CELERY_ namespace."""

import os

from celery import Celery
from django.db import OperationalError

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings.dev")

app = Celery("academy")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# Every task retries what a moment may mend (the database or the mail server briefly out of reach),
# backing off, then gives up; tasks are written to be safe to run twice. Use: @shared_task(**RETRY_OPTIONS).
RETRY_OPTIONS = {"autoretry_for": (OperationalError, ConnectionError), "retry_backoff": True, "max_retries": 5}
