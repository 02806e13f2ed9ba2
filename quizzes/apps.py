"""App config for quizzes: QuizPage, attempts, question banks. It knows courses; courses does not know it."""

from django.apps import AppConfig


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = "Quizzes"
