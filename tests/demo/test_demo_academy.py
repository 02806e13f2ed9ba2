"""The demo academy a newcomer gets from `make run`: complete courses, quizzes, accounts and assignments."""

import pytest
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Page

from accounts.models import User
from courses.demo.accounts import DEMO_PASSWORD
from courses.demo.builder import build_demo_academy
from courses.models import CoursePage, Enrolment, LessonPage, ModulePage
from quizzes.models import QuizPage
from tracking.models import Assignment
from tracking.selectors import completion_by_course, reportable_courses, reportable_enrolments


@pytest.fixture(scope="module")
def built_academy(django_db_setup, django_db_blocker):
    """Built once for this module (it takes seconds), inside a transaction rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        build_demo_academy(log=lambda line: None)
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo_academy(built_academy, db):
    """Each test runs in its own savepoint inside the built academy."""


def test_every_demo_course_has_modules_of_lessons_each_ending_in_a_quiz(demo_academy):
    courses = CoursePage.objects.live()
    assert courses.count() >= 5
    for course in courses:
        modules = ModulePage.objects.live().child_of(course)
        assert modules.count() >= 3, course.title
        for module in modules:
            lessons = LessonPage.objects.live().child_of(module)
            assert 2 <= lessons.count() <= 4, module.title
            last_child = module.get_children().live().last().specific
            assert isinstance(last_child, QuizPage), f"{module.title} does not end with a quiz"
            assert len(last_child.questions) >= 5, last_child.title
        final = QuizPage.objects.live().child_of(course).get()
        assert len(final.questions) > final.questions_per_attempt_count, f"{course.title}: no larger bank"


def test_lessons_are_real_teaching_material(demo_academy):
    for lesson in LessonPage.objects.live():
        kinds = [block.block_type for block in lesson.body]
        assert kinds.count("paragraph") >= 2, lesson.title
        assert {"key_point", "case_study", "reflection"} & set(kinds), lesson.title


def test_demo_accounts_sign_in_and_the_demo_learner_can_read_every_lesson(demo_academy, client):
    for email in ["learner@example.com", "trainer@example.com", "admin@example.com"]:
        assert User.objects.get(email=email).check_password(DEMO_PASSWORD)
    assert {"Learners", "Trainers", "Academy admins"} <= set(Group.objects.values_list("name", flat=True))

    learner = User.objects.get(email="learner@example.com")
    client.force_login(learner)
    enrolled = CoursePage.objects.filter(enrolments__user=learner)
    assert enrolled.exists()
    for lesson in LessonPage.objects.live().filter(path__startswith=enrolled.first().path):
        assert client.get(lesson.url).status_code == 200, lesson.url


def test_the_demo_learner_has_a_course_completed_and_one_to_continue(demo_academy):
    learner = User.objects.get(email="learner@example.com")
    enrolments = Enrolment.objects.filter(user=learner)
    assert enrolments.filter(completed_at__isnull=False, progress_percent=100).exists()
    assert enrolments.filter(completed_at__isnull=True, progress_percent__gt=0).exists()


def test_demo_assignments_give_every_report_something_to_show(demo_academy):
    assert Assignment.objects.count() >= 3
    overdue = [e for e in Enrolment.objects.filter(assignment__isnull=False) if e.is_overdue]
    assert overdue
    assert all(e.enrolled_at.date() < e.due_date for e in overdue), "an overdue learner was enrolled after the due date"
    rates = [row["completion_rate"] for row in completion_by_course(Enrolment.objects.all())]
    assert len(rates) >= 5 and any(0 < rate < 100 for rate in rates), rates


def test_running_the_demo_command_again_adds_nothing(demo_academy):
    counts = (Page.objects.count(), User.objects.count(), Enrolment.objects.count(), Assignment.objects.count())

    build_demo_academy(log=lambda line: None)

    assert (Page.objects.count(), User.objects.count(), Enrolment.objects.count(), Assignment.objects.count()) == counts


def test_the_demo_trainer_reports_on_the_courses_they_are_named_on(demo_academy):
    trainer = User.objects.get(email="trainer@example.com")

    courses = set(reportable_courses(trainer).values_list("slug", flat=True))

    assert courses == {"contract-negotiation", "supplier-relationship-management"}
    assert reportable_enrolments(trainer).exists()
    # named on the published page, so the next publish by anyone keeps the trainer
    assert (
        CoursePage.objects.get(slug="contract-negotiation")
        .get_latest_revision_as_object()
        .trainers.filter(pk=trainer.pk)
    )
