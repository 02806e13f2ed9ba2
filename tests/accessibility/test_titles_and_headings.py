"""Page titles say what the page is, as its h1 does; heading levels never skip; forms say what to fix."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from quizzes.models import QuizAttempt
from quizzes.question_bank.services import question_bank_import
from tests.accessibility.headings import assert_outline, headings, title
from tests.accounts.factories import UserFactory, sign_in_staff, staff_user
from tests.quizzes.factories import RIGHT_ANSWERS

SITE = "Commercial Skills Academy"
GIFT = (__import__("pathlib").Path(__file__).parents[1] / "quizzes" / "fixtures" / "negotiation.gift").read_bytes()


def page(client, url, status=200, **kwargs):
    response = client.get(url, **kwargs)
    assert response.status_code == status, url
    return response.content.decode()


def test_home_title_names_the_service_once(client, catalogue):
    html = page(client, "/")
    assert title(html) == "Academy"  # the home page's own title, without " – Commercial Skills Academy" again


@pytest.mark.parametrize(("url", "expected"), [("/accounts/login/", "Sign in"), ("/accounts/signup/", "Sign up")])
def test_sign_in_and_sign_up_titles_match_their_headings(client, db, url, expected):
    html = page(client, url)
    assert title(html) == f"{expected} – {SITE}"
    assert headings(html)[0] == (1, expected)


def test_search_results_have_their_own_title(client, course):
    assert title(page(client, "/courses/")) == f"Courses – {SITE}"
    assert (
        title(page(client, "/courses/", data={"q": "negotiation"})) == f"Search results (1 course) – Courses – {SITE}"
    )


@pytest.mark.parametrize("url", ["/no-such-page/"])
def test_error_pages_start_their_title_with_error(client, db, url):
    assert title(page(client, url, status=404)).startswith("Error: ")


def test_a_form_with_errors_starts_the_title_with_error(client, learner):
    client.force_login(learner)
    response = client.post(reverse("profile_edit"), {"first_name": ""})
    assert title(response.content.decode()).startswith("Error: Your profile")


def test_profile_fields_say_what_they_are_for(client, learner):
    client.force_login(learner)
    html = page(client, reverse("profile_edit"))
    for name, purpose in [
        ("first_name", "given-name"),
        ("last_name", "family-name"),
        ("job_role", "organization-title"),
        ("organisation", "organization"),
    ]:
        assert re.search(rf'<(input|select)[^>]*name="{name}"[^>]*autocomplete="{purpose}"', html) or re.search(
            rf'<(input|select)[^>]*autocomplete="{purpose}"[^>]*name="{name}"', html
        ), name


def summary_links(html):
    summary = re.search(r'<ul class="govuk-list govuk-error-summary__list">(.*?)</ul>', html, re.S).group(1)
    return re.findall(r'<a href="#[^"]+">(.*?)</a>', summary)


def test_change_password_errors_say_which_field(client, learner):
    client.force_login(learner)
    html = client.post(reverse("account_change_password"), {}).content.decode()
    links = summary_links(html)
    assert links == ["Enter your current password", "Enter a password", "Enter the password again"]
    assert "This field is required." not in html


def test_reset_password_error_says_what_to_enter(client, db):
    html = client.post(reverse("account_reset_password"), {}).content.decode()
    assert summary_links(html) == ["Enter your email address"]


def test_quiz_attempt_and_result_headings_nest(client, quiz, enrolled_learner):
    admin = staff_user()
    question_bank_import(quiz=quiz, data=GIFT, file_format="gift", replace=True, user=admin, publish=True)
    quiz.refresh_from_db()
    client.force_login(enrolled_learner)
    attempt_url = client.post(quiz.url + "start/").url
    attempt_page = page(client, attempt_url)
    outline = assert_outline(attempt_page)
    scenario = next(
        index for index, (level, _) in enumerate(outline) if level == 2 and index > 0 and outline[index + 1][0] == 3
    )
    assert outline[scenario + 1][0] == 3  # the scenario's questions sit under the scenario
    client.post(attempt_url + "submit/", {})
    attempt = QuizAttempt.objects.latest("pk")
    result = page(client, attempt_url + "result/")
    result_outline = assert_outline(result)
    assert any(level == 4 for level, _ in result_outline)  # questions inside the scenario are one level below it
    assert attempt.submitted_at


def test_quiz_intro_and_my_learning_tables_scroll_in_their_own_region(client, quiz, enrolled_learner):
    client.force_login(enrolled_learner)
    attempt_url = client.post(quiz.url + "start/").url
    client.post(attempt_url + "submit/", {f"q-{k}": v for k, v in RIGHT_ANSWERS.items()})
    for url, label in [(quiz.url, "Your attempts"), (reverse("my_learning"), "Quiz results: ")]:
        html = page(client, url)
        assert re.search(rf'<div class="academy-table-wrapper" tabindex="0" role="region" aria-label="{label}', html), (
            url
        )


@pytest.fixture
def admin_client(client, db):
    return sign_in_staff(client, staff_user())


def test_learner_detail_has_a_title_and_an_h1(admin_client, learner):
    html = page(admin_client, reverse("tracking_reports:learner", args=[learner.pk]))
    assert title(html).startswith(str(learner))
    assert re.search(rf"<h1[^>]*>\s*{re.escape(str(learner))}\s*</h1>", html)


@pytest.mark.parametrize("view", ["add", "edit"])
def test_assignment_forms_have_an_h1(admin_client, course, view):
    from tests.accounts.factories import OrganisationFactory
    from tracking.models import Assignment

    if view == "add":
        url = reverse("wagtailsnippets_tracking_assignment:add")
    else:
        assignment = Assignment.objects.create(course=course, organisation=OrganisationFactory(), due_date="2030-01-01")
        url = reverse("wagtailsnippets_tracking_assignment:edit", args=[assignment.pk])
    html = page(admin_client, url)
    assert re.search(r"<h1[^>]*>\s*\S", html), url


def test_trainers_see_no_erase_button(client, learner):
    trainer = UserFactory(is_staff=True)
    trainer.groups.add(Group.objects.get(name="Trainers"))
    sign_in_staff(client, trainer)
    assert "privacy/erase" not in client.get("/admin/").content.decode()
