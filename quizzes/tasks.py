"""Celery tasks for quizzes: thin, retried, safe to run twice."""

from celery import shared_task

from academy.celery import RETRY_OPTIONS


@shared_task(**RETRY_OPTIONS)
def calculate_question_statistics(quiz_id, scope):
    from quizzes.statistics.services import quiz_statistics_calculate  # services import this module's task

    quiz_statistics_calculate(quiz_id=quiz_id, scope=scope)
