"""Schedules the daily retention run in django-celery-beat's database scheduler."""

from django.db import migrations

TASK_NAME = "Data retention (anonymise inactive learners, delete old quiz answers)"


def schedule_retention(apps, schema_editor):
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    every_night, _ = CrontabSchedule.objects.get_or_create(
        minute="30", hour="2", day_of_week="*", day_of_month="*", month_of_year="*", timezone="Europe/London"
    )
    PeriodicTask.objects.get_or_create(
        name=TASK_NAME, defaults={"task": "privacy.tasks.apply_retention_policy", "crontab": every_night}
    )


def unschedule_retention(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=TASK_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("privacy", "0001_audit_exports_retention"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]

    operations = [migrations.RunPython(schedule_retention, unschedule_retention)]
