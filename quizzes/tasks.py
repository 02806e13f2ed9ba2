"""Celery tasks for quizzes: thin wrappers that take ids and call services, retried, safe to run twice."""

from celery import shared_task

from academy.celery import RETRY_OPTIONS
from quizzes import marking


@shared_task(**RETRY_OPTIONS)
def calculate_question_statistics(quiz_id, scope):
    from quizzes.statistics.services import quiz_statistics_calculate  # services import this module's task

    quiz_statistics_calculate(quiz_id=quiz_id, scope=scope)


@shared_task(**RETRY_OPTIONS)
def send_attempt_marked_email(attempt_id):
    return marking.attempt_marked_email_send(attempt_id=attempt_id)
