"""`manage.py create_admin EMAIL`: the first academy admin on a fresh production database."""

import getpass
import os

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction

from accounts.roles import ACADEMY_ADMINS, setup_roles


class Command(BaseCommand):
    help = (
        "Create an academy admin (superuser, in Academy admins, email confirmed). The password comes from "
        "DJANGO_ADMIN_PASSWORD or is asked for. They set up TOTP at their first visit to /admin/."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--first-name", default="")
        parser.add_argument("--last-name", default="")

    def handle(self, *args, email, first_name, last_name, **options):
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(f"{email!r} is not an email address") from error
        User = get_user_model()
        if User.objects.filter(email__iexact=email).exists():
            raise CommandError(f"{email} already has an account; change their role in the admin instead")
        password = os.environ.get("DJANGO_ADMIN_PASSWORD") or self.ask_password()
        user = User(email=email, first_name=first_name, last_name=last_name)
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        with transaction.atomic():
            setup_roles()
            user = User.objects.create_superuser(
                email=email, password=password, first_name=first_name, last_name=last_name
            )
            user.groups.add(Group.objects.get(name=ACADEMY_ADMINS))
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        self.stdout.write(
            f"Created {email}. Sign in at /accounts/login/; /admin/ then asks you to set up an authenticator app."
        )

    def ask_password(self):
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            raise CommandError("The passwords did not match")
        return password
