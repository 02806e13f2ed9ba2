"""The academy's User (email login), and the organisations and departments learners belong to."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.core.exceptions import ValidationError
from django.core.validators import DomainNameValidator
from django.db import models
from django.utils.functional import cached_property


def email_domain(email):
    """The part of an address after the last @, lower-cased: what an organisation's domains are matched against."""
    return email.rpartition("@")[2].strip().lower()


def parse_email_domains(text):
    """Domains one per line (or separated by commas or spaces), lower-cased, without a leading @, deduplicated."""
    domains = []
    for raw in text.replace(",", " ").split():
        domain = raw.strip().lstrip("@").lower().rstrip(".")
        if domain and domain not in domains:
            domains.append(domain)
    return domains


def validate_email_domains(text):
    invalid = []
    for domain in parse_email_domains(text):
        try:
            DomainNameValidator(accept_idna=False)(domain)
        except ValidationError:
            invalid.append(domain)
        else:
            if "." not in domain:
                invalid.append(domain)
    if invalid:
        raise ValidationError(
            "Enter domain names such as northshire.police.uk, one per line. Not a domain name: %(invalid)s",
            params={"invalid": ", ".join(invalid)},
            code="invalid_domain",
        )


class Organisation(models.Model):
    """A public body whose staff learn here: a police force, a council, a department."""

    name = models.CharField(max_length=200, unique=True)
    email_domains = models.TextField(
        "verified email domains",
        blank=True,
        validators=[validate_email_domains],
        help_text=(
            "One per line, for example northshire.police.uk. Someone who confirms an address at exactly one of "
            "these domains joins this organisation; anyone else who asks to join waits for an administrator's approval."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        # Stored normalised, so matching and the admin listing agree with what was entered.
        self.email_domains = "\n".join(parse_email_domains(self.email_domains))

    @property
    def domain_list(self):
        return parse_email_domains(self.email_domains)

    def accepts_email(self, email):
        return bool(email) and email_domain(email) in self.domain_list


class Department(models.Model):
    """A team inside an organisation, used to group learners in reports."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="departments")
    name = models.CharField(max_length=200)

    class Meta:
        ordering = ["organisation__name", "name"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name"], name="unique_department_name_per_organisation"),
        ]

    def __str__(self):
        return f"{self.name} ({self.organisation.name})"


class AcademyUserManager(UserManager):
    """Creates users keyed by email; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account; signs in with their email address."""

    username = None
    email = models.EmailField("email address", unique=True)
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="members"
    )
    department = models.ForeignKey(Department, null=True, blank=True, on_delete=models.SET_NULL, related_name="members")
    job_role = models.CharField(max_length=200, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    objects = AcademyUserManager()

    class Meta:
        ordering = ["last_name", "first_name", "email"]

    def __str__(self):
        return self.get_full_name() or self.email

    @cached_property
    def latest_membership_request(self):
        """The learner's newest request to join an organisation, for the notice on their profile and My learning."""
        # The organisation is read only for a request still pending or refused: not joined for every page view.
        return self.membership_requests.order_by("-created_at", "-pk").first()


class MembershipRequest(models.Model):
    """A learner asking to join an organisation: granted by a confirmed address at one of its domains, or an admin.

    Until it is approved the learner is not in the organisation: not in its reports, given none of its assignments.
    """

    PENDING, APPROVED, REJECTED = "pending", "approved", "rejected"
    STATUSES = {PENDING: "Waiting for approval", APPROVED: "Approved", REJECTED: "Rejected"}

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership_requests")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="membership_requests")
    department = models.ForeignKey(Department, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(max_length=10, choices=STATUSES.items(), default=PENDING)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    # Empty on an approved request means the learner's confirmed email address matched a domain.
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Set when the learner was emailed an administrator's decision, so a retried task sends it once.
    decision_emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=models.Q(status="pending"), name="one_pending_membership_request_per_user"
            ),
        ]
        indexes = [models.Index(fields=["status", "created_at"], name="membership_request_status")]
        permissions = [("approve_membershiprequest", "Can approve or reject requests to join an organisation")]

    def __str__(self):
        return f"{self.user} asks to join {self.organisation}"

    @property
    def is_pending(self):
        return self.status == self.PENDING
