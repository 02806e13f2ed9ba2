"""Forms for signing up, editing a profile, and editing users in the Wagtail admin."""

from django import forms
from django.core.exceptions import ValidationError
from wagtail.users.forms import UserCreationForm, UserEditForm

from .models import Department, Organisation, User
from .services import membership_request

PROFILE_FIELDS = ["first_name", "last_name", "organisation", "department", "job_role"]
ORGANISATION_HELP = (
    "You join straight away if your email address is at your organisation's domain, for example "
    "@northshire.police.uk. Otherwise an administrator approves your request first."
)

# GOV.UK error messages say what to do, so the error summary makes sense without the form beside it.
REQUIRED_MESSAGES = {
    "first_name": "Enter your first name",
    "last_name": "Enter your last name",
    "email": "Enter your email address",
    "login": "Enter your email address",
    "organisation": "Choose your organisation",
    "password": "Enter your password",
    "oldpassword": "Enter your current password",
    "password1": "Enter a password",
    "password2": "Enter the password again",
}


class SpecificRequiredMessagesMixin:
    """Replace Django's 'This field is required.' with a message naming the field.

    Set at clean time because allauth adds its email and password fields after our __init__ runs.
    """

    def full_clean(self):
        for name, message in REQUIRED_MESSAGES.items():
            if name in self.fields:
                self.fields[name].error_messages["required"] = message
        super().full_clean()


class DepartmentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, department):
        return department.name


class ProfileFieldsMixin(SpecificRequiredMessagesMixin):
    """Names, organisation, department and role: required and consistent with each other."""

    def setup_profile_fields(self):
        self.fields["first_name"].required = True
        self.fields["last_name"].required = True
        self.fields["organisation"].required = True
        self.fields["organisation"].empty_label = "Choose your organisation"
        self.fields["organisation"].help_text = ORGANISATION_HELP
        self.fields["department"].queryset = Department.objects.select_related("organisation")
        self.fields["department"].empty_label = "Choose your department"
        self.fields["department"].choices = department_choices_grouped_by_organisation()
        self.fields["job_role"].help_text = "For example, contract manager or procurement officer"

    def clean(self):
        cleaned_data = super().clean()
        organisation = cleaned_data.get("organisation")
        department = cleaned_data.get("department")
        if organisation and department and department.organisation_id != organisation.id:
            self.add_error("department", f"Choose a department in {organisation.name}")
        return cleaned_data


def department_choices_grouped_by_organisation():
    """Select options grouped by organisation, so the choice works without JavaScript."""
    choices = [("", "Choose your department")]
    groups = {}
    for department in Department.objects.select_related("organisation"):
        groups.setdefault(department.organisation.name, []).append((department.pk, department.name))
    choices.extend(groups.items())
    return choices


class LearnerSignupForm(ProfileFieldsMixin, forms.Form):
    """Extra sign-up details; allauth adds email and password fields to this form."""

    first_name = forms.CharField(
        max_length=150, label="First name", widget=forms.TextInput(attrs={"autocomplete": "given-name"})
    )
    last_name = forms.CharField(
        max_length=150, label="Last name", widget=forms.TextInput(attrs={"autocomplete": "family-name"})
    )
    organisation = forms.ModelChoiceField(queryset=Organisation.objects.all())
    department = DepartmentChoiceField(queryset=Department.objects.none(), required=False)
    job_role = forms.CharField(
        max_length=200,
        required=False,
        label="Job role",
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )

    field_order = [
        "first_name",
        "last_name",
        "email",
        "organisation",
        "department",
        "job_role",
        "password1",
        "password2",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_profile_fields()

    def signup(self, request, user):
        """Called by allauth once the user is saved: the organisation chosen is only a request until confirmed."""
        data = self.cleaned_data
        user.first_name, user.last_name, user.job_role = data["first_name"], data["last_name"], data["job_role"]
        user.save(update_fields=["first_name", "last_name", "job_role"])
        membership_request(user=user, organisation=data["organisation"], department=data["department"])


class ProfileForm(ProfileFieldsMixin, forms.ModelForm):
    """A learner edits their own name and role, and asks to join an organisation and department."""

    # Not model fields here: a learner's own choice is a request, granted by `membership_request`.
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.all(), widget=forms.Select(attrs={"autocomplete": "organization"})
    )
    department = DepartmentChoiceField(queryset=Department.objects.none(), required=False)

    class Meta:
        model = User
        fields = ["first_name", "last_name", "job_role"]
        labels = {"job_role": "Job role"}
        # Browsers and assistive technology can fill these in (WCAG 1.3.5 Identify Input Purpose).
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
            "job_role": forms.TextInput(attrs={"autocomplete": "organization-title"}),
        }

    field_order = PROFILE_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_profile_fields()
        user = self.instance
        waiting = user.latest_membership_request
        if waiting is not None and waiting.is_pending:
            self.initial.update(organisation=waiting.organisation_id, department=waiting.department_id)
        else:
            self.initial.update(organisation=user.organisation_id, department=user.department_id)


class AcademyUserEditForm(UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | {"organisation", "department", "job_role"}

    def clean(self):
        cleaned_data = super().clean()
        department = cleaned_data.get("department")
        if department and department.organisation_id != getattr(cleaned_data.get("organisation"), "id", None):
            raise ValidationError({"department": "The department must belong to the user's organisation."})
        return cleaned_data


class AcademyUserCreationForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | {"organisation", "department", "job_role"}
