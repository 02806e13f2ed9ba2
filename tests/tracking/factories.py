"""Factories for the people reports are about and who read them, and for finished exports."""

import io

from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from openpyxl import Workbook

from tests.accounts.factories import UserFactory, with_totp
from tracking.models import ReportExport


def report_permissions():
    return [
        Permission.objects.get(content_type__app_label="tracking", codename="view_reports"),
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
    ]


def make_trainer(**kwargs):
    """Staff with a second factor, the admin and the report permission, but not an academy admin."""
    trainer = with_totp(UserFactory(is_staff=True, **kwargs))
    trainer.user_permissions.add(*report_permissions())
    return trainer


def make_group_admin(**kwargs):
    """An academy admin by group membership rather than superuser status."""
    group, _ = Group.objects.get_or_create(name="Academy admins")
    group.permissions.add(*report_permissions())
    admin = with_totp(UserFactory(is_staff=True, **kwargs))
    admin.groups.add(group)
    return admin


def make_staff_without_reports(**kwargs):
    """Staff who may open the admin (with a second factor) but were never given the report permission."""
    user = with_totp(UserFactory(is_staff=True, **kwargs))
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def ready_export(user, rows=(("Email",),)):
    """A finished background export belonging to `user`, holding `rows`."""
    workbook = Workbook()
    for row in rows:
        workbook.active.append(list(row))
    output = io.BytesIO()
    workbook.save(output)
    export = ReportExport.objects.create(
        requested_by=user, report="enrolments", file_format="xlsx", status=ReportExport.READY, rows_total=1
    )
    export.file.save("enrolments.xlsx", ContentFile(output.getvalue()))
    return export
