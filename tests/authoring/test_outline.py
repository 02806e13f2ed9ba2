"""The course outline in the admin: every page in order with its state, add buttons in place, reordering."""

import pytest
from django.urls import reverse

from courses.models import LessonPage, ModulePage
from tests.accounts.factories import sign_in_staff
from tests.authoring.factories import trainer


@pytest.fixture
def trainer_client(client, course):
    return sign_in_staff(client, trainer())


def outline_url(course):
    return reverse("authoring_course_outline", args=[course.pk])


def lesson_titles(module):
    return list(LessonPage.objects.child_of(module).order_by("path").values_list("title", flat=True))


def test_the_outline_lists_modules_and_lessons_in_order_with_their_state(trainer_client, course, quiz):
    lesson = LessonPage.objects.get(title="Lesson 1.2")
    lesson.title = "Lesson 1.2, redrafted"
    lesson.save_revision()
    module = ModulePage.objects.get(title="Module 2")
    draft = module.add_child(instance=LessonPage(title="Lesson not yet live", body="[]", live=False))
    draft.save_revision()

    page = trainer_client.get(outline_url(course)).content.decode()

    order = [
        "Module 1",
        "Lesson 1.1",
        "Lesson 1.2, redrafted",
        quiz.title,
        "Module 2",
        "Lesson 2.1",
        "Lesson not yet live",
    ]
    positions = [page.index(title) for title in order]
    assert positions == sorted(positions)
    assert "Live, changed since publishing" in page
    assert "Draft" in page
    assert "Add module" in page and "Add lesson" in page and "Add quiz" in page
    add_lesson = reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk])
    assert add_lesson in page
    assert reverse("tracking_reports:enrolments") + f"?course={course.pk}" in page
    assert reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]) in page


def test_move_down_then_up_reorders_lessons(trainer_client, course):
    module = ModulePage.objects.get(title="Module 1")
    first = LessonPage.objects.get(title="Lesson 1.1")

    response = trainer_client.post(
        reverse("authoring_outline_move", args=[course.pk, "down"]), {"page": first.pk}, follow=True
    )

    assert response.status_code == 200
    assert lesson_titles(module) == ["Lesson 1.2", "Lesson 1.1"]
    assert "Moved" in response.content.decode()
    trainer_client.post(reverse("authoring_outline_move", args=[course.pk, "up"]), {"page": first.pk})
    assert lesson_titles(module) == ["Lesson 1.1", "Lesson 1.2"]


def test_moving_the_first_page_up_says_why_not(trainer_client, course):
    first = LessonPage.objects.get(title="Lesson 1.1")

    response = trainer_client.post(
        reverse("authoring_outline_move", args=[course.pk, "up"]), {"page": first.pk}, follow=True
    )

    assert "already first" in response.content.decode()


@pytest.mark.parametrize("posted", ["", "abc", "99999999999999999999"])
def test_moving_nothing_or_a_page_of_another_course_is_refused_plainly(trainer_client, course, posted):
    response = trainer_client.post(
        reverse("authoring_outline_move", args=[course.pk, "up"]), {"page": posted}, follow=True
    )

    assert response.status_code == 200
    assert "Choose a page of this course" in response.content.decode()


def test_a_learner_cannot_open_or_reorder_the_outline(client, course, learner):
    client.force_login(learner)
    first = LessonPage.objects.get(title="Lesson 1.1")

    shown = client.get(outline_url(course))
    moved = client.post(reverse("authoring_outline_move", args=[course.pk, "down"]), {"page": first.pk})

    assert shown.status_code in (302, 403)
    assert moved.status_code in (302, 403)
    assert lesson_titles(ModulePage.objects.get(title="Module 1")) == ["Lesson 1.1", "Lesson 1.2"]


def test_the_outline_of_something_that_is_not_a_course_is_not_found(trainer_client, course):
    assert trainer_client.get(outline_url(ModulePage.objects.first())).status_code == 404


def test_the_course_page_in_the_explorer_links_to_its_outline(trainer_client, course, catalogue):
    listing = trainer_client.get(reverse("wagtailadmin_explore", args=[catalogue.pk])).content.decode()
    editor = trainer_client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).content.decode()

    assert outline_url(course) in listing
    assert outline_url(course) in editor


def test_my_courses_on_the_dashboard_links_to_the_outline(client, course):
    user = trainer()
    course.trainers.add(user)
    course.save_revision().publish()
    sign_in_staff(client, user)

    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "My courses" in dashboard
    assert outline_url(course) in dashboard


def test_the_revise_lesson_chooser_starts_at_the_quizs_course(trainer_client, course, quiz):
    start = trainer_client.get(
        reverse("authoring_lesson_chooser_start", args=[quiz.pk]) + "?page_type=courses.lessonpage"
    )
    editor = trainer_client.get(reverse("wagtailadmin_pages:edit", args=[quiz.pk])).content.decode()

    assert (
        start["Location"]
        == reverse("wagtailadmin_choose_page_child", args=[course.pk]) + "?page_type=courses.lessonpage"
    )
    assert "authoring/lesson_chooser.js" in editor
    chooser = trainer_client.get(start["Location"]).json()["html"]
    assert "Lesson 1.1" in chooser or "Module 1" in chooser
