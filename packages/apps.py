"""The course packages app: import and export of whole courses."""

from django.apps import AppConfig


class PackagesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "packages"
    verbose_name = "Course packages"
