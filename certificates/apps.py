"""App config for certificates; connects the receiver that hears of completed enrolments."""

from django.apps import AppConfig


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = "Certificates"

    def ready(self):
        from . import signals  # noqa: F401
