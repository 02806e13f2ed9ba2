"""Imported scenario stems hold only what the rich-text editor would: no script reaches a learner."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from quizzes.models import QuizAttempt
from quizzes.question_bank.parsed import BankFileError
from quizzes.question_bank.services import question_bank_import
from tests.accounts.factories import sign_in_staff, staff_user

HOSTILE_STEM = (
    '<p>The supplier <b>missed</b> a KPI.</p><script>alert("stem")</script>'
    '<img src=x onerror=alert("img")><a href="javascript:alert(\'link\')">the contract</a>'
    '<svg onload=alert("svg")></svg><p onclick="alert(\'p\')">Decide.</p>'
)
GIFT = f"::Scenario\\: Late delivery:: {HOSTILE_STEM}\n\n::Late delivery / Q1:: Is a credit due? {{TRUE}}\n"
CSV = (
    "type,prompt,options,correct,scenario_title,scenario_stem\n"
    f'true_false,Is a credit due?,,true,Late delivery,"{HOSTILE_STEM.replace(chr(34), chr(34) * 2)}"\n'
)
SCRIPTS = ["<script", "onerror", "onload", "onclick", "javascript:", "<svg", "<img"]


def main_content(page):
    return page.split('id="main-content"', 1)[1].split("</main>", 1)[0]


def import_and_publish(quiz, data, file_format):
    question_bank_import(quiz=quiz, data=data.encode(), file_format=file_format, replace=True, publish=True)


def learner_pages(client, quiz, learner):
    """The attempt page and, after submitting, the result page, as the learner's browser gets them."""
    client.force_login(learner)
    assert client.post(quiz.url + "start/").status_code == 302
    attempt = QuizAttempt.objects.latest("pk")
    attempt_url = quiz.url + f"attempt/{attempt.pk}/"
    attempt_page = client.get(attempt_url).content.decode()
    result_page = client.post(attempt_url + "submit/", {}, follow=True).content.decode()
    return attempt_page, result_page


@pytest.mark.parametrize("data, file_format", [(GIFT, "gift"), (CSV, "csv")])
def test_imported_stem_shows_its_text_and_runs_no_script(client, quiz, enrolled_learner, data, file_format):
    import_and_publish(quiz, data, file_format)
    for page in learner_pages(client, quiz, enrolled_learner):
        assert "The supplier <b>missed</b> a KPI." in page and "Decide." in page and "the contract" in page
        body = main_content(page)
        for marker in SCRIPTS:
            assert marker not in body, f"{marker!r} reached the learner from a {file_format} import"


def test_stem_is_stored_exactly_as_the_editor_would_store_it(quiz):
    import_and_publish(quiz, GIFT, "gift")
    quiz.refresh_from_db()
    stem = quiz.questions[0].value["stem"].source
    assert "script" not in stem and "alert" not in stem.replace("alert(", "")
    assert "<a>the contract</a>" in stem  # the javascript: address is dropped, the words stay


def test_mis_nested_html_is_repaired_and_the_editor_opens(client, quiz):
    source = "::Scenario\\: Nesting:: <p>One <b>two <i>three</b> four</i></p>\n\n::Nesting / Q1:: Fine? {TRUE}\n"
    question_bank_import(quiz=quiz, data=source.encode(), file_format="gift", replace=True)
    sign_in_staff(client, staff_user())
    response = client.get(f"/admin/pages/{quiz.pk}/edit/")
    assert response.status_code == 200
    draft = quiz.get_latest_revision_as_object()
    assert "<b>two <i>three</i></b> four" in draft.questions[0].value["stem"].source


def test_html_the_editor_cannot_read_is_refused_with_its_line(quiz):
    source = "::Q1:: Plain {TRUE}\n\n::Scenario\\: Bad:: <b><p>bold paragraph</p></b>\n\n::Bad / Q1:: Fine? {TRUE}\n"
    revisions = quiz.revisions.count()
    with pytest.raises(BankFileError) as error:
        question_bank_import(quiz=quiz, data=source.encode(), file_format="gift")
    assert error.value.errors[0].startswith("Line 3: the scenario stem: the HTML could not be read as rich text")
    assert quiz.revisions.count() == revisions


def test_admin_import_page_lists_the_refusal_instead_of_a_500(client, quiz):
    sign_in_staff(client, staff_user())
    upload = SimpleUploadedFile("bank.gift", b"::Scenario\\: Bad:: <li>stray item</li>\n\n::Bad / Q1:: Ok? {TRUE}\n")
    response = client.post(f"/admin/quizzes/{quiz.pk}/questions/", {"file": upload, "file_format": "gift"}, follow=True)
    assert response.status_code == 200  # the preview, listing the refused scenario
    assert "Line 1: the scenario stem" in response.content.decode()


def test_a_file_with_a_null_character_is_refused_on_the_form(client, quiz):
    sign_in_staff(client, staff_user())
    upload = SimpleUploadedFile("bank.gift", b"::Q1:: Ok? {TRUE}\x00\n")
    response = client.post(f"/admin/quizzes/{quiz.pk}/questions/", {"file": upload, "file_format": "gift"})
    assert response.status_code == 400  # the form again, with its error
    assert "The file holds a null character" in response.content.decode()
    assert not quiz.bank_imports.exists()


def test_attempt_started_before_the_fix_does_not_run_its_stored_script(client, quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    client.post(quiz.url + "start/")
    attempt = QuizAttempt.objects.latest("pk")
    stored = {"id": "s1", "kind": "scenario", "title": "Old", "stem": HOSTILE_STEM, "questions": []}
    attempt.questions = [stored, *attempt.questions]
    attempt.save(update_fields=["questions"])
    page = client.get(quiz.url + f"attempt/{attempt.pk}/").content.decode()
    assert "The supplier <b>missed</b> a KPI." in page
    for marker in SCRIPTS:
        assert marker not in main_content(page)
