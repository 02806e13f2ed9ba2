"""The academy's figures on the admin dashboard, for what the viewer may report on.

Other apps add figures through the `academy_dashboard_figures` hook: a function taking `user` and
`enrolments` (the viewer's reportable enrolments) and returning a list of DashboardFigure, or [].
Certificates adds "Certificates expiring within 90 days" there, while there are some.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.models import Page, WorkflowState

from tracking.selectors import reportable_courses, reportable_enrolments, status_condition

ACTIVE_DAYS = 30


@dataclass
class DashboardFigure:
    label: str
    value: int
    url: str = ""


def month_start(today):
    return today.replace(day=1)


def academy_figures(*, user, today=None):
    """The dashboard's numbers, each linked to the report that lists them: a handful of count queries."""
    today = today or timezone.localdate()
    enrolments = reportable_enrolments(user)
    since = month_start(today)
    report = lambda slug, query="": reverse(f"tracking_reports:{slug}") + query  # noqa: E731
    active_since = timezone.now() - timedelta(days=ACTIVE_DAYS)
    month_query = f"?enrolled_from={since.isoformat()}&enrolled_to={today.isoformat()}"
    figures = [
        DashboardFigure(
            f"Active learners (last {ACTIVE_DAYS} days)",
            enrolments.filter(last_activity_at__gte=active_since).values("user").distinct().count(),
            report("learners"),
        ),
        DashboardFigure(
            "Enrolments this month",
            enrolments.filter(enrolled_at__date__gte=since).count(),
            report("enrolments", month_query),
        ),
        DashboardFigure(
            "Completions this month",
            enrolments.filter(completed_at__date__gte=since).count(),
            report("enrolments", "?status=completed"),
        ),
        DashboardFigure("Overdue", enrolments.filter(status_condition("overdue", today)).count(), report("overdue")),
    ]
    for add_figures in hooks.get_hooks("academy_dashboard_figures"):
        figures.extend(add_figures(user=user, enrolments=enrolments) or [])
    return figures


def courses_awaiting_review(user):
    """Courses in the viewer's scope with a page (the course or one below it) submitted for review."""
    ids = WorkflowState.objects.active().filter(base_content_type__model="page").values_list("object_id", flat=True)
    paths = set()
    for page in Page.objects.filter(pk__in=[int(i) for i in ids]).only("path"):
        paths.update([page.path, *ancestor_paths(page)])
    if not paths:
        return []
    return list(reportable_courses(user).filter(path__in=paths).order_by("title"))


def ancestor_paths(page):
    return [page.path[:end] for end in range(Page.steplen, len(page.path), Page.steplen)]
