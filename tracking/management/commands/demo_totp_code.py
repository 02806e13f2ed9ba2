"""manage.py demo_totp_code: the current second-factor code for the demo staff accounts."""

import time

from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core.management.base import BaseCommand

from courses.demo.accounts import DEMO_TOTP_SECRET


class Command(BaseCommand):
    help = "Print the current authenticator code for trainer@example.com and admin@example.com (demo only)."

    def handle(self, *args, **options):
        seconds_left = 30 - int(time.time()) % 30
        code = format_hotp_value(hotp_value(DEMO_TOTP_SECRET, int(time.time()) // 30))
        self.stdout.write(f"{code}  (valid for about {seconds_left} more seconds)")
