"""manage.py export_course SLUG DIR|ZIP: write a course as a package folder, or a zip if the name ends .zip."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from courses.models import CoursePage
from packages.services import course_package_export
from packages.source import write_directory, zip_bytes


class Command(BaseCommand):
    help = "Export a course (its latest revisions) as a course package: a folder, or a zip when the name ends .zip."

    def add_arguments(self, parser):
        parser.add_argument("slug")
        parser.add_argument("destination", type=Path)

    def handle(self, *args, slug, destination, **options):
        course = CoursePage.objects.filter(slug=slug).first()
        if course is None:
            raise CommandError(f"No course with the slug '{slug}'.")
        files = course_package_export(course=course)
        if destination.suffix.lower() == ".zip":
            destination.write_bytes(zip_bytes(files, root=course.slug))
        else:
            if destination.exists() and any(destination.iterdir()):
                raise CommandError(f"{destination} is not empty; export into a new or empty folder.")
            write_directory(files, destination)
        self.stdout.write(self.style.SUCCESS(f"Exported '{course.title}' ({len(files)} files) to {destination}."))
