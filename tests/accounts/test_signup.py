"""Signing up, confirming an email address, signing in and resetting a password through allauth."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.cache import cache

from accounts.models import User
from tests.accounts.factories import DepartmentFactory, OrganisationFactory

NEW_PASSWORD = "a-long-unusual-passphrase-42"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()  # allauth counts attempts in the cache, which outlives a test's database
    yield
    cache.clear()


@pytest.fixture
def department(db):
    return DepartmentFactory(name="Commercial team", organisation=OrganisationFactory(name="Northshire Police"))


def signup_data(department, /, **changes):
    data = {
        "first_name": "Alex",
        "last_name": "Buyer",
        "email": "alex.buyer@northshire.police.uk",
        "organisation": department.organisation.pk,
        "department": department.pk,
        "job_role": "Contract manager",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
    }
    return {**data, **changes}


def confirmation_link(message):
    return re.search(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)", message.body).group(1)


def sign_in(client, email, password):
    return client.post("/accounts/login/", {"login": email, "password": password})


def test_signup_creates_a_learner_with_profile_details_and_emails_a_confirmation(client, department):
    response = client.post("/accounts/signup/", signup_data(department))
    assert response.status_code == 302 and response.url == "/accounts/confirm-email/"

    user = User.objects.get(email="alex.buyer@northshire.police.uk")
    assert (user.first_name, user.last_name, user.job_role) == ("Alex", "Buyer", "Contract manager")
    # Only a request until the address is confirmed (tests/accounts/test_organisation_membership.py).
    [request] = user.membership_requests.all()
    assert (request.organisation, request.department) == (department.organisation, department)
    assert request.status == "pending"
    assert user.organisation is None
    assert not EmailAddress.objects.get(user=user).verified
    [message] = mail.outbox
    assert message.to == [user.email]
    assert confirmation_link(message)


def test_unconfirmed_learner_cannot_sign_in(client, department):
    client.post("/accounts/signup/", signup_data(department))
    client.logout()
    response = sign_in(client, "alex.buyer@northshire.police.uk", NEW_PASSWORD)
    assert response.status_code == 302 and response.url == "/accounts/confirm-email/"
    page = client.get(response.url).content.decode()
    assert "<title>Verify your email address – Commercial Skills Academy</title>" in page
    assert client.get("/my-learning/").status_code == 302


def test_following_the_confirmation_link_confirms_and_signs_in(client, department):
    client.post("/accounts/signup/", signup_data(department))
    link = confirmation_link(mail.outbox[0])

    page = client.get(link).content.decode()
    assert (
        "<title>Confirm email address – Commercial Skills Academy</title>" in page
        and "alex.buyer@northshire.police.uk" in page
    )
    assert not EmailAddress.objects.get(email="alex.buyer@northshire.police.uk").verified  # GET changes nothing

    response = client.post(link)
    assert response.status_code == 302
    assert EmailAddress.objects.get(email="alex.buyer@northshire.police.uk").verified
    assert client.get("/my-learning/").status_code == 200


def test_confirmed_learner_can_sign_in_later(client, department):
    client.post("/accounts/signup/", signup_data(department))
    client.post(confirmation_link(mail.outbox[0]))
    client.logout()
    response = sign_in(client, "alex.buyer@northshire.police.uk", NEW_PASSWORD)
    assert response.status_code == 302 and response.url == "/my-learning/"


def test_department_of_another_organisation_is_refused(client, department):
    elsewhere = DepartmentFactory(name="Estates")
    response = client.post("/accounts/signup/", signup_data(department, department=elsewhere.pk))
    assert response.status_code == 200
    assert response.context["form"].errors["department"] == ["Choose a department in Northshire Police"]
    assert 'id="id_department-error"' in response.content.decode()
    assert not User.objects.exists() and mail.outbox == []


def test_names_are_required(client, department):
    response = client.post("/accounts/signup/", signup_data(department, first_name="", last_name=" "))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "first_name" in errors and "last_name" in errors
    assert not User.objects.exists()


def test_login_page_labels_every_input(client, db):
    page = client.get("/accounts/login/").content.decode()
    inputs = [tag for tag in re.findall(r"<input[^>]*>", page) if 'type="hidden"' not in tag]
    assert inputs
    for tag in inputs:
        input_id = re.search(r'id="([^"]+)"', tag).group(1)
        assert re.search(rf'<label[^>]*for="{input_id}"[^>]*>\s*\w', page), f"no label for {tag}"


def test_sixth_wrong_password_for_one_account_is_refused(client, learner, password):
    for _ in range(5):
        response = sign_in(client, learner.email, "wrong-password")
        assert response.status_code == 200
        assert "too many" not in response.content.decode().lower()
    response = sign_in(client, learner.email, "wrong-password")
    assert "Too many failed login attempts" in response.content.decode()
    # Even the right password is refused while the limit holds.
    response = sign_in(client, learner.email, password)
    assert response.status_code == 200 and "Too many failed login attempts" in response.content.decode()
    assert client.get("/my-learning/").status_code == 302


def test_password_reset_sends_an_email(client, learner):
    response = client.post("/accounts/password/reset/", {"email": learner.email})
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == [learner.email]
    assert "/accounts/password/reset/key/" in message.body


def test_empty_sign_up_lists_what_to_fill_in_with_links_to_each_field(client, db):
    response = client.post("/accounts/signup/", {})
    page = response.content.decode()
    assert response.status_code == 200
    for field_id, message in [
        ("id_first_name", "Enter your first name"),
        ("id_last_name", "Enter your last name"),
        ("id_email", "Enter your email address"),
        ("id_organisation", "Choose your organisation"),
        ("id_password1", "Enter a password"),
    ]:
        assert f'<a href="#{field_id}">{message}</a>' in page
    assert "This field is required" not in page
    assert not User.objects.exists()


def test_empty_sign_in_says_what_is_missing(client, db):
    page = client.post("/accounts/login/", {}).content.decode()
    assert '<a href="#id_login">Enter your email address</a>' in page
    assert '<a href="#id_password">Enter your password</a>' in page


def test_account_page_headings_use_sentence_case_like_the_rest_of_the_site(client, db):
    assert '<h1 class="govuk-heading-xl">Sign up</h1>' in client.get("/accounts/signup/").content.decode()
    reset_page = client.get("/accounts/password/reset/").content.decode()
    assert '<h1 class="govuk-heading-xl">Password reset</h1>' in reset_page
