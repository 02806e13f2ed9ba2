"""Importing a course package never skips the review that editing its pages would need."""

import io
from pathlib import Path

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page, WorkflowState

from accounts.roles import ACADEMY_ADMINS
from courses.models import CoursePage
from outbox.models import OutboxMessage
from packages.source import write_directory, zip_bytes
from tests.accounts.factories import sign_in_staff
from tests.authoring.factories import reviewer, staff_in, trainer
from tests.packages.helpers import replaced, small_package

PAGES_IN_SMALL_COURSE = 8  # the course, two modules, four lessons and a quiz


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def ada(catalogue):
    """An Academy reviewer: while there is one, the review workflow is active."""
    return reviewer(first_name="Ada", last_name="Reviewer", email="ada@academy.test")


def png():
    output = io.BytesIO()
    PILImage.new("RGB", (4, 4), "red").save(output, "PNG")
    return output.getvalue()


def with_image(files):
    """The package with an image in its first lesson of module 2."""
    image = '<section data-block="image" data-image="media/chart.png" data-alt-text="A chart" data-caption="">'
    files = replaced(files, "02-module-2/01-lesson-2-1.html", "</section>", f"</section>\n\n{image}</section>")
    return {**files, "media/chart.png": png()}


def post_import(client, catalogue, files, **data):
    upload = SimpleUploadedFile("small-course.zip", zip_bytes(files, root="small-course"), "application/zip")
    return client.post(reverse("course_package_import", args=[catalogue.pk]), {"file": upload, **data}, follow=True)


def imported_course():
    return CoursePage.objects.get(slug="small-course")


def pages_in_review(course):
    ids = [str(page.pk) for page in course.get_descendants(inclusive=True)]
    return WorkflowState.objects.active().filter(object_id__in=ids).count()


def shown_messages(response):
    return [str(message) for message in response.context["messages"]]


def test_with_nobody_to_review_a_trainer_imports_drafts_as_before(client, catalogue):
    files = small_package(catalogue)
    sign_in_staff(client, trainer())

    response = post_import(client, catalogue, files)

    course = imported_course()
    assert not course.get_descendants(inclusive=True).live().exists()
    assert pages_in_review(course) == 0
    assert "Imported 'Small course' as drafts." in shown_messages(response)[0]


def test_with_nobody_to_review_a_trainer_may_publish_the_import(client, catalogue):
    files = small_package(catalogue)
    sign_in_staff(client, trainer())

    assert "Publish every page now" in client.get(reverse("course_package_import", args=[catalogue.pk])).text
    post_import(client, catalogue, files, publish="on")

    assert imported_course().get_descendants(inclusive=True).live().count() == PAGES_IN_SMALL_COURSE


def test_with_a_reviewer_a_trainers_import_is_sent_for_review_and_says_who_reviews(
    client, catalogue, ada, django_capture_on_commit_callbacks
):
    files = small_package(catalogue)
    sign_in_staff(client, trainer())

    form = client.get(reverse("course_package_import", args=[catalogue.pk])).text
    with django_capture_on_commit_callbacks(execute=True):
        response = post_import(client, catalogue, files, publish="on")  # not offered: a forged tick changes nothing

    course = imported_course()
    assert "Publish every page now" not in form and "sends them for review" in form
    assert not course.get_descendants(inclusive=True).live().exists()
    assert pages_in_review(course) == PAGES_IN_SMALL_COURSE
    assert "sent it for review by Ada Reviewer. They have been emailed." in shown_messages(response)[0]
    assert OutboxMessage.objects.filter(task_name="authoring.tasks.review_request_email").exists()
    assert [ada.email] in [message.to for message in mail.outbox if "Please review" in message.subject]


def test_the_reviewer_approves_an_imported_page_and_it_goes_live(client, catalogue, ada):
    files = small_package(catalogue)
    sign_in_staff(client, trainer())
    post_import(client, catalogue, files)

    course = imported_course()
    state = WorkflowState.objects.active().get(object_id=str(course.pk))
    state.current_task_state.task.specific.on_action(state.current_task_state, ada, "approve")

    course.refresh_from_db()
    assert course.live


def test_with_a_reviewer_an_admin_still_publishes_directly(client, catalogue, ada):
    files = small_package(catalogue)
    sign_in_staff(client, staff_in(ACADEMY_ADMINS))

    post_import(client, catalogue, files, publish="on")

    course = imported_course()
    assert course.get_descendants(inclusive=True).live().count() == PAGES_IN_SMALL_COURSE
    assert pages_in_review(course) == 0


def test_an_admins_import_without_publishing_is_drafts_not_in_review(client, catalogue, ada):
    files = small_package(catalogue)
    sign_in_staff(client, staff_in(ACADEMY_ADMINS))

    post_import(client, catalogue, files)

    course = imported_course()
    assert not course.get_descendants(inclusive=True).live().exists()
    assert pages_in_review(course) == 0


def test_a_failed_review_submission_leaves_nothing_half_written(client, catalogue, ada, monkeypatch, settings):
    files = with_image(small_package(catalogue))
    sign_in_staff(client, trainer())
    pages, images = Page.objects.count(), get_image_model().objects.count()

    def refuse(**kwargs):
        raise ValidationError(["'Lesson 1.1': fill in Body"])

    monkeypatch.setattr("packages.services.course_submit_for_review", refuse)
    response = post_import(client, catalogue, files)

    assert response.status_code == 400
    assert "cannot be sent for review: &#x27;Lesson 1.1&#x27;: fill in Body" in response.text
    assert Page.objects.count() == pages and get_image_model().objects.count() == images
    assert not WorkflowState.objects.exists()
    assert not list(Path(settings.MEDIA_ROOT).rglob("*.png"))  # the stored image file was removed again


def test_a_broken_package_with_a_reviewer_writes_nothing_and_sends_nothing(client, catalogue, ada):
    files = replaced(small_package(catalogue), "course.toml", 'topic = "negotiation"', 'topic = "knitting"')
    sign_in_staff(client, trainer())
    pages = Page.objects.count()

    response = post_import(client, catalogue, files)

    assert response.status_code == 400
    assert Page.objects.count() == pages and not WorkflowState.objects.exists()


def test_updating_a_course_while_its_pages_are_in_review_is_refused(client, catalogue, ada):
    files = small_package(catalogue)
    sign_in_staff(client, trainer())
    post_import(client, catalogue, files)
    changed = replaced(files, "course.toml", 'title = "Small course"', 'title = "Renamed course"')

    response = post_import(client, catalogue, changed, update="on")

    assert response.status_code == 400
    assert "is waiting for review; update it once the review is finished" in response.text
    assert imported_course().get_latest_revision_as_object().title == "Small course"


def test_the_operators_import_command_still_publishes_directly(catalogue, ada, tmp_path):
    files = small_package(catalogue)
    write_directory(files, tmp_path / "small-course")

    call_command("import_course", str(tmp_path / "small-course"), "--publish", stdout=io.StringIO())

    course = imported_course()
    assert course.get_descendants(inclusive=True).live().count() == PAGES_IN_SMALL_COURSE
    assert pages_in_review(course) == 0
