"""Wagtail admin viewsets for users, organisations, departments and requests to join an organisation."""

from django import forms
from django.urls import path
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.base import ViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail.users.views.users import UserViewSet

from . import admin_views
from .forms import AcademyUserCreationForm, AcademyUserEditForm
from .models import Department, Organisation


class AcademyUserViewSet(UserViewSet):
    def get_form_class(self, for_update=False):
        return AcademyUserEditForm if for_update else AcademyUserCreationForm


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "email_domains", "created_at"]
    search_fields = ["name", "email_domains"]


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "list-ul"
    list_display = ["name", "organisation"]
    list_filter = ["organisation"]
    search_fields = ["name"]
    # A plain select, not the snippet chooser: the chooser re-renders a posted non-numeric
    # organisation by looking it up, a 500; a select shows "Select a valid choice" instead.
    panels = [FieldPanel("organisation", widget=forms.Select), FieldPanel("name")]


class OrganisationsGroup(SnippetViewSetGroup):
    menu_label = "Organisations"
    menu_icon = "group"
    menu_order = 300
    items = (OrganisationViewSet, DepartmentViewSet)


class MembershipRequestMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.APPROVE_PERMISSION)


class MembershipRequestViewSet(ViewSet):
    """Pending requests to join an organisation, each approved or rejected with a POST."""

    name = "membership_requests"
    url_prefix = "membership-requests"
    icon = "user"
    menu_label = "Membership requests"
    menu_order = 301
    add_to_admin_menu = True
    menu_item_class = MembershipRequestMenuItem

    def get_urlpatterns(self):
        return [
            path("", admin_views.membership_requests_index, name="index"),
            path("<int:pk>/approve/", admin_views.membership_request_approve_view, name="approve"),
            path("<int:pk>/reject/", admin_views.membership_request_reject_view, name="reject"),
        ]
