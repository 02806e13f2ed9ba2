"""Demo tracking data: progress across the cohort, and assignments (some overdue) for the reports."""

import random
from datetime import datetime, time, timedelta

from django.utils import timezone

from accounts.models import Department, Organisation, User
from courses.demo.progress import course_complete
from courses.models import CoursePage, Enrolment
from courses.selectors import live_lessons_under
from courses.services import enrolment_create, lesson_complete
from tracking.models import Assignment
from tracking.services import assignment_apply

# (course slug, organisation or "Org / Department", days from today to the due date)
DEMO_ASSIGNMENTS = [
    ("contract-management-foundation", "Northshire Police", 21),
    ("supplier-relationship-management", "Westvale County Council / Waste and Environment", -10),
    ("contract-negotiation", "Department for Regional Services / Commercial Directorate", 5),
]

COMPLETION_SHARE = 0.3  # of cohort enrolments finished, so completion rates and charts are not all zero

# The demo trainer is named on these courses, so their reports have something to show.
TRAINER_COURSES = ["contract-negotiation", "supplier-relationship-management"]


def ensure_demo_tracking():
    admin = User.objects.filter(email="admin@example.com").first()
    trainer = User.objects.filter(email="trainer@example.com").first()
    for course in CoursePage.objects.filter(slug__in=TRAINER_COURSES).exclude(trainers=trainer):
        # trainers is a page field: published through a revision, so a later publish keeps it.
        course.trainers.add(trainer)
        course.save_revision(user=admin).publish(user=admin)
    if Assignment.objects.exists():
        return
    today = timezone.localdate()
    for slug, target, days in DEMO_ASSIGNMENTS:
        course = CoursePage.objects.live().filter(slug=slug).first()
        if course is None:
            continue
        organisation_name, _, department_name = target.partition(" / ")
        organisation = Organisation.objects.get(name=organisation_name)
        department = (
            Department.objects.get(organisation=organisation, name=department_name) if department_name else None
        )
        assignment = Assignment.objects.create(
            course=course,
            organisation=None if department else organisation,
            department=department,
            due_date=today + timedelta(days=days),
            assigned_by=admin,
        )
        assignment_apply(assignment=assignment)
        backdate_assignment(assignment, weeks_before_due=6)
    make_cohort_progress()


def backdate_assignment(assignment, *, weeks_before_due):
    """Demo assignments look as if set weeks before their due date, so an overdue one was not set late."""
    assigned_at = timezone.make_aware(
        datetime.combine(assignment.due_date - timedelta(weeks=weeks_before_due), time(9, 0))
    )
    if assigned_at >= timezone.now():
        return
    Assignment.objects.filter(pk=assignment.pk).update(created_at=assigned_at)
    Enrolment.objects.filter(assignment=assignment, enrolled_at__gt=assigned_at).update(enrolled_at=assigned_at)


def make_cohort_progress():
    """Each cohort learner finishes some courses and reads part of others (seeded: every run builds the same)."""
    rng = random.Random(2026)
    courses = list(CoursePage.objects.live().order_by("path"))
    lessons = {course.pk: list(live_lessons_under([course])) for course in courses}
    for learner in User.objects.filter(email__endswith="@example.com", is_staff=False).exclude(
        email__startswith="learner"
    ):
        for course in rng.sample(courses, k=min(2, len(courses))):
            enrolment_create(user=learner, course=course)
        for enrolment in learner.enrolments.select_related("course"):
            if rng.random() < COMPLETION_SHARE:
                course_complete(user=learner, course=enrolment.course)
                continue
            course_lessons = lessons.get(enrolment.course_id, [])
            for lesson in course_lessons[: rng.randint(0, len(course_lessons))]:
                lesson_complete(user=learner, lesson=lesson)
