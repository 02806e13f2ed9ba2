"""Celery tasks for subject access exports and the daily retention run: thin, safe to run twice."""

from celery import shared_task

from academy.celery import RETRY_OPTIONS


@shared_task(**RETRY_OPTIONS)
def build_subject_access_export(export_id):
    from privacy.services import subject_access_build

    return subject_access_build(export_id=export_id)


@shared_task(**RETRY_OPTIONS)
def apply_retention_policy():
    from privacy.retention import retention_apply

    return retention_apply().pk
