"""The review workflow: trainers submit, Academy reviewers approve; never a page stranded with nobody to act."""

import json

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Workflow, WorkflowState

from authoring.review import WORKFLOW_NAME
from courses.models import LessonPage
from outbox.models import OutboxMessage
from tests.accounts.factories import sign_in_staff
from tests.authoring.factories import reviewer, trainer


def review_workflow():
    return Workflow.objects.get(name=WORKFLOW_NAME)


def edit_form(lesson, title):
    return {
        "title": title,
        "slug": lesson.slug,
        "summary": "",
        "estimated_minutes": "10",
        "body-count": "1",
        "body-0-type": "paragraph",
        "body-0-value": json.dumps(
            {
                "blocks": [
                    {
                        "key": "a",
                        "type": "unstyled",
                        "text": "Teaching",
                        "depth": 0,
                        "inlineStyleRanges": [],
                        "entityRanges": [],
                    }
                ],
                "entityMap": {},
            }
        ),
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-id": "b0",
    }


@pytest.fixture
def lesson(course):
    return LessonPage.objects.get(title="Lesson 1.1")


def test_with_no_reviewers_the_trainer_publishes_and_nothing_waits(client, lesson):
    sign_in_staff(client, trainer())

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        {**edit_form(lesson, "Published directly"), "action-publish": "1"},
    )

    assert review_workflow().active is False
    assert 'name="action-submit"' not in editor
    assert 'name="action-publish"' in editor
    assert LessonPage.objects.get(pk=lesson.pk).title == "Published directly"


def test_with_a_reviewer_the_trainer_submits_sees_who_reviews_and_the_reviewer_is_emailed(
    client, lesson, django_capture_on_commit_callbacks
):
    ada = reviewer(first_name="Ada", last_name="Reviewer", email="ada@academy.test")
    sign_in_staff(client, trainer())

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
            {**edit_form(lesson, "Sent for review"), "action-submit": "1"},
            follow=True,
        )

    assert review_workflow().active is True
    assert 'name="action-submit"' in editor
    assert 'name="action-publish"' not in editor
    assert "waiting for review by Ada Reviewer" in response.content.decode()
    assert LessonPage.objects.get(pk=lesson.pk).title == "Lesson 1.1"  # not live until approved
    assert OutboxMessage.objects.filter(task_name="authoring.tasks.review_request_email").exists()
    assert [message.to for message in mail.outbox if "Please review" in message.subject] == [[ada.email]]


def test_a_trainer_cannot_publish_directly_while_reviewers_exist(client, lesson):
    reviewer()
    sign_in_staff(client, trainer())

    client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        {**edit_form(lesson, "Sneaked live"), "action-publish": "1"},
    )

    assert LessonPage.objects.get(pk=lesson.pk).title == "Lesson 1.1"


def test_the_reviewer_approves_and_the_change_goes_live(client, lesson):
    ada = reviewer()
    author = trainer()
    lesson.title = "Approved title"
    lesson.save_revision(user=author)
    lesson.get_workflow().start(lesson, author)
    state = WorkflowState.objects.get(status="in_progress")
    sign_in_staff(client, ada)

    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", state.current_task_state.pk]),
        {"comment": ""},
    )

    assert LessonPage.objects.get(pk=lesson.pk).title == "Approved title"


def test_when_the_last_reviewer_leaves_waiting_pages_are_released_to_the_trainer(client, lesson):
    ada = reviewer()
    author = trainer()
    lesson.title = "Waiting"
    lesson.save_revision(user=author)
    lesson.get_workflow().start(lesson, author)

    ada.groups.clear()
    sign_in_staff(client, author)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()

    assert not WorkflowState.objects.filter(status="in_progress").exists()
    assert review_workflow().active is False
    assert 'name="action-publish"' in editor
    assert "Only reviewers for this task can edit" not in editor


def test_a_deactivated_reviewer_does_not_count(lesson):
    ada = reviewer()
    assert review_workflow().active is True

    ada.is_active = False
    ada.save()

    assert review_workflow().active is False


def test_the_outline_submits_every_changed_page_for_review(client, course, lesson):
    reviewer(first_name="Ada", last_name="Reviewer")
    author = trainer()
    lesson.title = "Changed"
    lesson.save_revision(user=author)
    sign_in_staff(client, author)

    outline = client.get(reverse("authoring_course_outline", args=[course.pk])).content.decode()
    response = client.post(reverse("authoring_outline_submit", args=[course.pk]), follow=True)

    assert "Reviewers: Ada Reviewer" in outline
    assert "Submit 1 changed page for review" in outline
    assert "Sent 1 page for review by Ada Reviewer" in response.content.decode()
    assert "In review" in response.content.decode()


def test_an_incomplete_draft_is_not_sent_for_review_where_approving_would_fail(client, course, lesson):
    # Wagtail saves drafts with required fields empty; approving publishes, which would then fail.
    reviewer()
    author = trainer()
    course.overview = ""
    course.save_revision(user=author, clean=False)  # as the editor's "Save draft" does
    lesson.title = "Complete change"
    lesson.save_revision(user=author)
    sign_in_staff(client, author)

    response = client.post(reverse("authoring_outline_submit", args=[course.pk]), follow=True)

    text = response.content.decode()
    assert "Nothing was sent for review" in text
    assert "fill in overview" in text
    assert not WorkflowState.objects.exists()
