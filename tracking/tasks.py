"""Celery tasks for assignments, reminders and large exports: thin, retried, safe to run twice."""

from celery import shared_task

from academy.celery import RETRY_OPTIONS
from tracking import services


@shared_task(**RETRY_OPTIONS)
def send_assignment_emails(assignment_id):
    return services.assignment_emails_send(assignment_id=assignment_id)


@shared_task(**RETRY_OPTIONS)
def send_due_reminders():
    return services.due_reminders_send()


@shared_task(**RETRY_OPTIONS)
def build_report_export(export_id):
    from tracking.exports import report_export_build

    return report_export_build(export_id=export_id)
