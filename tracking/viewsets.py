"""Admins assign courses in the Wagtail admin; saving an assignment enrols its learners."""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.widgets import AdminDateInput
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet
from wagtail.utils.urlpatterns import decorate_urlpatterns

from tracking.models import Assignment
from tracking.services import assignment_apply

ASSIGNMENT_PERMISSIONS = [f"tracking.{action}_assignment" for action in ("add", "change", "delete", "view")]


def bounded_choice_clean(field):
    """A choice id beyond the database's integer range (2^63 on SQLite) is an invalid choice, not a 500."""
    clean = field.clean

    def clean_within_range(value):
        try:
            return clean(value)
        except OverflowError as error:
            raise ValidationError("Select a valid choice.", code="invalid_choice") from error

    return clean_within_range


class AssignmentForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField):
                field.clean = bounded_choice_clean(field)

    def clean(self):
        cleaned_data = super().clean()
        targets = [cleaned_data.get("organisation"), cleaned_data.get("department"), cleaned_data.get("learners")]
        if not any(targets):
            raise forms.ValidationError("Choose an organisation, a department or named learners to assign to.")
        return cleaned_data


class AssignAfterSaveMixin:
    def save_instance(self):
        instance = super().save_instance()
        if not instance.assigned_by_id:
            instance.assigned_by = self.request.user
            instance.save(update_fields=["assigned_by"])
        assignment_apply(assignment=instance)
        return instance


class AssignmentCreateView(AssignAfterSaveMixin, CreateView):
    pass


class AssignmentEditView(AssignAfterSaveMixin, EditView):
    pass


def require_assignment_permission(view):
    """Wagtail's snippet chooser opens to anyone in the admin; assignments name who is behind on what."""

    def checked_view(request, *args, **kwargs):
        if not any(request.user.has_perm(name) for name in ASSIGNMENT_PERMISSIONS):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return checked_view


class AssignmentChooserViewSet(SnippetChooserViewSet):
    def get_urlpatterns(self):
        return decorate_urlpatterns(super().get_urlpatterns(), require_assignment_permission)


class AssignmentViewSet(SnippetViewSet):
    model = Assignment
    icon = "date"
    menu_label = "Assignments"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["course", "target_label", "due_date", "assigned_by", "created_at"]
    list_filter = ["course", "organisation"]
    chooser_viewset_class = AssignmentChooserViewSet
    add_view_class = AssignmentCreateView
    edit_view_class = AssignmentEditView
    # Wagtail's snippet forms give the page no h1; these pass the header title to the slim header, which writes one.
    create_template_name = "tracking/admin/assignment_create.html"
    edit_template_name = "tracking/admin/assignment_edit.html"
    panels = [
        FieldPanel("course", widget=forms.Select),
        MultiFieldPanel(
            [
                FieldPanel("organisation", widget=forms.Select),
                FieldPanel("department", widget=forms.Select),
                FieldPanel("learners", widget=forms.SelectMultiple(attrs={"size": 8})),
            ],
            heading="Who must take it",
            help_text="An organisation, a department, or named learners",
        ),
        FieldPanel("due_date", widget=AdminDateInput),
    ]

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)
        return type("AssignmentForm", (AssignmentForm, form_class), {})
