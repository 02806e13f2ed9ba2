"""Subject access exports and erasure: writes, atomic, safe to run twice."""

import csv
import io
import json
import zipfile

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from outbox.services import task_enqueue
from privacy.audit import audit_record
from privacy.exporters import EXPORTERS
from privacy.models import AuditEntry, ErasedLearner, SubjectAccessExport
from privacy.signals import learner_erased
from quizzes.models import QuizAttempt

ERASED_DOMAIN = "erased.invalid"  # .invalid can never be delivered to (RFC 2606)


# Subject access


def subject_access_request(*, user):
    """Queue an export of everything held about `user`; one in preparation at a time."""
    if is_erased(user):
        raise ValidationError("This account has been erased.")
    with transaction.atomic():
        pending = SubjectAccessExport.objects.filter(user=user, status=SubjectAccessExport.PENDING).first()
        if pending is not None:
            return pending
        export = SubjectAccessExport.objects.create(user=user)
        from privacy.tasks import build_subject_access_export  # tasks import this module

        task_enqueue(build_subject_access_export, export.pk)
    return export


def subject_access_data(user):
    """{section: rows} from every registered exporter, in registration order."""
    return {name: exporter(user) for name, exporter in EXPORTERS.items()}


def csv_text(rows):
    if not rows:
        return ""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: json.dumps(v) if isinstance(v, (dict, list)) else v for k, v in row.items()})
    return out.getvalue()


def subject_access_zip(data):
    """The zip's bytes: data.json with every section, and one CSV per section."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(data, indent=2, ensure_ascii=False))
        for name, rows in data.items():
            archive.writestr(f"{name}.csv", csv_text(rows))
    return buffer.getvalue()


def subject_access_build(*, export_id):
    """Build a pending export; an export already built (a retried task) is left as it is."""
    export = SubjectAccessExport.objects.select_related("user").filter(pk=export_id).first()
    if export is None or export.status != SubjectAccessExport.PENDING:
        return False
    try:
        content = subject_access_zip(subject_access_data(export.user))
    except Exception as error:
        SubjectAccessExport.objects.filter(pk=export.pk).update(
            status=SubjectAccessExport.FAILED, error=str(error)[:500], finished_at=timezone.now()
        )
        raise
    with transaction.atomic():
        export.file.save(f"subject-access-{export.user_id}-{export.pk}.zip", ContentFile(content), save=False)
        export.status = SubjectAccessExport.READY
        export.finished_at = timezone.now()
        export.save(update_fields=["file", "status", "finished_at"])
        audit_record(
            None, AuditEntry.EXPORT, f"Learner #{export.user_id}", "Subject access export built for the learner"
        )
    return True


# Erasure


def is_erased(user):
    return ErasedLearner.objects.filter(user_id=user.pk).exists()


def erased_email(user_id):
    return f"erased-learner-{user_id}@{ERASED_DOMAIN}"


@transaction.atomic
def learner_erase(*, actor, learner, reason=ErasedLearner.ON_REQUEST):
    """Remove or anonymise a learner's personal data, keeping the records reports count.

    Kept: enrolments, completions, attempt scores, organisation and department (so every report total is
    unchanged). Removed: name, email, job role, password, email addresses, second factors, quiz answers,
    subject access exports. Audit entries that named the learner are reduced to their number.
    """
    if learner.is_staff or learner.is_superuser:
        raise ValidationError("Only learners can be erased here: remove this person's staff roles first.")
    if is_erased(learner):
        raise ValidationError("This learner has already been erased.")
    user_id = learner.pk
    learner.email = erased_email(user_id)
    learner.first_name = learner.last_name = learner.job_role = ""
    learner.is_active = False
    learner.set_unusable_password()  # also ends every session: Django checks the password hash on each request
    learner.save(update_fields=["email", "first_name", "last_name", "job_role", "is_active", "password"])
    EmailAddress.objects.filter(user_id=user_id).delete()
    Authenticator.objects.filter(user_id=user_id).delete()
    QuizAttempt.objects.filter(enrolment__user_id=user_id).update(answers={})
    for export in SubjectAccessExport.objects.filter(user_id=user_id):
        export.file.delete(save=False)
        export.delete()
    AuditEntry.objects.filter(target_type=learner._meta.label_lower, target_id=str(user_id)).update(
        target_label=f"Erased learner #{user_id}"
    )
    ErasedLearner.objects.create(user_id=user_id, reason=reason)
    audit_record(actor, AuditEntry.ERASURE, f"Erased learner #{user_id}", ErasedLearner.REASONS[reason])
    learner_erased.send(sender=type(learner), user_id=user_id, actor=actor, reason=reason)
    return learner
