"""A learner's organisation is a request: a confirmed address at its domain, or an admin's approval, grants it."""

import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Permission
from django.core import mail
from django.utils import timezone

from accounts.models import MembershipRequest, Organisation, User
from courses.models import Enrolment
from courses.services import enrolment_create, lesson_complete
from tests.accounts.factories import (
    DepartmentFactory,
    OrganisationFactory,
    UserFactory,
    sign_in_staff,
    staff_user,
    with_totp,
)
from tests.courses.factories import build_course, lessons_of
from tracking.models import Assignment
from tracking.services import assignment_apply

PASSWORD = "a-long-unusual-passphrase-42"
DUE = timezone.localdate() + timedelta(days=30)
PENDING_NOTICE = "is waiting for approval by an administrator"


@pytest.fixture
def police(db):
    return OrganisationFactory(name="Northshire Police", email_domains="northshire.police.uk")


@pytest.fixture
def commercial(police):
    return DepartmentFactory(name="Commercial Services", organisation=police)


@pytest.fixture
def council(db):
    return OrganisationFactory(name="Westvale County Council", email_domains="westvale.gov.uk")


@pytest.fixture
def police_assignment(course, police, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assignment = Assignment.objects.create(course=course, organisation=police, due_date=DUE)
        assignment_apply(assignment=assignment)
    return assignment


@pytest.fixture
def admin_client(client, db):
    return sign_in_staff(client, staff_user(email="academy.admin@example.gov.uk"))


def sign_up(client, email, organisation, department=None):
    data = {
        "first_name": "Alex",
        "last_name": "Buyer",
        "email": email,
        "organisation": organisation.pk,
        "department": department.pk if department else "",
        "job_role": "Contract manager",
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    response = client.post("/accounts/signup/", data)
    assert response.status_code == 302, response.context["form"].errors
    return User.objects.get(email__iexact=email)


def confirm_email(client, capture):
    link = re.search(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)", mail.outbox[-1].body).group(1)
    with capture(execute=True):
        response = client.post(link)
    assert response.status_code == 302
    mail.outbox.clear()


def pending_learner(course_client, email, organisation, capture):
    """Signs up with an address outside the organisation's domains and confirms it: waiting for an admin."""
    learner = sign_up(course_client, email, organisation)
    confirm_email(course_client, capture)
    course_client.logout()
    return learner


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


# Joining by a confirmed address at the organisation's domain


def test_sign_up_at_the_organisations_domain_joins_on_confirming_and_gets_its_assignment(
    client, police, commercial, police_assignment, course, django_capture_on_commit_callbacks
):
    learner = sign_up(client, "alex.buyer@Northshire.Police.uk", police, commercial)
    learner.refresh_from_db()
    assert learner.organisation is None  # choosing it on the form is not enough
    assert not Enrolment.objects.filter(user=learner).exists()

    confirm_email(client, django_capture_on_commit_callbacks)

    learner.refresh_from_db()
    assert (learner.organisation, learner.department) == (police, commercial)
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert (enrolment.assignment, enrolment.due_date) == (police_assignment, DUE)
    my_learning = page(client, "/my-learning/")
    assert f"Assigned to you – due {DUE:%-d %B}" in my_learning
    assert PENDING_NOTICE not in my_learning


def test_a_learner_with_a_confirmed_address_at_the_domain_moves_there_from_their_profile(
    client, police, council, police_assignment, course, django_capture_on_commit_callbacks
):
    learner = UserFactory(email="sam@northshire.police.uk", organisation=council, department=None)
    client.force_login(learner)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/accounts/profile/",
            {"first_name": "Sam", "last_name": "Patel", "organisation": police.pk, "department": "", "job_role": ""},
        )

    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.organisation == police
    assert Enrolment.objects.get(user=learner, course=course).due_date == DUE


# Any other address waits for an administrator


def test_another_address_stays_pending_with_no_assignment_and_is_told_so(
    client, police, police_assignment, course, django_capture_on_commit_callbacks
):
    learner = sign_up(client, "alex.buyer@gmail.com", police)
    confirm_email(client, django_capture_on_commit_callbacks)

    learner.refresh_from_db()
    assert learner.organisation is None
    assert not Enrolment.objects.filter(user=learner).exists()
    assert mail.outbox == []  # no "New course assigned" email either
    notice = f"Your request to join <strong>Northshire Police</strong> {PENDING_NOTICE}"
    assert notice in page(client, "/my-learning/")
    profile = page(client, "/accounts/profile/")
    assert notice in profile
    assert f'<option value="{police.pk}" selected>' in profile  # the form shows what they asked for


def test_an_unconfirmed_address_at_the_domain_is_not_enough(client, police, police_assignment):
    learner = sign_up(client, "alex.buyer@northshire.police.uk", police)

    learner.refresh_from_db()
    assert learner.organisation is None
    assert learner.membership_requests.get().status == MembershipRequest.PENDING


def test_moving_to_another_organisation_from_the_profile_waits_and_keeps_the_current_one(
    client, police, council, django_capture_on_commit_callbacks
):
    learner = UserFactory(email="jo@westvale.gov.uk", organisation=council, department=None)
    client.force_login(learner)

    response = client.post(
        "/accounts/profile/",
        {"first_name": "Jo", "last_name": "Okafor", "organisation": police.pk, "department": "", "job_role": ""},
    )

    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.organisation == council
    assert f"Your request to join <strong>Northshire Police</strong> {PENDING_NOTICE}" in page(
        client, "/accounts/profile/"
    )


# An administrator decides


def test_admin_sees_pending_requests_and_approval_applies_the_assignment(
    client, police, police_assignment, course, django_capture_on_commit_callbacks
):
    learner = pending_learner(client, "alex.buyer@gmail.com", police, django_capture_on_commit_callbacks)
    sign_in_staff(client, staff_user(email="academy.admin@example.gov.uk"))
    queue = page(client, "/admin/membership-requests/")
    assert "alex.buyer@gmail.com" in queue and "Northshire Police" in queue
    request = learner.membership_requests.get()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/membership-requests/{request.pk}/approve/")

    assert response.status_code == 302
    assert "Alex Buyer is now a member of Northshire Police." in page(client, response.url)
    assert "alex.buyer@gmail.com" not in page(client, "/admin/membership-requests/")
    learner.refresh_from_db()
    assert learner.organisation == police
    assert Enrolment.objects.get(user=learner, course=course).due_date == DUE
    assert sorted(message.subject for message in mail.outbox if message.to == ["alex.buyer@gmail.com"]) == [
        "New course assigned: Contract negotiation",
        "Your request to join Northshire Police was approved",
    ]
    client.force_login(learner)
    my_learning = page(client, "/my-learning/")
    assert f"Assigned to you – due {DUE:%-d %B}" in my_learning
    assert PENDING_NOTICE not in my_learning


def test_rejection_clears_the_request_and_tells_the_learner(
    client, police, police_assignment, django_capture_on_commit_callbacks
):
    learner = pending_learner(client, "alex.buyer@gmail.com", police, django_capture_on_commit_callbacks)
    sign_in_staff(client, staff_user(email="academy.admin@example.gov.uk"))
    request = learner.membership_requests.get()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/membership-requests/{request.pk}/reject/")

    assert response.status_code == 302
    [email] = [message for message in mail.outbox if message.to == ["alex.buyer@gmail.com"]]
    assert email.subject == "Your request to join Northshire Police was not approved"
    assert "/accounts/profile/" in email.body
    queue = page(client, response.url)
    assert "Request from Alex Buyer to join Northshire Police rejected." in queue
    assert "No requests are waiting for approval." in queue
    learner.refresh_from_db()
    assert learner.organisation is None
    assert not Enrolment.objects.filter(user=learner).exists()
    client.force_login(learner)
    profile = page(client, "/accounts/profile/")
    assert "Your request to join <strong>Northshire Police</strong> was not approved." in profile
    assert PENDING_NOTICE not in profile


def test_a_request_decided_already_cannot_be_decided_again(
    client, police, police_assignment, django_capture_on_commit_callbacks
):
    learner = pending_learner(client, "alex.buyer@gmail.com", police, django_capture_on_commit_callbacks)
    sign_in_staff(client, staff_user(email="academy.admin@example.gov.uk"))
    request = learner.membership_requests.get()
    client.post(f"/admin/membership-requests/{request.pk}/reject/")

    response = client.post(f"/admin/membership-requests/{request.pk}/approve/")

    assert response.status_code == 302
    assert "This request was already rejected." in page(client, response.url)
    learner.refresh_from_db()
    assert learner.organisation is None


# Moving organisation re-evaluates assignments and due dates


def test_moving_organisation_drops_the_old_due_dates_keeps_progress_and_applies_the_new_ones(
    client, catalogue, police, council, django_capture_on_commit_callbacks
):
    started = build_course(catalogue, slug="contract-management", title="Contract management")
    not_started = build_course(catalogue, slug="social-value", title="Social value")
    police_course = build_course(catalogue, slug="negotiation", title="Negotiation")
    mover = UserFactory(email="jo@gmail.com", organisation=council, department=None)
    stays = UserFactory(email="kim@westvale.gov.uk", organisation=council, department=None)
    with django_capture_on_commit_callbacks(execute=True):
        for course, organisation in [(started, council), (not_started, council), (police_course, police)]:
            assignment_apply(
                assignment=Assignment.objects.create(course=course, organisation=organisation, due_date=DUE)
            )
        # Named on the social value course too, later than the council's date: that still applies after the move.
        named = Assignment.objects.create(course=not_started, due_date=DUE + timedelta(days=30))
        named.learners.set([mover])
        named.save()  # a parental many-to-many is written on save, as the admin's form does
        assignment_apply(assignment=named)
    enrolment_create(user=mover, course=started)
    lesson_complete(user=mover, lesson=lessons_of(started)[0])
    client.force_login(mover)
    client.post(
        "/accounts/profile/",
        {"first_name": "Jo", "last_name": "Okafor", "organisation": police.pk, "department": "", "job_role": ""},
    )
    assert Enrolment.objects.get(user=mover, course=started).due_date == DUE  # nothing changes while pending

    sign_in_staff(client, staff_user(email="academy.admin@example.gov.uk"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/membership-requests/{mover.membership_requests.get().pk}/approve/")

    dates = dict(Enrolment.objects.filter(user=mover).values_list("course__slug", "due_date"))
    assert dates == {"contract-management": None, "social-value": DUE + timedelta(days=30), "negotiation": DUE}
    assert Enrolment.objects.get(user=mover, course=started).progress_percent == 25
    assert Enrolment.objects.get(user=stays, course=started).due_date == DUE
    client.force_login(mover)
    my_learning = page(client, "/my-learning/")
    assert my_learning.count("Assigned to you") == 2


# Only an administrator with the permission decides


@pytest.fixture
def staff_without_permission(db):
    user = with_totp(UserFactory(is_staff=True, email="trainer@example.gov.uk"))
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.mark.parametrize(
    ("who", "sent_to"),
    [
        ("anonymous", "/accounts/login/"),
        ("the learner", "/accounts/login/"),  # a learner cannot approve their own request
        ("staff without the permission", "/admin/"),  # Wagtail's "you do not have permission" redirect
    ],
)
@pytest.mark.parametrize("action", ["approve", "reject"])
def test_only_an_admin_with_the_permission_can_decide(
    client, police, staff_without_permission, who, sent_to, action, django_capture_on_commit_callbacks
):
    learner = pending_learner(client, "alex.buyer@gmail.com", police, django_capture_on_commit_callbacks)
    if who == "the learner":
        client.force_login(learner)
    elif who == "staff without the permission":
        sign_in_staff(client, staff_without_permission)
    request = learner.membership_requests.get()

    list_response = client.get("/admin/membership-requests/")
    response = client.post(f"/admin/membership-requests/{request.pk}/{action}/")

    for answer in (list_response, response):
        assert answer.status_code == 302 and answer.url.split("?")[0] == sent_to
    request.refresh_from_db()
    learner.refresh_from_db()
    assert (request.status, learner.organisation) == (MembershipRequest.PENDING, None)


def test_the_menu_shows_membership_requests_only_with_the_permission(client, staff_without_permission, db):
    sign_in_staff(client, staff_without_permission)
    assert "/admin/membership-requests/" not in page(client, "/admin/")
    sign_in_staff(client, staff_user(email="academy.admin@example.gov.uk"))
    assert "/admin/membership-requests/" in page(client, "/admin/")


def test_a_get_or_a_missing_or_huge_id_changes_nothing_and_is_not_a_server_error(
    admin_client, police, django_capture_on_commit_callbacks
):
    learner = UserFactory(email="alex@gmail.com", organisation=None, department=None)
    request = MembershipRequest.objects.create(user=learner, organisation=police)

    assert admin_client.get(f"/admin/membership-requests/{request.pk}/approve/").status_code == 405
    assert admin_client.post(f"/admin/membership-requests/{request.pk + 1}/approve/").status_code == 404
    assert admin_client.post(f"/admin/membership-requests/{2**63}/reject/").status_code == 404
    request.refresh_from_db()
    assert request.status == MembershipRequest.PENDING


# Organisations' verified domains


def test_admin_enters_domains_which_are_normalised_and_bad_ones_are_refused(admin_client):
    url = "/admin/snippets/accounts/organisation/add/"

    response = admin_client.post(url, {"name": "Southvale Council", "email_domains": "southvale.gov.uk\nnot a domain"})
    assert response.status_code == 200
    assert "Not a domain name: not, a, domain" in response.content.decode()
    assert not Organisation.objects.filter(name="Southvale Council").exists()

    entered = " @SouthVale.gov.uk\r\nsvc.gov.uk"
    response = admin_client.post(url, {"name": "Southvale Council", "email_domains": entered})
    assert response.status_code == 302
    organisation = Organisation.objects.get(name="Southvale Council")
    assert organisation.domain_list == ["southvale.gov.uk", "svc.gov.uk"]
    assert organisation.accepts_email("Pat@SVC.gov.uk") and not organisation.accepts_email("pat@evil-svc.gov.uk")


def test_a_verified_address_at_a_subdomain_or_lookalike_does_not_join(
    client, police, django_capture_on_commit_callbacks
):
    learner = sign_up(client, "mallory@northshire.police.uk.example.com", police)
    confirm_email(client, django_capture_on_commit_callbacks)

    learner.refresh_from_db()
    assert learner.organisation is None
    assert EmailAddress.objects.get(user=learner).verified


def test_the_decision_email_is_sent_once_however_often_its_task_runs(
    client, police, django_capture_on_commit_callbacks
):
    from accounts.services import membership_decision_email_send, membership_request_reject

    learner = pending_learner(client, "alex.buyer@gmail.com", police, django_capture_on_commit_callbacks)
    admin = staff_user(email="academy.admin@example.gov.uk")
    with django_capture_on_commit_callbacks(execute=True):
        request = membership_request_reject(membership_request=learner.membership_requests.get(), rejected_by=admin)
    assert membership_decision_email_send(request_id=request.pk) is False  # already sent on commit
    assert len([message for message in mail.outbox if "not approved" in message.subject]) == 1


def test_a_domain_match_sends_no_decision_email(client, police, django_capture_on_commit_callbacks):
    from accounts.services import membership_decision_email_send

    learner = pending_learner(client, "alex.buyer@gmail.com", police, django_capture_on_commit_callbacks)
    request = learner.membership_requests.get()
    request.status = request.APPROVED
    request.save()
    assert membership_decision_email_send(request_id=request.pk) is False
