"""App config for the project package, which holds shared template tags and static files."""

from django.apps import AppConfig


class AcademyConfig(AppConfig):
    name = "academy"
    verbose_name = "Academy"
