"""The staff chooser: a searchable modal listing only staff (never learners), used for a course's trainers."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets import BaseChooser


def staff_members():
    """Active people who use the admin (trainers, reviewers, admins): roles.py raises `is_staff` for all of
    them, and reports count everyone without it as a learner, so learners are never offered."""
    return get_user_model().objects.filter(is_active=True, is_staff=True)


def staff_matching(query):
    """Staff whose first name, last name, full name or email address contains every word of the query."""
    members = staff_members()
    for word in query.split():
        members = members.filter(
            Q(first_name__icontains=word) | Q(last_name__icontains=word) | Q(email__icontains=word)
        )
    return members


def name_and_email(user):
    name = user.get_full_name()
    return f"{name} ({user.email})" if name else user.email


class StaffSearchForm(BaseFilterForm):
    q = forms.CharField(
        label="Search by name or email",
        widget=forms.TextInput(attrs={"placeholder": "Name or email"}),
        required=False,
        max_length=200,
    )

    def filter(self, objects):
        query = self.cleaned_data.get("q", "").strip()
        if not query:
            return objects
        self.is_searching = True
        self.search_query = query
        return objects.filter(pk__in=staff_matching(query).values("pk"))


class StaffListingMixin:
    """The chooser's listing: staff only, searchable, with a name and an email column."""

    filter_form_class = StaffSearchForm
    ordering = ["last_name", "first_name", "email"]

    def get_object_list(self):
        return staff_members()

    def can_create(self):
        return False  # people join through sign-up and the user admin, never from a chooser

    @property
    def title_column(self):
        column = super().title_column
        column.label = "Name"
        column.accessor = lambda user: user.get_full_name() or "(no name)"
        return column

    @property
    def columns(self):
        return [*super().columns, Column("email", label="Email")]


class StaffChooseView(StaffListingMixin, ChooserViewSet.choose_view_class):
    pass


class StaffChooseResultsView(StaffListingMixin, ChooserViewSet.choose_results_view_class):
    pass


class StaffChosenView(ChooserViewSet.chosen_view_class):
    def get_object(self, pk):
        return staff_members().get(pk=pk)  # a learner's id answers 404, as an unknown one does

    def get_display_title(self, instance):
        return name_and_email(instance)


class StaffChosenMultipleView(ChooserViewSet.chosen_multiple_view_class):
    def get_objects(self, pks):
        return staff_members().filter(pk__in=[pk for pk in pks if str(pk).isdigit()])

    def get_display_title(self, instance):
        return name_and_email(instance)


class StaffChooser(BaseChooser):
    show_edit_link = False  # the user editor is for academy admins; trainers would be refused

    def get_display_title(self, instance):
        return name_and_email(instance)


class StaffChooserViewSet(ChooserViewSet):
    model = "accounts.User"
    icon = "user"
    choose_one_text = "Choose a member of staff"
    choose_another_text = "Choose someone else"
    page_title = "Choose staff"
    per_page = 20
    # Not the widget for every user field: some (named learners of an assignment) must offer learners.
    register_widget = False
    base_widget_class = StaffChooser
    choose_view_class = StaffChooseView
    choose_results_view_class = StaffChooseResultsView
    chosen_view_class = StaffChosenView
    chosen_multiple_view_class = StaffChosenMultipleView

    def get_urlpatterns(self):
        return [pattern for pattern in super().get_urlpatterns() if pattern.name != "create"]


staff_chooser_viewset = StaffChooserViewSet("staff_chooser", url_prefix="staff-chooser")
