"""The privacy app: audit log, subject access, erasure and retention."""

from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "privacy"
    verbose_name = "Privacy and audit"

    def ready(self):
        from privacy import audit_hooks  # noqa: F401 -- records role changes as they happen
