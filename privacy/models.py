"""Audit entries, subject access exports, erased learners, the retention policy and each retention run."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


def private_storage():
    """Personal data exports are kept outside MEDIA_ROOT and served only to their owner."""
    return FileSystemStorage(location=settings.PRIVATE_FILES_ROOT)


class AuditEntry(models.Model):
    """One staff action that matters, kept as text so it survives the deletion or erasure of whoever it names."""

    ROLE_CHANGE, ERASURE, REVOCATION, EXPORT, RETENTION = (
        "role_change",
        "erasure",
        "revocation",
        "personal_data_export",
        "retention",
    )
    ACTIONS = {
        ROLE_CHANGE: "Role change",
        ERASURE: "Erasure",
        REVOCATION: "Revocation",
        EXPORT: "Export of personal data",
        RETENTION: "Retention run",
    }

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField("by", max_length=300, help_text="Who acted, as they were named at the time")
    action = models.CharField(max_length=40, choices=ACTIONS.items())
    target_type = models.CharField(max_length=100, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    target_label = models.CharField("target", max_length=300)
    detail = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "audit entries"
        permissions = [("erase_learner", "Can erase a learner's personal data")]
        indexes = [models.Index(fields=["target_type", "target_id"], name="audit_target")]

    def __str__(self):
        return f"{self.get_action_display()}: {self.target_label} by {self.actor_label}"


class SubjectAccessExport(models.Model):
    """A learner's request for everything held about them: a zip built by a worker, downloadable only by them."""

    PENDING, READY, FAILED = "pending", "ready", "failed"
    STATUSES = {PENDING: "Being prepared", READY: "Ready to download", FAILED: "Failed"}

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="subject_access_exports")
    status = models.CharField(max_length=10, choices=STATUSES.items(), default=PENDING)
    file = models.FileField(upload_to="subject-access/", storage=private_storage, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"Subject access export for learner {self.user_id} ({self.status})"


class ErasedLearner(models.Model):
    """A learner whose personal data was erased (on request or by the retention policy); the account stays
    anonymised so reports keep their numbers."""

    ON_REQUEST, RETENTION = "request", "retention"
    REASONS = {ON_REQUEST: "Erased on request", RETENTION: "Inactive past the retention period"}

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="erasure")
    erased_at = models.DateTimeField(auto_now_add=True)
    reason = models.CharField(max_length=20, choices=REASONS.items(), default=ON_REQUEST)

    def __str__(self):
        return f"Learner {self.user_id}: {self.get_reason_display()}"


@register_setting(icon="time")
class RetentionPolicy(BaseGenericSetting):
    """How long the academy keeps what it no longer needs; empty means kept until erased on request."""

    inactive_account_days = models.PositiveIntegerField(
        "anonymise inactive learner accounts after (days)",
        null=True,
        blank=True,
        help_text="A learner who has not signed in or studied for this many days is anonymised. Leave empty to keep.",
    )
    attempt_answer_days = models.PositiveIntegerField(
        "delete quiz answers after (days)",
        null=True,
        blank=True,
        help_text="Answers given in a quiz attempt submitted this long ago are deleted; scores are kept.",
    )

    panels = [FieldPanel("inactive_account_days"), FieldPanel("attempt_answer_days")]

    class Meta:
        verbose_name = "data retention"


class RetentionRun(models.Model):
    """What one run of the retention task did, for admins to see."""

    ran_at = models.DateTimeField(db_index=True)
    inactive_account_days = models.PositiveIntegerField(null=True, blank=True)
    attempt_answer_days = models.PositiveIntegerField(null=True, blank=True)
    accounts_anonymised = models.PositiveIntegerField(default=0)
    attempts_cleared = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-ran_at", "-pk"]

    def __str__(self):
        return (
            f"{self.ran_at:%d %B %Y %H:%M}: {self.accounts_anonymised} accounts anonymised, "
            f"{self.attempts_cleared} attempts' answers deleted"
        )
