"""Registers organisation and department management, and membership requests, in the Wagtail admin."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .choosers import staff_chooser_viewset
from .viewsets import MembershipRequestViewSet, OrganisationsGroup

register_snippet(OrganisationsGroup)


@hooks.register("register_admin_viewset")
def register_membership_requests():
    return MembershipRequestViewSet()


@hooks.register("register_admin_viewset")
def register_staff_chooser():
    return staff_chooser_viewset
