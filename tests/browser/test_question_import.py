"""A trainer imports a Moodle GIFT file through the preview; a learner then answers the new question types."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import ModulePage
from courses.services import enrolment_create
from quizzes.models import QuizPage
from tests.accounts.factories import UserFactory, staff_user
from tests.browser.test_quiz_journey import sign_in
from tests.courses.factories import build_course, build_site
from tests.quizzes.factories import QUIZ_BANK, build_quiz

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

GIFT = """$CATEGORY: Negotiation

::Year::In which year did the Procurement Act receive Royal Assent?{#=2023:0#Right. =%50%2023:1#Close.}

::Pairs::Match each term to its meaning.{=BATNA -> Your best alternative =ZOPA -> The zone of agreement}

::Gap::A supplier's lowest acceptable price is its {~ceiling =reservation point ~opening bid} in a negotiation.

::Broken::What is a {#lots}

::Intro::Read the next questions carefully.
"""


@pytest.fixture
def quiz(live_server):
    course = build_course(build_site(), modules=1, lessons=1)
    return build_quiz(ModulePage.objects.child_of(course).first(), bank=[QUIZ_BANK[2]], pass_mark=50)


def test_trainer_previews_imports_and_a_learner_answers_the_new_types(page, live_server, quiz, assert_accessible):
    trainer = staff_user()
    sign_in(page, live_server.url, trainer, f"/admin/quizzes/{quiz.pk}/questions/")
    page.get_by_label("File").set_input_files({"name": "bank.gift", "mimeType": "text/plain", "buffer": GIFT.encode()})
    page.get_by_label("Format").select_option("gift")
    page.get_by_role("button", name="Check the file").click()

    expect(page.get_by_role("heading", name="Check the questions before importing")).to_be_visible()
    expect(page.get_by_text("Line 9: 'lots' in a numerical answer is not a number.")).to_be_visible()
    table = page.get_by_role("table")
    expect(table.get_by_role("cell", name="Numerical")).to_be_visible()
    expect(table.get_by_text("2023 ± 1 50%")).to_be_visible()
    expect(table.get_by_text("BATNA → Your best alternative")).to_be_visible()
    expect(table.get_by_role("cell", name="Missing word")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the refused list (CSV)").click()
    assert "lots" in download.value.path().read_text()
    page.get_by_role("button", name="Import 4 valid questions").click()
    expect(page.get_by_text(re.compile("Imported 4 question items into a draft"))).to_be_visible()
    QuizPage.objects.get(pk=quiz.pk).get_latest_revision().publish()

    learner = UserFactory()
    enrolment_create(user=learner, course=quiz.get_parent().get_parent().specific)
    page.context.clear_cookies()
    sign_in(page, live_server.url, learner, quiz.url)
    page.get_by_role("button", name="Start the quiz").click()
    expect(page.get_by_text("Read the next questions carefully.")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("group", name=re.compile("TUPE")).get_by_label("True").check()
    page.get_by_label(re.compile("Royal Assent")).fill("2024")
    page.get_by_label("BATNA").select_option(label="Your best alternative")
    page.get_by_label("ZOPA").select_option(label="Your best alternative")
    page.get_by_label("Missing word").select_option(label="reservation point")
    page.get_by_role("button", name="Submit answers").click()

    # TUPE 1 + year 0.5 (within 1 of 2023) + pairs 1 of 2 + gap 1 = 3 of 4; the description is not scored.
    expect(page.get_by_text("You scored 75%")).to_be_visible()
    expect(page.get_by_text("Close.")).to_be_visible()
    expect(page.get_by_text("Partly correct").first).to_be_visible()
    assert_accessible(page)
