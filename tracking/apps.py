"""App config for tracking; connects the signal that enrols learners who join later."""

from django.apps import AppConfig


class TrackingConfig(AppConfig):
    name = "tracking"
    verbose_name = "Tracking"

    def ready(self):
        from . import signals  # noqa: F401
