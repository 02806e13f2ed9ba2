"""Every way in: a staff password alone never opens the admin, and every path is rate limited by allauth."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import get_resolver, resolve

from accounts.roles import ACADEMY_ADMINS, TRAINERS
from tests.accounts.factories import PASSWORD, UserFactory, current_totp_code, sign_in_staff, with_totp

# Pages only someone who passed both factors may open.
ADMIN_PAGES = ["/admin/", "/admin/users/", "/admin/pages/", "/admin/academy-reports/courses/", "/admin/images/"]


def admin_without_is_staff():
    """A superuser as Wagtail's user editor makes one: `is_staff` is left unset."""
    return with_totp(UserFactory(is_superuser=True))


def trainer_by_group():
    """A trainer as an admin makes one in Wagtail: put in the Trainers group, nothing else."""
    user = with_totp(UserFactory())
    user.groups.add(Group.objects.get(name=TRAINERS))
    return user


@pytest.fixture(params=["superuser", "trainer"])
def staff(request, db):
    return admin_without_is_staff() if request.param == "superuser" else trainer_by_group()


@pytest.mark.parametrize(
    "path, target",
    [
        ("/admin/login/?next=/admin/users/", "/accounts/login/?next=/admin/users/"),
        ("/_util/login/?next=/courses/", "/accounts/login/?next=/courses/"),
        ("/admin/password_reset/", "/accounts/password/reset/"),
        ("/admin/password_reset/confirm/MQ/abc-123/", "/accounts/password/reset/"),
        ("/admin/password_reset/done/", "/accounts/password/reset/"),
    ],
)
def test_wagtail_sign_in_and_reset_pages_lead_to_allauth(client, db, path, target):
    response = client.get(path)
    assert response.status_code == 302 and response.url == target


@pytest.mark.parametrize("path", ["/admin/login/", "/_util/login/"])
def test_posting_a_staff_password_to_wagtails_login_signs_nobody_in(client, staff, path):
    client.post(path, {"username": staff.email, "password": PASSWORD, "next": "/admin/"})
    assert "_auth_user_id" not in client.session
    for page in ADMIN_PAGES:
        response = client.get(page)
        assert response.status_code == 302 and response.url.startswith("/accounts/login/"), page


def mounted_views(patterns=None, prefix=""):
    """(example path, view name) for every URL pattern, with path parameters filled in."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern).lstrip("^").rstrip("$").replace("\\Z", "")
        route = re.sub(r"<[^>]+>", "1", route)
        route = re.sub(r"\(\?P<[^>]+>[^)]*\)", "1", route)
        if hasattr(pattern, "url_patterns"):
            yield from mounted_views(pattern.url_patterns, route)
        else:
            view = getattr(pattern.callback, "view_class", None) or pattern.callback
            yield "/" + route, f"{view.__module__}.{getattr(view, '__name__', view)}"


def test_no_other_login_or_password_view_answers(db):
    """A package that mounts its own sign-in is a side door: any such view must be shadowed by a redirect."""
    side_doors = [
        (path, name)
        for path, name in mounted_views()
        if re.search(r"login|password|reauth", name, re.IGNORECASE)
        and not name.startswith("allauth.")
        # A page's or document's shared view-restriction password opens that item, never an account.
        and not name.endswith(".authenticate_with_password")
    ]
    assert side_doors, "Wagtail's own views should have been found (and shadowed)"
    for path, name in side_doors:
        served = resolve(path).func
        served = getattr(served, "view_class", served)
        assert served.__name__ == "RedirectView", f"{path} is served by {name}, outside allauth"


def test_a_staff_password_alone_at_allauth_stops_at_the_code(client, staff):
    response = client.post("/accounts/login/", {"login": staff.email, "password": PASSWORD})
    assert response.status_code == 302 and response.url == "/accounts/2fa/authenticate/"
    for page in ADMIN_PAGES:
        assert client.get(page).status_code == 302, page


def test_a_session_signed_in_by_password_only_is_asked_for_the_code_before_any_admin_page(client, staff):
    client.force_login(staff)  # however a session got signed in without the second factor
    for page in ADMIN_PAGES:
        response = client.get(page)
        assert response.status_code == 302, page
        assert response.url.startswith("/accounts/2fa/reauthenticate/?next="), page
    # The reports: a trainer in no course yet has no image rights (those come with a course's collection).
    reports = "/admin/academy-reports/courses/"
    wrong = client.post(f"/accounts/2fa/reauthenticate/?next={reports}", {"code": "000000"})
    assert wrong.status_code == 200 and client.get(reports).status_code == 302
    right = client.post(f"/accounts/2fa/reauthenticate/?next={reports}", {"code": current_totp_code()})
    assert right.status_code == 302 and right.url == reports
    assert client.get(reports).status_code == 200


def test_full_sign_in_with_password_and_code_opens_the_admin(client, staff):
    client.post("/accounts/login/", {"login": staff.email, "password": PASSWORD})
    client.post("/accounts/2fa/authenticate/", {"code": current_totp_code()})
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("make_user", [lambda: UserFactory(is_superuser=True), None], ids=["superuser", "trainer"])
def test_admin_users_made_in_wagtail_without_totp_must_set_it_up_first(client, db, make_user):
    user = make_user() if make_user else UserFactory()
    if make_user is None:
        user.groups.add(Group.objects.get(name=TRAINERS))
    client.force_login(user)
    for page in ADMIN_PAGES:
        response = client.get(page)
        assert response.status_code == 302 and response.url == "/accounts/2fa/totp/activate/", page


def test_access_admin_permission_granted_directly_also_needs_the_code(client, db):
    user = with_totp(UserFactory())
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/").url.startswith("/accounts/2fa/reauthenticate/")
    sign_in_staff(client, user)
    assert client.get("/admin/").status_code == 200


def test_learners_are_not_asked_for_a_code_they_do_not_need(client, learner):
    client.force_login(learner)
    assert client.get("/my-learning/").status_code == 200
    response = client.get("/admin/")
    assert response.status_code == 302 and "/2fa/" not in response.url


def test_wrong_passwords_are_limited_per_account(client, staff):
    for _ in range(5):
        assert client.post("/accounts/login/", {"login": staff.email, "password": "wrong"}).status_code == 200
    blocked = client.post("/accounts/login/", {"login": staff.email, "password": PASSWORD})
    assert blocked.status_code == 429 or "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_wrong_codes_after_a_right_password_are_limited(client, staff):
    client.post("/accounts/login/", {"login": staff.email, "password": PASSWORD})
    for _ in range(5):
        client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    # Even the right code is refused once the limit is reached: guessing 10^6 codes is not an option.
    response = client.post("/accounts/2fa/authenticate/", {"code": current_totp_code()})
    assert response.status_code in (200, 429)
    assert client.get("/admin/").status_code == 302


def test_wrong_codes_at_reauthentication_are_limited(client, staff):
    client.force_login(staff)
    for _ in range(5):
        client.post("/accounts/2fa/reauthenticate/", {"code": "000000"})
    client.post("/accounts/2fa/reauthenticate/", {"code": current_totp_code()})
    assert client.get("/admin/").status_code == 302


def test_password_reset_requests_are_limited(client, staff):
    codes = [client.post("/accounts/password/reset/", {"email": staff.email}).status_code for _ in range(8)]
    assert 429 in codes


def test_an_academy_admin_by_group_passes_the_same_rule(client, db):
    user = with_totp(UserFactory())
    user.groups.add(Group.objects.get(name=ACADEMY_ADMINS))
    client.force_login(user)
    assert client.get("/admin/users/").status_code == 302
    sign_in_staff(client, user)
    assert client.get("/admin/users/").status_code == 200
