"""A trainer names a colleague as a course's trainer through the staff chooser, searching by name."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import CoursePage
from tests.accounts.factories import UserFactory
from tests.authoring.factories import trainer
from tests.browser.test_accessibility_sweep import signed_in_context
from tests.courses.factories import build_course, build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_trainer_chooses_a_colleague_and_never_sees_learners(browser, live_server):
    course = build_course(build_site(), modules=1, lessons=1)
    author = trainer(first_name="Tam", last_name="Trainer", email="tam@academy.test")
    colleague = trainer(first_name="Colleen", last_name="Colleague", email="colleen@academy.test")
    UserFactory(first_name="Lena", last_name="Learner", email="lena@learner.test")
    course.trainers.add(author)
    page = signed_in_context(browser, live_server, author, staff=True).new_page()
    page.goto(f"{live_server.url}/admin/pages/{course.pk}/edit/")
    page.wait_for_load_state("networkidle")

    page.get_by_role("button", name="Add trainer").click()
    modal = page.locator(".modal-dialog")
    expect(modal.get_by_text("colleen@academy.test")).to_be_visible()
    expect(modal.get_by_text("Lena")).to_have_count(0)
    modal.get_by_label("Search by name or email").fill("colle")
    expect(modal.get_by_text("Tam Trainer")).to_have_count(0)  # the search narrowed the list
    modal.get_by_role("checkbox", name=re.compile("Colleen Colleague")).check()
    modal.get_by_role("button", name=re.compile("Confirm selection", re.I)).click()
    expect(modal).to_be_hidden()
    expect(page.get_by_text("Colleen Colleague (colleen@academy.test)")).to_be_visible()
    assert "Lena" not in page.content()

    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text(re.compile(r"Page '.*' has been updated")).first).to_be_visible()
    draft = CoursePage.objects.get(pk=course.pk).get_latest_revision_as_object()
    assert [row.user for row in draft.course_trainers.all()] == [author, colleague]
    expect(page.get_by_text("Colleen Colleague (colleen@academy.test)")).to_be_visible()  # the draft reopens with it
