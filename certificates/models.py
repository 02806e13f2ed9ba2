"""Per-course certification settings, issued certificates, their reminders, and the keys that sign them."""

import base64
import secrets

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

CODE_BYTES = 16  # 128 bits: unguessable, so a verification page cannot be found by trying codes
CODE_LENGTH = 26  # 128 bits in base32, without padding
CODE_GROUP = 4


def new_code():
    return base64.b32encode(secrets.token_bytes(CODE_BYTES)).decode("ascii").rstrip("=")


def readable_code(code):
    """ABCD-EFGH-...: groups of four, easy to read aloud or type from paper."""
    return "-".join(code[i : i + CODE_GROUP] for i in range(0, len(code), CODE_GROUP))


def private_storage():
    """Certificates hold personal data: kept outside MEDIA_ROOT and served only through a permission check."""
    return FileSystemStorage(location=settings.PRIVATE_FILES_ROOT)


class RenewalRoute(models.TextChoices):
    FINAL_ASSESSMENT = "final_assessment", "Retake the final assessment only"
    WHOLE_COURSE = "whole_course", "Retake the whole course"


class CourseCertification(models.Model):
    """What a course certifies: set by its trainers in the Wagtail admin."""

    course = models.OneToOneField("courses.CoursePage", on_delete=models.CASCADE, related_name="certification")
    certifies = models.BooleanField(default=True, help_text="Learners who complete the course receive a certificate")
    accreditation_line = models.CharField(
        max_length=200, blank=True, help_text="What the certificate accredits, e.g. 'Contract Management Foundation'"
    )
    signatory_name = models.CharField(max_length=120)
    signatory_role = models.CharField(max_length=160, blank=True)
    validity_months = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
        help_text="How long a certificate is valid; leave empty if it never expires",
    )
    renewal_route = models.CharField(max_length=30, choices=RenewalRoute.choices, default=RenewalRoute.FINAL_ASSESSMENT)

    class Meta:
        verbose_name = "course certification"
        ordering = ["course__title"]

    def __str__(self):
        return f"Certification for {self.course.title}"


class CertificateQuerySet(models.QuerySet):
    def current(self):
        """Neither revoked nor replaced by a renewal (it may still have expired)."""
        return self.filter(revoked_at__isnull=True, superseded_by__isnull=True)

    def valid(self, today=None):
        today = today or timezone.localdate()
        return self.current().filter(models.Q(valid_until__isnull=True) | models.Q(valid_until__gt=today))


class Certificate(models.Model):
    """One certificate per completed enrolment (or renewal), with a snapshot of what it certified."""

    PDF_PENDING, PDF_READY, PDF_FAILED = "pending", "ready", "failed"

    code = models.CharField(max_length=CODE_LENGTH, unique=True, default=new_code, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates")
    # History outlives the course page: the snapshot below keeps what was certified.
    course = models.ForeignKey("courses.CoursePage", null=True, on_delete=models.SET_NULL, related_name="certificates")
    enrolment = models.ForeignKey(
        "courses.Enrolment", null=True, on_delete=models.SET_NULL, related_name="certificates"
    )
    completed_at = models.DateTimeField(help_text="The completion this certificate records")
    learner_name = models.CharField(max_length=300)
    course_title = models.CharField(max_length=255)
    accreditation_line = models.CharField(max_length=200, blank=True)
    signatory_name = models.CharField(max_length=120)
    signatory_role = models.CharField(max_length=160, blank=True)
    renewal_route = models.CharField(max_length=30, choices=RenewalRoute.choices)
    issued_at = models.DateTimeField(default=timezone.now)
    valid_until = models.DateField(null=True, blank=True, help_text="The day it expires; empty if it never does")
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_reason = models.CharField(max_length=300, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    superseded_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="supersedes"
    )
    renewal_assigned_at = models.DateTimeField(null=True, blank=True)
    pdf = models.FileField(upload_to="certificates/", storage=private_storage, blank=True)
    pdf_status = models.CharField(max_length=10, default=PDF_PENDING)
    pdf_error = models.TextField(blank=True)
    email_sent_at = models.DateTimeField(null=True, blank=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_at", "-pk"]
        constraints = [
            # Two workers issuing for the same completion: the second insert fails and finds the first.
            models.UniqueConstraint(fields=["enrolment", "completed_at"], name="one_certificate_per_completion"),
        ]
        indexes = [models.Index(fields=["valid_until"], name="certificate_valid_until")]
        permissions = [("revoke_certificate", "Can revoke and reissue certificates")]

    def __str__(self):
        return f"{self.course_title} certificate for {self.learner_name} ({self.readable_code})"

    @property
    def readable_code(self):
        return readable_code(self.code)

    @property
    def status_index(self):
        """This certificate's bit in the published revocation list: its primary key, unique and stable."""
        return self.pk

    def state(self, today=None):
        """revoked, superseded, expired or valid: what a verifier is told, most serious first."""
        today = today or timezone.localdate()
        if self.revoked_at:
            return "revoked"
        if self.superseded_by_id:
            return "superseded"
        if self.valid_until and self.valid_until <= today:
            return "expired"
        return "valid"


class CertificateReminder(models.Model):
    """An expiry reminder sent for one certificate; unique, so each kind is sent once."""

    DAYS_90, DAYS_30, ON_THE_DAY = "90_days", "30_days", "on_the_day"
    KINDS = {DAYS_90: "90 days before expiry", DAYS_30: "30 days before expiry", ON_THE_DAY: "On the day it expires"}

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=20, choices=KINDS.items())
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["certificate", "kind"], name="one_expiry_reminder_of_each_kind")]

    def __str__(self):
        return f"{self.get_kind_display()} reminder for {self.certificate}"


class SigningKey(models.Model):
    """An Ed25519 key that has signed credentials; its public half stays published after rotation.

    In production the private key comes from the environment and only the public half is kept here;
    in development a generated key is kept here whole so credentials survive a restart.
    """

    kid = models.CharField(max_length=64, unique=True)
    public_key = models.CharField(max_length=64, help_text="The raw public key, base64url")
    private_key_pem = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    retired_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.kid
