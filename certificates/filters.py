"""Filters for the certificate listing and the holders report: course, organisation, department, state."""

import django_filters
from wagtail.admin.filters import WagtailFilterSet

from accounts.models import Department, Organisation
from certificates.models import Certificate
from certificates.selectors import STATES, state_condition
from tracking.filters import visible_courses


class CertificateFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(queryset=visible_courses, to_field_name="id", label="Course")
    organisation = django_filters.ModelChoiceFilter(
        field_name="user__organisation", queryset=Organisation.objects.all(), label="Organisation"
    )
    state = django_filters.ChoiceFilter(choices=list(STATES.items()), method="filter_state", label="State")
    pdf_status = django_filters.ChoiceFilter(
        choices=[(Certificate.PDF_FAILED, "Failed"), (Certificate.PDF_PENDING, "Pending")], label="PDF"
    )

    class Meta:
        model = Certificate
        fields = []

    def filter_state(self, queryset, name, value):
        return queryset.filter(state_condition(value))


class HolderReportFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(queryset=visible_courses, to_field_name="id", label="Course")
    organisation = django_filters.ModelChoiceFilter(
        field_name="user__organisation", queryset=Organisation.objects.all(), label="Organisation"
    )
    department = django_filters.ModelChoiceFilter(
        field_name="user__department", queryset=Department.objects.select_related("organisation"), label="Department"
    )

    class Meta:
        model = Certificate
        fields = []
