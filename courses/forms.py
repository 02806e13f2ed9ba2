"""Forms: the catalogue filter learners use."""

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
