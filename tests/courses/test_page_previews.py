"""Trainers preview every page type from the admin: a saved draft, an unsaved new page, and the live page."""

import json

import pytest
from wagtail.models import Page

from courses.models import CourseIndexPage, CoursePage, HomePage, LessonPage, ModulePage
from courses.services import enrolment_create
from quizzes.models import QuizPage
from tests.accounts.factories import sign_in_staff, staff_user
from tests.courses.factories import paragraph_body
from tests.quizzes.factories import QUIZ_BANK, build_quiz

PAGE_TYPES = [HomePage, CourseIndexPage, CoursePage, ModulePage, LessonPage, QuizPage]


@pytest.fixture
def tree(course):
    """The course fixture's tree, with a quiz ending its first module and a final assessment."""
    module = ModulePage.objects.child_of(course).order_by("path").first()
    build_quiz(module, slug="module-quiz")
    build_quiz(course, slug="final-assessment")
    return course


@pytest.fixture
def trainer_client(client):
    return sign_in_staff(client, staff_user())


def first_of(page_type):
    return page_type.objects.order_by("path").first()


def save_draft(page, title):
    page.title = title
    page.save_revision()


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda t: t.__name__)
def test_a_draft_of_every_page_type_previews_with_its_changes(tree, trainer_client, page_type):
    page = first_of(page_type)
    save_draft(page, f"Draft title of the {page_type.__name__}")

    response = trainer_client.get(f"/admin/pages/{page.pk}/view_draft/")

    assert response.status_code == 200
    assert f"Draft title of the {page_type.__name__}" in response.content.decode()


def test_a_draft_final_assessment_previews(tree, trainer_client):
    quiz = QuizPage.objects.child_of(tree).get()
    save_draft(quiz, "Final assessment, redrafted")

    response = trainer_client.get(f"/admin/pages/{quiz.pk}/view_draft/")

    assert response.status_code == 200
    assert "Final assessment, redrafted" in response.content.decode()


def test_a_quiz_draft_previews_in_the_editors_preview_panel(tree, trainer_client):
    quiz = QuizPage.objects.exclude(depth=tree.depth + 1).get()
    edit_form = {
        "title": "Quiz in the editor",
        "slug": quiz.slug,
        "pass_mark": "70",
        "reveal_answers": "after_each_attempt",
        "intro": json.dumps({"blocks": [], "entityMap": {}}),
        "questions-count": "0",
    }

    stored = trainer_client.post(f"/admin/pages/{quiz.pk}/edit/preview/", edit_form)
    shown = trainer_client.get(f"/admin/pages/{quiz.pk}/edit/preview/")

    assert stored.json()["is_valid"] is True, stored.json()
    assert shown.status_code == 200
    assert "Quiz in the editor" in shown.content.decode()


@pytest.mark.parametrize("page_type", [LessonPage, QuizPage], ids=lambda t: t.__name__)
def test_a_new_unsaved_step_previews_before_it_is_created(tree, page_type):
    module = first_of(ModulePage)
    if page_type is LessonPage:
        page = LessonPage(title="A lesson not yet saved", body=paragraph_body("<p>Fresh teaching</p>"))
    else:
        page = QuizPage(title="A quiz not yet saved", questions=json.dumps(QUIZ_BANK))
    page.depth = module.depth + 1
    page.path = module.get_last_child()._inc_path()

    response = page.make_preview_request()

    assert response.status_code == 200
    assert page.title in response.render().content.decode()


def test_a_draft_course_never_published_previews_its_modules(catalogue, trainer_client):
    course = catalogue.add_child(
        instance=CoursePage(
            title="Unpublished course",
            slug="unpublished",
            summary="Soon",
            overview="<p>Soon</p>",
            topic="negotiation",
            level="foundation",
            estimated_minutes=30,
            live=False,
        )
    )
    module = course.add_child(instance=ModulePage(title="Draft module", slug="draft-module", live=False))
    lesson = module.add_child(
        instance=LessonPage(title="Draft lesson", slug="draft-lesson", body=paragraph_body(), live=False)
    )
    quiz = build_quiz(module, slug="draft-quiz")
    QuizPage.objects.filter(pk=quiz.pk).update(live=False)

    for page in [course, module, lesson, quiz]:
        response = trainer_client.get(f"/admin/pages/{page.pk}/view_draft/")
        assert response.status_code == 200, page
        assert page.title in response.content.decode()


def test_a_lesson_whose_document_and_image_were_deleted_still_previews_and_serves(tree, trainer_client, learner):
    lesson = first_of(LessonPage)
    lesson.body = json.dumps(
        [
            {"type": "paragraph", "value": "<p>Before the missing files</p>"},
            {"type": "document", "value": {"document": None, "title": "", "description": "The old handout"}},
            {"type": "image", "value": {"image": None, "alt_text": "A chart", "caption": "A lost chart"}},
            {"type": "paragraph", "value": "<p>After the missing files</p>"},
        ]
    )
    lesson.save_revision().publish()
    enrolment_create(user=learner, course=tree)

    preview = trainer_client.get(f"/admin/pages/{lesson.pk}/view_draft/")
    trainer_client.force_login(learner)
    served = trainer_client.get(lesson.url)

    for response in [preview, served]:
        text = response.content.decode()
        assert response.status_code == 200
        assert "Before the missing files" in text and "After the missing files" in text
        assert "Download" not in text  # no link to a file that is not there
        assert "<img" not in text


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda t: t.__name__)
def test_view_live_of_every_page_type_answers_without_an_error(tree, trainer_client, page_type):
    page = first_of(page_type)

    response = trainer_client.get(Page.objects.get(pk=page.pk).url)

    assert response.status_code in (200, 302)
    if response.status_code == 302:  # a trainer who is not enrolled is sent to the course to enrol
        assert response["Location"] == tree.url


def test_a_draft_lesson_previews_in_its_place_among_the_latest_drafts(tree, trainer_client):
    module = first_of(ModulePage)
    draft = module.add_child(
        instance=LessonPage(title="Lesson in draft", slug="lesson-in-draft", body="[]", live=False)
    )
    draft.save_revision()
    redrafted = LessonPage.objects.get(title="Lesson 1.1")
    save_draft(redrafted, "Lesson 1.1, redrafted")

    text = trainer_client.get(f"/admin/pages/{draft.pk}/view_draft/").content.decode()

    steps = LessonPage.objects.count() + QuizPage.objects.count()
    assert "Step 0 of 0" not in text
    assert f"of {steps}" in text  # every step, drafts included
    assert "Lesson 1.1, redrafted" in text  # the latest revision's title, not the live one
    assert "Draft" in text and "Changed" in text
    assert f"/admin/pages/{redrafted.pk}/view_draft/" in text  # navigation stays in preview


def test_a_course_and_module_preview_list_their_draft_steps(tree, trainer_client):
    module = first_of(ModulePage)
    draft = module.add_child(
        instance=LessonPage(title="Lesson in draft", slug="lesson-in-draft", body="[]", live=False)
    )
    draft.save_revision()

    for page in [tree, module]:
        text = trainer_client.get(f"/admin/pages/{page.pk}/view_draft/").content.decode()
        assert "Lesson in draft" in text, page
