"""Forms: the catalogue filter learners use, and the Trainers widget in the course editor."""

from django import forms

from courses.choices import Level, Topic


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(label="Search courses", required=False, max_length=100)
    topic = forms.ChoiceField(label="Topic", required=False, choices=[("", "All topics"), *Topic.choices])
    level = forms.ChoiceField(label="Level", required=False, choices=[("", "All levels"), *Level.choices])

    def clean(self):
        cleaned_data = super().clean()
        return {
            "query": cleaned_data.get("q", "").strip(),
            "topic": cleaned_data.get("topic", ""),
            "level": cleaned_data.get("level", ""),
        }


class StaffCheckboxes(forms.CheckboxSelectMultiple):
    """The Trainers field: a checkbox per staff member, with a filter box added by script (works without it)."""

    def __init__(self, attrs=None, choices=()):
        super().__init__(attrs={"data-academy-checkbox-filter": "Filter staff by name or email", **(attrs or {})})

    class Media:
        js = ["courses/checkbox_filter.js"]
