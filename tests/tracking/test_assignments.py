"""Assigning a course enrols the right learners with a due date, and each reminder email goes out once."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from accounts.models import Department, Organisation
from courses.models import Enrolment
from courses.services import enrolment_create, lesson_complete
from tests.accounts.factories import UserFactory
from tests.courses.factories import lessons_of
from tracking.models import Assignment, AssignmentReminder
from tracking.services import assignment_apply, due_reminders_send

TODAY = timezone.localdate()


@pytest.fixture
def police(db):
    return Organisation.objects.create(name="Northshire Police")


@pytest.fixture
def council(db):
    return Organisation.objects.create(name="Southvale Council")


@pytest.fixture
def custody(police):
    return Department.objects.create(organisation=police, name="Custody")


@pytest.fixture
def traffic(police):
    return Department.objects.create(organisation=police, name="Traffic")


@pytest.fixture
def people(police, council, custody, traffic):
    """Two police officers in different departments and one council officer."""
    planning = Department.objects.create(organisation=council, name="Planning")
    return {
        "custody": UserFactory(organisation=police, department=custody, email="custody@example.gov.uk"),
        "traffic": UserFactory(organisation=police, department=traffic, email="traffic@example.gov.uk"),
        "council": UserFactory(organisation=council, department=planning, email="council@example.gov.uk"),
    }


@pytest.fixture
def assign(course, django_capture_on_commit_callbacks):
    """Save an assignment and apply it, as the admin's Save button does, running its on-commit emails."""

    def make(*, due, organisation=None, department=None, learners=(), on=None):
        with django_capture_on_commit_callbacks(execute=True):
            assignment = Assignment.objects.create(
                course=on or course, organisation=organisation, department=department, due_date=due
            )
            if learners:
                assignment.learners.set(learners)
                assignment.save()
            assignment_apply(assignment=assignment)
        return assignment

    return make


def enrolled_emails(course):
    return set(Enrolment.objects.filter(course=course).values_list("user__email", flat=True))


def due_date_of(user, course):
    return Enrolment.objects.get(user=user, course=course).due_date


def subjects_to(email):
    return sorted(message.subject for message in mail.outbox if email in message.to)


# Who is enrolled


def test_organisation_assignment_enrols_every_member_and_nobody_else(assign, course, police, people):
    due = TODAY + timedelta(days=30)
    assign(due=due, organisation=police)

    assert enrolled_emails(course) == {"custody@example.gov.uk", "traffic@example.gov.uk"}
    assert due_date_of(people["custody"], course) == due
    assert due_date_of(people["traffic"], course) == due


def test_department_assignment_enrols_only_that_department(assign, course, custody, people):
    assign(due=TODAY + timedelta(days=30), department=custody)

    assert enrolled_emails(course) == {"custody@example.gov.uk"}


def test_named_learners_assignment_enrols_only_them(assign, course, people):
    assign(due=TODAY + timedelta(days=30), learners=[people["traffic"], people["council"]])

    assert enrolled_emails(course) == {"traffic@example.gov.uk", "council@example.gov.uk"}


def test_deactivated_members_are_not_enrolled(assign, course, police, people):
    people["traffic"].is_active = False
    people["traffic"].save()

    assign(due=TODAY + timedelta(days=30), organisation=police)

    assert enrolled_emails(course) == {"custody@example.gov.uk"}


def test_assignment_keeps_existing_progress(assign, course, police, people):
    enrolment_create(user=people["custody"], course=course)
    lesson_complete(user=people["custody"], lesson=lessons_of(course)[0])

    assign(due=TODAY + timedelta(days=30), organisation=police)

    enrolment = Enrolment.objects.get(user=people["custody"], course=course)
    assert enrolment.progress_percent == 25
    assert Enrolment.objects.filter(course=course).count() == 2


# Learners who join later


def test_learner_who_joins_the_organisation_later_is_enrolled_with_the_due_date(
    assign, course, police, traffic, people, django_capture_on_commit_callbacks
):
    due = TODAY + timedelta(days=30)
    assign(due=due, organisation=police)

    with django_capture_on_commit_callbacks(execute=True):
        newcomer = UserFactory(organisation=police, department=traffic, email="newcomer@example.gov.uk")

    assert due_date_of(newcomer, course) == due
    assert subjects_to("newcomer@example.gov.uk") == ["New course assigned: Contract negotiation"]


def test_learner_who_moves_into_the_organisation_is_enrolled(
    assign, course, police, people, django_capture_on_commit_callbacks
):
    due = TODAY + timedelta(days=30)
    assign(due=due, organisation=police)
    mover = people["council"]

    with django_capture_on_commit_callbacks(execute=True):
        mover.organisation, mover.department = police, None
        mover.save(update_fields=["organisation", "department"])

    assert due_date_of(mover, course) == due
    assert subjects_to("council@example.gov.uk") == ["New course assigned: Contract negotiation"]


def test_learner_who_moves_into_the_department_is_enrolled(
    assign, course, custody, people, django_capture_on_commit_callbacks
):
    due = TODAY + timedelta(days=14)
    assign(due=due, department=custody)
    mover = people["traffic"]
    assert not Enrolment.objects.filter(user=mover, course=course).exists()

    with django_capture_on_commit_callbacks(execute=True):
        mover.department = custody
        mover.save()

    assert due_date_of(mover, course) == due


def test_saving_other_profile_fields_enrols_nobody_new(
    assign, course, police, people, django_capture_on_commit_callbacks
):
    assign(due=TODAY + timedelta(days=30), organisation=police)
    outsider = people["council"]

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        outsider.job_role = "Planner"
        outsider.save(update_fields=["job_role"])

    assert callbacks == []
    assert enrolled_emails(course) == {"custody@example.gov.uk", "traffic@example.gov.uk"}


# Due dates across assignments


@pytest.mark.parametrize("earlier_first", [True, False], ids=["earlier-first", "later-first"])
def test_the_earliest_due_date_wins(assign, course, police, custody, people, earlier_first):
    earlier, later = TODAY + timedelta(days=10), TODAY + timedelta(days=40)
    if earlier_first:
        department_assignment = assign(due=earlier, department=custody)
        assign(due=later, organisation=police)
    else:
        assign(due=later, organisation=police)
        department_assignment = assign(due=earlier, department=custody)

    custody_enrolment = Enrolment.objects.get(user=people["custody"], course=course)
    assert (custody_enrolment.due_date, custody_enrolment.assignment) == (earlier, department_assignment)
    assert due_date_of(people["traffic"], course) == later


def test_saving_an_assignment_again_does_not_move_an_earlier_due_date(assign, course, police, custody, people):
    earlier, later = TODAY + timedelta(days=10), TODAY + timedelta(days=40)
    assign(due=earlier, department=custody)
    organisation_assignment = assign(due=later, organisation=police)

    assignment_apply(assignment=organisation_assignment)

    assert due_date_of(people["custody"], course) == earlier


def test_moving_a_due_date_later_falls_back_to_the_other_earlier_assignment(assign, course, police, custody, people):
    department_assignment = assign(due=TODAY + timedelta(days=10), department=custody)
    assign(due=TODAY + timedelta(days=30), organisation=police)

    department_assignment.due_date = TODAY + timedelta(days=60)
    department_assignment.save()
    assignment_apply(assignment=department_assignment)  # what the admin's edit view does on Save

    assert due_date_of(people["custody"], course) == TODAY + timedelta(days=30)


def test_deleting_the_earlier_assignment_leaves_the_other_due_date(assign, course, police, custody, people):
    department_assignment = assign(due=TODAY + timedelta(days=10), department=custody)
    assign(due=TODAY + timedelta(days=30), organisation=police)

    department_assignment.delete()

    assert due_date_of(people["custody"], course) == TODAY + timedelta(days=30)


def test_deleting_the_only_assignment_clears_the_due_date_but_keeps_the_enrolment(assign, course, police, people):
    assignment = assign(due=TODAY + timedelta(days=10), organisation=police)

    assignment.delete()

    enrolment = Enrolment.objects.get(user=people["custody"], course=course)
    assert (enrolment.due_date, enrolment.assignment) == (None, None)


# Emails


def test_assigned_email_goes_to_each_learner_once(assign, course, police, people, django_capture_on_commit_callbacks):
    assignment = assign(due=TODAY + timedelta(days=30), organisation=police)
    with django_capture_on_commit_callbacks(execute=True):
        assignment_apply(assignment=assignment)  # saved again in the admin

    assert sorted(to for message in mail.outbox for to in message.to) == [
        "custody@example.gov.uk",
        "traffic@example.gov.uk",
    ]
    message = mail.outbox[0]
    assert message.subject == "New course assigned: Contract negotiation"
    assert f"by {assignment.due_date:%-d %B %Y}" in message.body
    assert course.full_url in message.body
    assert subjects_to("council@example.gov.uk") == []


def test_learner_who_already_completed_gets_no_assigned_email(assign, course, police, people):
    enrolment_create(user=people["custody"], course=course)
    for lesson in lessons_of(course):
        lesson_complete(user=people["custody"], lesson=lesson)

    assign(due=TODAY + timedelta(days=30), organisation=police)

    assert subjects_to("custody@example.gov.uk") == []
    assert subjects_to("traffic@example.gov.uk") == ["New course assigned: Contract negotiation"]


def test_due_soon_and_overdue_are_each_sent_once_per_learner(assign, course, police, people):
    due = TODAY + timedelta(days=5)
    assign(due=due, organisation=police)
    mail.outbox.clear()

    assert due_reminders_send(today=TODAY) == 2
    assert due_reminders_send(today=TODAY) == 0
    assert due_reminders_send(today=due) == 0
    assert due_reminders_send(today=due + timedelta(days=1)) == 2
    assert due_reminders_send(today=due + timedelta(days=2)) == 0

    for email in ("custody@example.gov.uk", "traffic@example.gov.uk"):
        assert subjects_to(email) == [
            f"Due soon: Contract negotiation by {due:%-d %B}",
            f"Overdue: Contract negotiation was due {due:%-d %B}",
        ]
    assert AssignmentReminder.objects.count() == 6  # assigned, due soon and overdue, for each of two learners


def test_completed_learners_get_no_reminders(assign, course, police, people):
    due = TODAY + timedelta(days=5)
    assign(due=due, organisation=police)
    for lesson in lessons_of(course):
        lesson_complete(user=people["custody"], lesson=lesson)
    mail.outbox.clear()

    due_reminders_send(today=TODAY)
    due_reminders_send(today=due + timedelta(days=3))

    assert subjects_to("custody@example.gov.uk") == []
    assert len(subjects_to("traffic@example.gov.uk")) == 2


@pytest.mark.parametrize(
    ("days_until_due", "expected"),
    [
        (8, []),
        (7, ["Due soon"]),
        (1, ["Due soon"]),
        (0, ["Due soon"]),
        (-1, ["Overdue"]),
        (-30, ["Overdue"]),
    ],
)
def test_which_reminder_a_learner_gets_depends_on_the_date(assign, course, people, days_until_due, expected):
    due = TODAY + timedelta(days=60)
    assign(due=due, learners=[people["custody"]])
    mail.outbox.clear()

    due_reminders_send(today=due - timedelta(days=days_until_due))

    assert [subject.split(":")[0] for subject in subjects_to("custody@example.gov.uk")] == expected


def test_reminder_tells_the_learner_how_far_they_are(assign, course, people):
    due = TODAY + timedelta(days=3)
    assign(due=due, learners=[people["custody"]])
    lesson_complete(user=people["custody"], lesson=lessons_of(course)[0])
    mail.outbox.clear()

    due_reminders_send(today=TODAY)

    (message,) = mail.outbox
    assert message.to == ["custody@example.gov.uk"]
    assert "25% of the way through" in message.body
