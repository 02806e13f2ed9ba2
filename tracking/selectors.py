"""Report numbers: every report is one or two aggregate queries, whatever the number of learners."""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils import timezone

from accounts.models import User
from accounts.roles import can_report_on_every_course
from courses.models import CoursePage, Enrolment
from courses.progress import percent_complete
from quizzes.models import QuizAttempt

# The columns of the all-enrolments report and its exports: (field lookup, heading).
ENROLMENT_COLUMNS = [
    ("user__last_name", "Last name"),
    ("user__first_name", "First name"),
    ("user__email", "Email"),
    ("user__organisation__name", "Organisation"),
    ("user__department__name", "Department"),
    ("course__title", "Course"),
    ("enrolled_at", "Enrolled"),
    ("progress_percent", "Progress (%)"),
    ("completed_at", "Completed"),
    ("due_date", "Due"),
]
ENROLMENT_ORDER = ("course__title", "user__last_name", "pk")
STATUSES = {
    "completed": "Completed",
    "in_progress": "In progress",
    "not_started": "Not started",
    "overdue": "Overdue",
}


def sees_every_course(user):
    return can_report_on_every_course(user)


def reportable_courses(user):
    """Academy admins see every course; a trainer sees the courses they own or are named on."""
    if not user.has_perm("tracking.view_reports"):
        return CoursePage.objects.none()
    if sees_every_course(user):
        return CoursePage.objects.all()
    return CoursePage.objects.filter(Q(owner=user) | Q(trainers=user)).distinct()


def status_condition(status, today=None):
    today = today or timezone.localdate()
    return {
        "completed": Q(completed_at__isnull=False),
        "in_progress": Q(completed_at__isnull=True, progress_percent__gt=0),
        "not_started": Q(completed_at__isnull=True, progress_percent=0),
        "overdue": Q(completed_at__isnull=True, due_date__lt=today),
    }[status]


def reportable_enrolments(user):
    """Every learner's enrolment on a course this user may report on: the one start of the enrolment reports.

    The page reports, their CSV and XLSX exports and the background export all begin here and narrow
    with EnrolmentReportFilterSet (tracking/filters.py). Staff are not learners, as in the Learners report.
    """
    return Enrolment.objects.filter(
        course__in=reportable_courses(user).values("pk"), user__is_staff=False
    ).select_related("user__organisation", "user__department__organisation", "course")


def completion_counts():
    today = timezone.localdate()
    return {
        "enrolled": Count("pk"),
        "completed": Count("pk", filter=status_condition("completed", today)),
        "in_progress": Count("pk", filter=status_condition("in_progress", today)),
        "not_started": Count("pk", filter=status_condition("not_started", today)),
        "overdue": Count("pk", filter=status_condition("overdue", today)),
    }


def with_rates(rows):
    rows = list(rows)
    for row in rows:
        row["completion_rate"] = percent_complete(row["completed"], row["enrolled"])
    return rows


def completion_by_course(enrolments):
    rows = with_rates(
        enrolments.values("course_id", "course__title").annotate(**completion_counts()).order_by("course__title")
    )
    for row in rows:
        row["label"] = row["course__title"]
    return rows


def completion_by_organisation(enrolments):
    """One row per organisation, with its member count so learners who never enrolled show too."""
    rows = with_rates(
        enrolments.values("user__organisation_id", "user__organisation__name")
        .annotate(learners_enrolled=Count("user", distinct=True), **completion_counts())
        .order_by("user__organisation__name")
    )
    # Staff are not learners: the count matches what the Learners report lists for the organisation.
    members = dict(
        User.objects.filter(is_staff=False).values_list("organisation_id").annotate(count=Count("pk")).order_by()
    )
    for row in rows:
        row["members"] = members.get(row["user__organisation_id"], 0)
        row["organisation"] = row["label"] = row["user__organisation__name"] or "No organisation"
    return rows


def completion_by_department(enrolments):
    rows = with_rates(
        enrolments.values("user__department_id", "user__department__name", "user__organisation__name")
        .annotate(learners_enrolled=Count("user", distinct=True), **completion_counts())
        .order_by("user__organisation__name", "user__department__name")
    )
    for row in rows:
        name = row["user__department__name"] or "No department"
        row["department"] = row["label"] = f"{name}, {row['user__organisation__name'] or 'no organisation'}"
    return rows


def reportable_learners(user):
    """Academy admins see every learner; a trainer sees only learners enrolled on their courses."""
    learners = User.objects.filter(is_staff=False)
    if sees_every_course(user):
        return learners
    return learners.filter(pk__in=reportable_enrolments(user).values("user_id"))


def learner_rows(*, user, organisation=None, department=None):
    """Learners with their enrolment counts on the courses this user may report on."""
    visible = reportable_courses(user).values("pk")
    today = timezone.localdate()
    learners = reportable_learners(user).select_related("organisation", "department__organisation")
    if organisation:
        learners = learners.filter(organisation=organisation)
    if department:
        learners = learners.filter(department=department)
    in_scope = Q(enrolments__course__in=visible)
    return learners.annotate(
        courses_enrolled=Count("enrolments", filter=in_scope),
        courses_completed=Count("enrolments", filter=in_scope & Q(enrolments__completed_at__isnull=False)),
        courses_overdue=Count(
            "enrolments", filter=in_scope & Q(enrolments__completed_at__isnull=True, enrolments__due_date__lt=today)
        ),
    ).order_by("last_name", "first_name", "email")


@dataclass
class LearnerRecord:
    learner: User
    enrolments: list  # each with .graded_attempts


def learner_record(*, user, learner):
    """Every course a learner is on (that this user may see), with progress, dates and quiz attempts."""
    enrolments = list(
        reportable_enrolments(user).filter(user=learner).select_related("assignment").order_by("-enrolled_at")
    )
    attempts = {}
    for attempt in (
        QuizAttempt.objects.filter(enrolment__in=enrolments, submitted_at__isnull=False)
        .select_related("quiz")
        .order_by("quiz__title", "number")
    ):
        attempts.setdefault(attempt.enrolment_id, []).append(attempt)
    for enrolment in enrolments:
        enrolment.graded_attempts = attempts.get(enrolment.pk, [])
    return LearnerRecord(learner=learner, enrolments=enrolments)


def overdue_enrolments(enrolments):
    return enrolments.filter(status_condition("overdue")).order_by("due_date", "user__last_name")
