"""Puts the academy reports and course assignments in the Wagtail admin."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from tracking import urls as report_urls
from tracking.viewsets import AssignmentViewSet

REPORT_MENU = [
    ("courses", "Completion by course", "table"),
    ("organisations", "Completion by organisation", "group"),
    ("departments", "Completion by department", "list-ul"),
    ("learners", "Learners", "user"),
    ("overdue", "Overdue learners", "warning"),
    ("enrolments", "All enrolments", "download"),
]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("tracking.view_reports")


@hooks.register("register_admin_urls")
def report_admin_urls():
    return [path("academy-reports/", include(report_urls, namespace="tracking_reports"))]


def make_menu_hook(slug, label, icon, order):
    def register():
        return ReportMenuItem(
            label, reverse(f"tracking_reports:{slug}"), name=f"academy-{slug}", icon_name=icon, order=order
        )

    return register


for index, (slug, label, icon) in enumerate(REPORT_MENU):
    hooks.register("register_reports_menu_item", make_menu_hook(slug, label, icon, order=index))

register_snippet(AssignmentViewSet)
