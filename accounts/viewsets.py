"""Wagtail admin viewsets for users, organisations and departments."""

from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail.users.views.users import UserViewSet

from .forms import AcademyUserCreationForm, AcademyUserEditForm
from .models import Department, Organisation


class AcademyUserViewSet(UserViewSet):
    def get_form_class(self, for_update=False):
        return AcademyUserEditForm if for_update else AcademyUserCreationForm


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "created_at"]
    search_fields = ["name"]


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "list-ul"
    list_display = ["name", "organisation"]
    list_filter = ["organisation"]
    search_fields = ["name"]


class OrganisationsGroup(SnippetViewSetGroup):
    menu_label = "Organisations"
    menu_icon = "group"
    menu_order = 300
    items = (OrganisationViewSet, DepartmentViewSet)
