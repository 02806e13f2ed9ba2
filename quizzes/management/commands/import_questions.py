"""manage.py import_questions QUIZ_ID FILE: add (or --replace) a quiz's questions from GIFT, Moodle XML or CSV."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from quizzes.models import QuizPage
from quizzes.question_bank.parsed import BankFileError
from quizzes.question_bank.services import FORMATS, question_bank_import_report


class Command(BaseCommand):
    help = (
        "Import questions into a quiz from a Moodle GIFT, Moodle XML or CSV file. A file with any refused question "
        "imports nothing, unless --skip-invalid."
    )

    def add_arguments(self, parser):
        parser.add_argument("quiz_id", type=int)
        parser.add_argument("file", type=Path)
        parser.add_argument("--format", choices=list(FORMATS), help="Defaults to the file's extension")
        parser.add_argument(
            "--skip-invalid", action="store_true", help="Import the valid questions and list the refused ones"
        )
        parser.add_argument("--replace", action="store_true", help="Replace the bank instead of adding to it")
        parser.add_argument("--publish", action="store_true", help="Publish the new revision straight away")

    def handle(self, *args, quiz_id, file, format, replace, publish, skip_invalid, **options):
        quiz = QuizPage.objects.filter(pk=quiz_id).first()
        if quiz is None:
            raise CommandError(f"No quiz with id {quiz_id}.")
        suffix = file.suffix.lower().lstrip(".")
        file_format = format or (suffix if suffix in ("csv", "xml") else "gift")
        try:
            count, refused = question_bank_import_report(
                quiz=quiz.get_latest_revision_as_object(),
                data=file.read_bytes(),
                file_format=file_format,
                replace=replace,
                publish=publish,
                skip_invalid=skip_invalid,
            )
        except FileNotFoundError:
            raise CommandError(f"No file at {file}.") from None
        except BankFileError as error:
            raise CommandError("Nothing was imported:\n" + "\n".join(error.errors)) from None
        for entry in refused:
            self.stderr.write(f"Skipped {entry}")
        self.stdout.write(self.style.SUCCESS(f"Imported {count} question items into '{quiz.title}'."))
