"""Role changes recorded in the audit log, however they are made (Wagtail's user editor, the shell, a command)."""

from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from privacy.audit import audit_record, current_actor
from privacy.models import AuditEntry
from tracking.exports import report_downloaded

VERBS = {"post_add": "added to", "post_remove": "removed from"}


def filter_text(filters):
    return ", ".join(f"{key}={value}" for key, value in sorted(filters.items()) if value) or "none"


@receiver(m2m_changed, sender=get_user_model().groups.through, dispatch_uid="privacy_audit_role_change")
def record_role_change(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in VERBS or not pk_set:
        return
    User = get_user_model()
    if reverse:  # users added to a group from the group's side
        pairs = [(user, instance.name) for user in User.objects.filter(pk__in=pk_set)]
    else:
        pairs = [(instance, name) for name in model.objects.filter(pk__in=pk_set).values_list("name", flat=True)]
    actor = current_actor.get()
    for user, group_name in pairs:
        if actor is None and not model_grants_rights(instance, model, pk_set, reverse):
            continue  # every new account joining the rights-less learners' group is not a staff action
        audit_record(actor, AuditEntry.ROLE_CHANGE, user, f"{VERBS[action].capitalize()} {group_name}")


def model_grants_rights(instance, model, pk_set, reverse):
    """Whether the groups changed carry any permission (the learners' role carries none)."""
    from django.contrib.auth.models import Group

    groups = Group.objects.filter(pk=instance.pk) if reverse else Group.objects.filter(pk__in=pk_set)
    return groups.filter(permissions__isnull=False).exists()


@receiver(post_save, sender="tracking.ReportExport", dispatch_uid="privacy_audit_report_export")
def record_report_export(sender, instance, created, raw=False, **kwargs):
    """A staff export of a learner report holds personal data: who asked, which report, which filters."""
    if created and not raw:
        audit_record(
            instance.requested_by,
            AuditEntry.EXPORT,
            f"{instance.report} report ({instance.file_format})",
            f"Filters: {filter_text(instance.filters)}",
        )


@receiver(report_downloaded, dispatch_uid="privacy_audit_report_download")
def record_report_download(sender, user, report, file_format, filters, **kwargs):
    audit_record(user, AuditEntry.EXPORT, f"{report} report ({file_format})", f"Filters: {filter_text(filters)}")
