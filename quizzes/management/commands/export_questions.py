"""manage.py export_questions QUIZ_ID --format gift|xml|csv: print a quiz's questions."""

from django.core.management.base import BaseCommand, CommandError

from quizzes.models import QuizPage
from quizzes.question_bank.services import question_bank_export


class Command(BaseCommand):
    help = "Write a quiz's question bank to standard output as Moodle GIFT, Moodle XML or CSV."

    def add_arguments(self, parser):
        parser.add_argument("quiz_id", type=int)
        parser.add_argument("--format", choices=["gift", "xml", "csv"], default="gift")

    def handle(self, *args, quiz_id, format, **options):
        quiz = QuizPage.objects.filter(pk=quiz_id).first()
        if quiz is None:
            raise CommandError(f"No quiz with id {quiz_id}.")
        self.stdout.write(
            question_bank_export(quiz=quiz.get_latest_revision_as_object(), file_format=format), ending=""
        )
