"""App config for authoring; connects the signals that keep course media and the review workflow in step."""

from django.apps import AppConfig


class AuthoringConfig(AppConfig):
    name = "authoring"
    verbose_name = "Course authoring"

    def ready(self):
        from . import signals  # noqa: F401
