"""manage.py import_course DIR|ZIP [--update] [--publish]: import a course package, all or nothing."""

from django.core.management.base import BaseCommand, CommandError

from courses.models import CourseIndexPage
from packages.errors import PackageError
from packages.services import course_package_import
from packages.source import read_package


class Command(BaseCommand):
    help = (
        "Import a course package (a folder or a zip) into the catalogue as drafts. Every problem is listed with "
        "its file and line, and a package with any problem imports nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("package")
        parser.add_argument("--update", action="store_true", help="Update the course with the same slug")
        parser.add_argument("--publish", action="store_true", help="Publish every imported page straight away")

    def handle(self, *args, package, update, publish, **options):
        catalogue = CourseIndexPage.objects.first()
        if catalogue is None:
            raise CommandError("There is no course catalogue to import into; run setup_site first.")
        try:
            course = course_package_import(
                files=read_package(package), catalogue=catalogue, update=update, publish=publish
            )
        except PackageError as error:
            raise CommandError("Nothing was imported:\n" + "\n".join(str(p) for p in error.problems)) from None
        state = "published" if publish else "as drafts"
        self.stdout.write(self.style.SUCCESS(f"Imported '{course.title}' {state}."))
