"""Filters shared by the enrolment-based reports: course, organisation, department, status, dates."""

from types import SimpleNamespace

import django_filters
from django.db.models import Q
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from accounts.models import Department, Organisation, User
from courses.models import Enrolment
from tracking.selectors import STATUSES, reportable_courses, reportable_enrolments, status_condition


def visible_courses(request):
    return reportable_courses(request.user).order_by("title") if request else reportable_courses(None)


class EnrolmentReportFilterSet(WagtailFilterSet):
    # Matched on Page.id, whose lookups are range-checked: on the page_ptr key SQLite overflows at 2^63.
    course = django_filters.ModelChoiceFilter(queryset=visible_courses, to_field_name="id", label="Course")
    organisation = django_filters.ModelChoiceFilter(
        field_name="user__organisation", queryset=Organisation.objects.all(), label="Organisation"
    )
    department = django_filters.ModelChoiceFilter(
        field_name="user__department", queryset=Department.objects.select_related("organisation"), label="Department"
    )
    status = django_filters.ChoiceFilter(choices=list(STATUSES.items()), method="filter_status", label="Status")
    enrolled = django_filters.DateFromToRangeFilter(
        field_name="enrolled_at__date", widget=DateRangePickerWidget, label="Enrolled between"
    )

    class Meta:
        model = Enrolment
        fields = []

    def filter_status(self, queryset, name, value):
        return queryset.filter(status_condition(value))


def filtered_enrolments(*, user, params):
    """The enrolments a report shows `user` for these query parameters, outside a request (a worker, a test)."""
    request = SimpleNamespace(user=user)  # the course filter offers only the courses this user may report on
    return EnrolmentReportFilterSet(params, queryset=reportable_enrolments(user), request=request).qs


class LearnerReportFilterSet(WagtailFilterSet):
    organisation = django_filters.ModelChoiceFilter(queryset=Organisation.objects.all(), label="Organisation")
    department = django_filters.ModelChoiceFilter(
        queryset=Department.objects.select_related("organisation"), label="Department"
    )
    q = django_filters.CharFilter(method="filter_name", label="Name or email")

    class Meta:
        model = User
        fields = []

    def filter_name(self, queryset, name, value):
        return queryset.filter(
            Q(first_name__icontains=value) | Q(last_name__icontains=value) | Q(email__icontains=value)
        )
