"""`manage.py setup_site`: the academy's home page and empty course catalogue on a fresh database."""

from django.core.management.base import BaseCommand
from django.db import transaction

from courses.demo.builder import ensure_catalogue, ensure_home_page


class Command(BaseCommand):
    help = "Create the academy home page and the course catalogue at /courses/ if they are missing (idempotent)."

    @transaction.atomic
    def handle(self, *args, **options):
        catalogue = ensure_catalogue(ensure_home_page())
        self.stdout.write(f"Catalogue ready at {catalogue.url_path}; trainers add courses under it in /admin/pages/.")
