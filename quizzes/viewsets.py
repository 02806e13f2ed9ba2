"""Wagtail admin for timing adjustments: an admin gives a learner extra time or no limit on every timed quiz."""

from django import forms
from django.contrib.auth import get_user_model
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from quizzes.models import TimingAdjustment
from quizzes.timing import timing_adjustment_remove, timing_adjustment_set


class TimingAdjustmentForm(WagtailAdminModelForm):
    """The learner is named by email address: a list of every user would not scale to an academy."""

    email = forms.EmailField(label="Learner's email address")
    adjustment = forms.ChoiceField(choices=TimingAdjustment.Adjustment.choices, widget=forms.RadioSelect)

    class Meta:
        model = TimingAdjustment
        fields = ["adjustment", "note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["email"].initial = self.instance.user.email
            self.fields["email"].disabled = True
        self.order_fields(["email", "adjustment", "note"])

    def clean_email(self):
        if self.instance.pk:
            return self.instance.user.email
        user = get_user_model().objects.filter(email__iexact=self.cleaned_data["email"]).first()
        if user is None:
            raise forms.ValidationError("No one has an account with that email address.")
        if TimingAdjustment.objects.filter(user=user).exists():
            raise forms.ValidationError("This learner already has an adjustment: change that one instead.")
        self.instance.user = user
        return user.email


class SaveThroughService:
    """Create and edit save through timing_adjustment_set, so open attempts get the new deadline too."""

    def save_instance(self):
        data = self.form.cleaned_data
        return timing_adjustment_set(user=self.form.instance.user, adjustment=data["adjustment"], note=data["note"])


class CreateView(SaveThroughService, generic.CreateView):
    pass


class EditView(SaveThroughService, generic.EditView):
    pass


class DeleteView(generic.DeleteView):
    def delete_action(self):
        timing_adjustment_remove(user=self.object.user)


class TimingAdjustmentViewSet(ModelViewSet):
    model = TimingAdjustment
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView
    icon = "time"
    menu_label = "Timing adjustments"
    menu_order = 302
    add_to_admin_menu = True
    list_display = ["user", Column("email", accessor="user.email", label="Email"), "adjustment", "note", "updated_at"]
    search_fields = ["user__email", "user__first_name", "user__last_name"]
    search_backend_name = None  # plain database lookups: the model is not in the search index
    name = "timing_adjustments"

    def get_form_class(self, for_update=False):
        return TimingAdjustmentForm
