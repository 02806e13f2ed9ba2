"""`manage.py setup_roles`: create or repair the academy's groups (migrate runs the same after every run)."""

from django.core.management.base import BaseCommand

from accounts.roles import setup_roles


class Command(BaseCommand):
    help = "Create or repair the Learners, Trainers and Academy admins groups and their permissions."

    def handle(self, *args, **options):
        groups = setup_roles()
        for name, group in groups.items():
            self.stdout.write(f"{name}: {group.permissions.count()} permissions")
