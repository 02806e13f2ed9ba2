"""`manage.py rotate_certificate_key`: sign with a new generated key from now on (development; production sets
CERTIFICATE_SIGNING_KEY instead). Old keys stay published, so credentials they signed still verify."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from certificates.keys import signing_key_rotate


class Command(BaseCommand):
    help = "Generate a new credential signing key; earlier keys stay published in the JWKS."

    def handle(self, *args, **options):
        if settings.CERTIFICATE_SIGNING_KEY:
            raise CommandError("CERTIFICATE_SIGNING_KEY is set: rotate by setting a new key in the environment.")
        _private_key, key = signing_key_rotate()
        self.stdout.write(self.style.SUCCESS(f"New signing key {key.kid}; earlier keys remain published."))
