"""A first-time trainer builds a course from an empty catalogue through the course outline only, previews
each page, submits it for review; a reviewer approves; a learner completes it; the trainer's report shows it."""

import re

import pytest
from PIL import Image
from playwright.sync_api import expect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from accounts.roles import setup_roles
from authoring.media import course_collection_of
from courses.models import CoursePage, LessonPage
from tests.accounts.factories import PASSWORD, UserFactory, current_totp_code
from tests.authoring.factories import reviewer, trainer
from tests.courses.factories import build_course, build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
QUESTIONS = [
    ("Which document sets out your walk-away option?", "Your BATNA", "Your invoice"),
    ("Who signs off a contract variation?", "The authorised officer", "Anyone on the team"),
    ("When should a negotiation plan be written?", "Before the first meeting", "After signing"),
]


def sign_in(page, base_url, user, next_path="/"):
    page.goto(f"{base_url}/accounts/login/?next={next_path}")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Sign In", re.I)).click()
    if user.is_staff:
        page.get_by_label("Code", exact=True).fill(current_totp_code())
        page.get_by_role("button", name=re.compile("Sign In", re.I)).click()


def type_into_draftail(page, hidden_input, text):
    # Draftail's editable area sits beside the field's hidden input, without a name of its own.
    editor = hidden_input.locator("xpath=..").get_by_role("textbox")
    editor.click()
    page.keyboard.type(text)
    page.keyboard.press("Tab")  # Draftail writes its field's value as the editor loses focus
    expect(hidden_input).to_have_value(re.compile(re.escape(text)))


def fill_title(page, title):
    page.wait_for_load_state("networkidle")  # the editor's scripts are ready
    page.locator("#id_title").fill(title)
    page.locator("#id_title").press("Tab")  # Wagtail makes the page's slug from its title as you move on
    expect(page.locator("#id_slug")).not_to_have_value("")


def save_draft_and_open_outline(page):
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text(re.compile(r"Page '.*' (created|has been updated)")).first).to_be_visible()
    page.get_by_role("link", name="Back to the course outline").click()
    expect(page.get_by_role("heading", name=re.compile("Course outline"))).to_be_visible()


def insert_block(page, block_label):
    page.get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name=block_label, exact=True).click()


def upload_in_chooser(page, chooser_button, file_path, title, alt_text=None):
    chooser_button.click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("tab", name="Upload").click()
    modal.get_by_label("Title").fill(title)
    if alt_text:  # every image uploaded has alternative text
        modal.get_by_label("Alternative text").fill(alt_text)
    modal.locator("input[type='file']").set_input_files(str(file_path))
    modal.get_by_role("button", name="Upload").click()
    expect(modal).to_be_hidden()


def add_lesson(page, module_title, title, text):
    page.get_by_role("link", name=f"Add lesson to {module_title}").click()
    fill_title(page, title)
    insert_block(page, "Paragraph")
    type_into_draftail(page, page.locator("input[name='body-0-value']"), text)


def test_trainer_builds_a_course_through_the_outline_and_a_learner_completes_it(
    browser, page, live_server, assert_accessible, tmp_path
):
    build_site()  # an empty catalogue
    setup_roles()
    author = trainer(first_name="Alex", last_name="Morgan")
    approver = reviewer(first_name="Robin", last_name="Shah")
    learner = UserFactory(first_name="Sam", last_name="Patel")
    picture = tmp_path / "chart.png"
    Image.new("RGB", (40, 30), "teal").save(picture)
    handout = tmp_path / "plan.pdf"
    handout.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")

    sign_in(page, live_server.url, author, "/admin/")

    # The course, from the dashboard's "My courses" panel.
    page.get_by_role("link", name="Add course").click()
    fill_title(page, "Negotiating with suppliers")
    page.locator("#id_summary").fill("Prepare, negotiate and record a deal.")
    type_into_draftail(page, page.locator("#id_overview"), "A short practical course.")
    page.locator("#id_topic").select_option(index=1)
    page.locator("#id_level").select_option(index=1)
    page.get_by_label("Estimated time to complete (minutes)").fill("45")
    save_draft_and_open_outline(page)
    assert_accessible(page)

    page.get_by_role("link", name="Add module").click()
    fill_title(page, "Preparing")
    save_draft_and_open_outline(page)

    add_lesson(page, "Preparing", "Know your position", "Write down what you need.")
    insert_block(page, "Image")
    upload_in_chooser(
        page, page.get_by_role("button", name="Choose an image"), picture, "Position chart", "Two positions, charted"
    )
    page.get_by_role("textbox", name=re.compile("Alternative text")).fill("A chart of the two positions")
    save_draft_and_open_outline(page)

    add_lesson(page, "Preparing", "Plan the meeting", "Agree an agenda first.")
    insert_block(page, "Document")
    upload_in_chooser(page, page.get_by_role("button", name="Choose a document"), handout, "Meeting plan")
    save_draft_and_open_outline(page)

    page.get_by_role("link", name="Add quiz to Preparing").click()
    fill_title(page, "Preparing check")
    page.get_by_label("Pass mark (%)").fill("60")
    for number, (prompt, right, wrong) in enumerate(QUESTIONS):
        insert_block(page, "Single choice")
        page.locator(f"textarea[name='questions-{number}-value-prompt']").fill(prompt)
        # A new question opens with its two option slots.
        page.locator(f"input[name='questions-{number}-value-options-0-value-text']").fill(right)
        page.locator(f"input[name='questions-{number}-value-options-1-value-text']").fill(wrong)
        # The right option is worth 100% (Moodle's grades: a new option starts at 0%).
        page.locator(f"select[name='questions-{number}-value-options-0-value-fraction']").select_option("1")
    save_draft_and_open_outline(page)

    course = CoursePage.objects.get(title="Negotiating with suppliers")
    assert get_image_model().objects.get(title="Position chart").collection == course_collection_of(course)
    assert get_document_model().objects.get(title="Meeting plan").collection == course_collection_of(course)

    outline = page.locator(".academy-outline")
    expect(outline).to_contain_text("Know your position")
    expect(outline.get_by_text("Draft")).to_have_count(4)

    # Reorder with the keyboard: the second lesson up, then back down.
    page.get_by_role("button", name="Move up: Plan the meeting").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Moved 'Plan the meeting' up")).to_be_visible()
    page.get_by_role("button", name="Move down: Plan the meeting").click()

    # Preview every page from the outline, then come back to it.
    previews = [
        ("course Negotiating with suppliers", "Prepare, negotiate and record a deal."),
        ("module Preparing", "Know your position"),
        ("lesson Know your position", "Step 1 of 3"),
        ("lesson Plan the meeting", "Download Meeting plan"),
        ("quiz Preparing check", "Plan the meeting"),  # the previous step, from the drafts
    ]
    for name, shows in previews:
        page.get_by_role("link", name=f"Preview {name}").click()
        expect(page.get_by_text(shows).first).to_be_visible()
        page.go_back()
    page.get_by_role("link", name="Preview lesson Know your position").click()
    expect(page.get_by_role("img", name="A chart of the two positions")).to_be_visible()
    page.go_back()

    expect(page.get_by_text("Reviewers: Robin Shah")).to_be_visible()
    page.get_by_role("button", name=re.compile(r"Submit 5 changed pages for review")).click()
    expect(page.get_by_text("Sent 5 pages for review by Robin Shah")).to_be_visible()
    expect(outline.get_by_text("In review")).to_have_count(4)

    # The reviewer approves each page from the dashboard.
    review_page = browser.new_context().new_page()
    sign_in(review_page, live_server.url, approver, "/admin/")
    awaiting = review_page.get_by_role("region", name="Awaiting your review")
    for remaining in range(5, 0, -1):
        expect(awaiting.get_by_role("button", name="Actions")).to_have_count(remaining)
        awaiting.get_by_role("button", name="Actions").first.click()
        awaiting.get_by_role("button", name="Approve", exact=True).first.click()
    expect(awaiting).to_have_count(0)

    # The learner finds the course in the catalogue and completes it.
    learner_page = browser.new_context().new_page()
    sign_in(learner_page, live_server.url, learner, "/courses/")
    learner_page.get_by_role("link", name="Negotiating with suppliers").click()
    learner_page.get_by_role("button", name="Enrol on this course").click()
    learner_page.get_by_role("button", name="Start the course").click()
    expect(learner_page.get_by_role("img", name="A chart of the two positions")).to_be_visible()
    learner_page.get_by_role("button", name="Mark as complete and continue").click()
    expect(learner_page.get_by_role("link", name=re.compile("Download Meeting plan"))).to_be_visible()
    learner_page.get_by_role("button", name="Mark as complete and continue").click()
    learner_page.get_by_role("button", name="Start the quiz").click()
    for _prompt, right, _wrong in QUESTIONS:
        learner_page.get_by_label(right).check()
    learner_page.get_by_role("button", name="Submit answers").click()
    expect(learner_page.get_by_role("heading", name="You passed")).to_be_visible()

    # Back in the outline, the trainer opens the course's report and sees the completion.
    page.reload()
    expect(outline.get_by_text("Live", exact=True)).to_have_count(4)
    page.get_by_role("link", name=re.compile("Course report")).click()
    row = page.locator("#listing-results table tbody tr").filter(has_text="Patel")
    expect(row).to_contain_text("100")


def test_a_trainer_of_two_courses_uploads_from_a_lessons_image_chooser_into_that_courses_collection(
    page, live_server, tmp_path
):
    catalogue = build_site()
    setup_roles()
    author = trainer(first_name="Alex", last_name="Morgan")
    first = build_course(catalogue, title="Negotiating with suppliers", slug="negotiating", modules=1, lessons=1)
    second = build_course(catalogue, title="Managing contracts", slug="managing", modules=1, lessons=1)
    for course in (first, second):
        course.trainers.add(author)
        course.save_revision().publish()
    lesson = LessonPage.objects.descendant_of(second).get()
    picture = tmp_path / "risks.png"
    Image.new("RGB", (40, 30), "navy").save(picture)

    sign_in(page, live_server.url, author, f"/admin/pages/{lesson.pk}/edit/")
    page.wait_for_load_state("networkidle")
    insert_block(page, "Image")
    page.get_by_role("button", name="Choose an image").click()
    modal = page.locator(".modal-dialog")
    modal.get_by_role("tab", name="Upload").click()

    # Two collections to upload into; the lesson's course is chosen already.
    collection = modal.get_by_label("Collection", exact=True)
    expect(collection.locator("option:checked")).to_have_text(re.compile("Managing contracts"))
    modal.get_by_label("Title").fill("Risk register")
    modal.get_by_label("Alternative text").fill("A risk register with three rows")
    modal.locator("input[type='file']").set_input_files(str(picture))
    modal.get_by_role("button", name="Upload").click()
    expect(modal).to_be_hidden()

    assert get_image_model().objects.get(title="Risk register").collection == course_collection_of(second)
