"""App config for the project package: shared template tags, static files, and the page tree cache's signals."""

from django.apps import AppConfig


class AcademyConfig(AppConfig):
    name = "academy"
    verbose_name = "Academy"

    def ready(self):
        from . import signals  # noqa: F401
