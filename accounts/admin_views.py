"""The Wagtail admin's list of requests to join an organisation, with Approve and Reject."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_POST

from .models import MembershipRequest
from .services import membership_request_approve, membership_request_reject

APPROVE_PERMISSION = "accounts.approve_membershiprequest"
LARGEST_ID = 2**63 - 1  # a larger id in the URL is no request at all, not a database overflow


def require_approve_permission(request):
    if not request.user.has_perm(APPROVE_PERMISSION):
        raise PermissionDenied


def membership_requests_index(request):
    require_approve_permission(request)
    pending = (
        MembershipRequest.objects.filter(status=MembershipRequest.PENDING)
        .select_related("user__organisation", "organisation", "department")
        .order_by("created_at", "pk")
    )
    return TemplateResponse(request, "accounts/admin/membership_requests.html", {"pending": pending})


@require_POST
def membership_request_approve_view(request, pk):
    return _decide(request, pk, approve=True)


@require_POST
def membership_request_reject_view(request, pk):
    return _decide(request, pk, approve=False)


def _decide(request, pk, *, approve):
    require_approve_permission(request)
    membership_request = MembershipRequest.objects.filter(pk=pk).first() if 0 < pk <= LARGEST_ID else None
    if membership_request is None:
        raise Http404("No such request")
    try:
        if approve:
            decided = membership_request_approve(membership_request=membership_request, approved_by=request.user)
        else:
            decided = membership_request_reject(membership_request=membership_request, rejected_by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if approve:
            messages.success(request, f"{decided.user} is now a member of {decided.organisation}.")
        else:
            messages.success(request, f"Request from {decided.user} to join {decided.organisation} rejected.")
    return redirect("membership_requests:index")
