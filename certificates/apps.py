"""App config for certificates; connects the receivers for completed enrolments and erased learners."""

from django.apps import AppConfig


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = "Certificates"

    def ready(self):
        from . import privacy, signals  # noqa: F401
