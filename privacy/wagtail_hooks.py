"""Registers the audit log, retention runs, the erase-learner page and its button on Wagtail's user listing."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from privacy import admin_views
from privacy.viewsets import AuditEntryViewSet, RetentionRunViewSet


@hooks.register("register_admin_viewset")
def register_audit_log():
    return AuditEntryViewSet("audit_log")


@hooks.register("register_admin_viewset")
def register_retention_runs():
    return RetentionRunViewSet("retention_runs")


@hooks.register("register_admin_urls")
def register_erase_url():
    return [path("privacy/erase/<int:user_id>/", admin_views.learner_erase_view, name="privacy_erase_learner")]


@hooks.register("register_user_listing_buttons")
def erase_button(user, request_user):
    if user.is_staff or user.is_superuser or not admin_views.can_erase(request_user):
        return []
    return [
        ListingButton(
            "Erase personal data",
            reverse("privacy_erase_learner", args=[user.pk]),
            priority=90,
            attrs={"aria-label": f"Erase personal data of {user.email}"},
        )
    ]
