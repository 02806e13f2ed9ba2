"""Admins assign courses in the Wagtail admin; saving an assignment enrols its learners."""

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.widgets import AdminDateInput
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet

from tracking.models import Assignment
from tracking.services import assignment_apply


class AssignmentForm(WagtailAdminModelForm):
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


class AssignmentViewSet(SnippetViewSet):
    model = Assignment
    icon = "date"
    menu_label = "Assignments"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["course", "target_label", "due_date", "assigned_by", "created_at"]
    list_filter = ["course", "organisation"]
    add_view_class = AssignmentCreateView
    edit_view_class = AssignmentEditView
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
