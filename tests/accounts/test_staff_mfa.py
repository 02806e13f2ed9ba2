"""Staff need a second factor before the admin opens; the admin's sign-in goes through allauth's MFA."""

from tests.accounts.factories import PASSWORD, UserFactory, current_totp_code, sign_in_staff, with_totp


def test_staff_without_totp_are_sent_to_set_it_up(client, db):
    trainer = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(trainer)
    response = client.get("/admin/")
    assert response.status_code == 302 and response.url == "/accounts/2fa/totp/activate/"


def test_staff_with_totp_reach_the_admin(client, db):
    sign_in_staff(client, with_totp(UserFactory(is_staff=True, is_superuser=True)))
    assert client.get("/admin/").status_code == 200


def test_sign_in_asks_staff_for_their_code(client, db):
    admin = with_totp(UserFactory(is_staff=True, is_superuser=True))
    response = client.post("/accounts/login/", {"login": admin.email, "password": PASSWORD})
    assert response.status_code == 302 and response.url == "/accounts/2fa/authenticate/"
    assert client.get("/admin/").status_code == 302  # not signed in until the code is given
    wrong = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert wrong.status_code == 200 and b"Incorrect code" in wrong.content
    right = client.post("/accounts/2fa/authenticate/", {"code": current_totp_code()})
    assert right.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_learners_may_opt_in_but_are_not_forced(client, learner):
    client.force_login(learner)
    assert client.get("/my-learning/").status_code == 200
    assert client.get("/accounts/2fa/").status_code == 200
