"""Registers organisation and department management, and membership requests, in the Wagtail admin."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .viewsets import MembershipRequestViewSet, OrganisationsGroup

register_snippet(OrganisationsGroup)


@hooks.register("register_admin_viewset")
def register_membership_requests():
    return MembershipRequestViewSet()
