"""The Wagtail admin's sign-in goes through allauth, with its rate limits."""


def test_admin_login_redirects_to_allauth_login_keeping_next(client, db):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=/admin/pages/"


def test_anonymous_admin_visit_ends_on_the_academy_sign_in_page(client, db):
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/accounts/login/")
    assert b"Sign In" in response.content
