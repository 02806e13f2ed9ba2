"""Assignments of courses to organisations, departments or named learners, and what they triggered."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel


class Assignment(ClusterableModel):
    """A course that learners must complete by a date: every learner in the target is enrolled."""

    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="assignments")
    organisation = models.ForeignKey(
        "accounts.Organisation",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="assignments",
        help_text="Everyone in this organisation, including people who join later",
    )
    department = models.ForeignKey(
        "accounts.Department",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="assignments",
        help_text="Everyone in this department, including people who join later",
    )
    learners = ParentalManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="named_assignments", help_text="Named learners"
    )
    due_date = models.DateField()
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="assignments_made"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_date", "pk"]
        indexes = [models.Index(fields=["due_date"], name="assignment_due_date")]
        permissions = [
            ("view_reports", "Can view completion reports"),
            ("view_all_courses_reports", "Can report on every course, not only the ones they train"),
        ]

    def __str__(self):
        return f"{self.course.title} for {self.target_label} (due {self.due_date:%-d %B %Y})"

    @property
    def target_label(self):
        if self.department_id:
            return str(self.department)
        if self.organisation_id:
            return str(self.organisation)
        return "named learners"

    def clean(self):
        if self.organisation_id and self.department_id:
            raise ValidationError("Assign to an organisation or a department, not both.")
        if self.due_date and self.due_date < timezone.localdate() and self._state.adding:
            raise ValidationError({"due_date": "The due date cannot be in the past."})


class AssignmentReminder(models.Model):
    """A reminder email sent to one learner for one assignment; unique, so it is never sent twice."""

    ASSIGNED, DUE_SOON, OVERDUE = "assigned", "due_soon", "overdue"
    KINDS = {ASSIGNED: "Assigned", DUE_SOON: "Due soon", OVERDUE: "Overdue"}

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="reminders")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignment_reminders")
    kind = models.CharField(max_length=20, choices=KINDS.items())
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["assignment", "user", "kind"], name="one_reminder_of_each_kind"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} reminder to {self.user} for {self.assignment}"


def private_storage():
    """Exports hold personal data: kept outside MEDIA_ROOT and served only through a permission check."""
    return FileSystemStorage(location=settings.PRIVATE_FILES_ROOT)


class ReportExport(models.Model):
    """A large export built by a Celery worker; the admin downloads it when it is ready, or tries again."""

    PENDING, RUNNING, READY, FAILED = "pending", "running", "ready", "failed"
    # A worker starts an export within seconds; one still pending after this will not be started.
    PENDING_TIMEOUT = timedelta(minutes=15)

    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="exports")
    report = models.CharField(max_length=50)
    file_format = models.CharField(max_length=10)
    filters = models.JSONField(default=dict)
    status = models.CharField(max_length=10, default=PENDING)
    rows_done = models.PositiveIntegerField(default=0)
    rows_total = models.PositiveIntegerField(default=0)
    file = models.FileField(upload_to="exports/", storage=private_storage, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    queued_at = models.DateTimeField(default=timezone.now, help_text="When it was last handed to a worker")
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.report} export ({self.file_format}) by {self.requested_by}"

    @property
    def stalled(self):
        return self.status == self.PENDING and timezone.now() - self.queued_at > self.PENDING_TIMEOUT

    @property
    def shown_status(self):
        """What the admin is told: a pending export no worker started in time has failed."""
        return self.FAILED if self.stalled else self.status

    @property
    def failure_reason(self):
        if self.stalled:
            return f"no worker started it within {self.PENDING_TIMEOUT.seconds // 60} minutes"
        return self.error

    @property
    def percent_done(self):
        return 100 if self.status == self.READY else (100 * self.rows_done // self.rows_total if self.rows_total else 0)
