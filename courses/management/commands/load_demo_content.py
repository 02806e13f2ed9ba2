"""manage.py load_demo_content: build the demo academy; safe to run again."""

from django.core.management.base import BaseCommand

from courses.demo.builder import build_demo_academy


class Command(BaseCommand):
    help = "Build the demo academy (courses, organisations, demo accounts). Running it again adds only what is missing."

    def handle(self, *args, **options):
        build_demo_academy(log=lambda line: self.stdout.write(line))
        self.stdout.write(self.style.SUCCESS("Demo academy ready."))
