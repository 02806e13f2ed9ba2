"""Writes for a learner's profile and their membership of an organisation: request, approve, reject.

A learner's choice of organisation is a request. It is granted at once when one of their confirmed email
addresses is at one of the organisation's verified domains, otherwise when an administrator approves it.
Only then is `user.organisation` set, which is what reports and assignments go by (tracking.signals
re-evaluates the learner's assignments and due dates when it changes).
"""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from outbox.services import task_enqueue

from .models import MembershipRequest, email_domain


def confirmed_domains(*, user):
    addresses = EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
    return {email_domain(address) for address in addresses}


@transaction.atomic
def membership_request(*, user, organisation, department=None):
    """The learner asks to be in `organisation` (and `department`); returns the request still waiting, if any.

    Staying in their confirmed organisation needs nobody's approval, and neither does moving between its
    departments. Any other organisation replaces an earlier pending request.
    """
    if department is not None and department.organisation_id != organisation.pk:
        raise ValidationError({"department": f"Choose a department in {organisation.name}"})
    department_id = department.pk if department is not None else None
    pending = MembershipRequest.objects.filter(user=user, status=MembershipRequest.PENDING)
    if organisation.pk == user.organisation_id:
        pending.delete()
        if department_id != user.department_id:
            _membership_set(user=user, organisation=organisation, department=department)
        return None
    request = pending.filter(organisation=organisation, department_id=department_id).first()
    if request is None:  # saving the profile again keeps the request's place in the queue
        pending.delete()
        request = _pending_request_create(user=user, organisation=organisation, department=department)
    if set(organisation.domain_list) & confirmed_domains(user=user):
        membership_request_approve(membership_request=request, approved_by=None)
        user.organisation, user.department = organisation, department
        return None
    return request


@transaction.atomic
def membership_request_approve(*, membership_request, approved_by):
    """Put the learner in the organisation; `approved_by` is None when their confirmed address matched."""
    request = _pending(membership_request)
    request.status, request.decided_by, request.decided_at = MembershipRequest.APPROVED, approved_by, timezone.now()
    request.save(update_fields=["status", "decided_by", "decided_at"])
    department = request.department
    if department is not None and department.organisation_id != request.organisation_id:
        department = None  # the department was moved to another organisation since the request
    _membership_set(user=request.user, organisation=request.organisation, department=department)
    if approved_by is not None:
        _decision_email_queue(request)
    return request


@transaction.atomic
def membership_request_reject(*, membership_request, rejected_by):
    """The learner stays where they were; their profile says the request was not approved."""
    request = _pending(membership_request)
    request.status, request.decided_by, request.decided_at = MembershipRequest.REJECTED, rejected_by, timezone.now()
    request.save(update_fields=["status", "decided_by", "decided_at"])
    _decision_email_queue(request)
    return request


def membership_decision_email_send(*, request_id):
    """Tell the learner an administrator's decision, once: the claim and the send commit together."""
    with transaction.atomic():
        claimed = (
            MembershipRequest.objects.filter(pk=request_id, decision_emailed_at__isnull=True, decided_by__isnull=False)
            .exclude(status=MembershipRequest.PENDING)
            .update(decision_emailed_at=timezone.now())
        )
        if not claimed:
            return False
        request = MembershipRequest.objects.select_related("user", "organisation").get(pk=request_id)
        approved = request.status == MembershipRequest.APPROVED
        context = {"request": request, "approved": approved, "profile_url": _site_url(reverse("profile_edit"))}
        outcome = "approved" if approved else "not approved"
        send_mail(
            subject=f"Your request to join {request.organisation.name} was {outcome}",
            message=render_to_string("accounts/email/membership_decision.txt", context),
            from_email=None,
            recipient_list=[request.user.email],
        )
    return True


def _decision_email_queue(request):
    from accounts.tasks import send_membership_decision_email  # tasks imports this module

    task_enqueue(send_membership_decision_email, request.pk)


def _site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def membership_confirm_by_email(*, email_address):
    """A newly confirmed address grants the learner's pending request when it is at one of its domains."""
    request = (
        MembershipRequest.objects.select_related("organisation", "department", "user")
        .filter(user_id=email_address.user_id, status=MembershipRequest.PENDING)
        .first()
    )
    if request is None or not email_address.verified or not request.organisation.accepts_email(email_address.email):
        return None
    return membership_request_approve(membership_request=request, approved_by=None)


@transaction.atomic
def profile_update(*, user, first_name, last_name, job_role, organisation, department=None):
    """Save the learner's own details; their organisation goes through `membership_request`."""
    user.first_name, user.last_name, user.job_role = first_name, last_name, job_role
    user.save(update_fields=["first_name", "last_name", "job_role"])
    return membership_request(user=user, organisation=organisation, department=department)


def _pending_request_create(*, user, organisation, department):
    try:
        with transaction.atomic():
            return MembershipRequest.objects.create(user=user, organisation=organisation, department=department)
    except IntegrityError:
        # A concurrent save (a double click) made the one pending request first: that one stands.
        return MembershipRequest.objects.get(user=user, status=MembershipRequest.PENDING)


def _pending(membership_request):
    # Locked and read again, so two admins (or an admin and a confirmation) cannot decide it twice. Only the
    # request's row: PostgreSQL cannot lock the nullable side of the department's outer join.
    request = (
        MembershipRequest.objects.select_for_update(of=("self",))
        .select_related("user", "organisation", "department")
        .get(pk=membership_request.pk)
    )
    if not request.is_pending:
        raise ValidationError(f"This request was already {request.get_status_display().lower()}.")
    return request


def _membership_set(*, user, organisation, department):
    user.organisation, user.department = organisation, department
    user.save(update_fields=["organisation", "department"])
