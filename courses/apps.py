"""App config for courses; connects the publishing signals that refresh progress."""

from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Courses"

    def ready(self):
        from . import signals  # noqa: F401
