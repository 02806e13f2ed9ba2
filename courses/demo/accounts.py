"""Demo organisations, departments and the learner, trainer and admin accounts the README lists."""

import functools

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.utils import timezone

from accounts.models import Department, MembershipRequest, Organisation, User

DEMO_PASSWORD = "academy-demo-2026"
# The demo staff's authenticator secret, published in the README so a newcomer can pass the second
# factor (or run `manage.py demo_totp_code`). Real staff set up their own in /accounts/2fa/.
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXP"

FIRST_NAMES = [
    "Amara",
    "Ben",
    "Chloe",
    "Dev",
    "Eilidh",
    "Femi",
    "Grace",
    "Harpreet",
    "Iain",
    "Jas",
    "Kemi",
    "Liam",
    "Megan",
    "Nadia",
    "Owen",
    "Priya",
    "Rhys",
    "Sian",
    "Tom",
    "Zara",
]
LAST_NAMES = [
    "Ahmed",
    "Brown",
    "Campbell",
    "Davies",
    "Evans",
    "Fraser",
    "Green",
    "Hughes",
    "Iqbal",
    "Jones",
    "Khan",
    "Lewis",
    "Morgan",
    "Nolan",
    "Owusu",
    "Price",
    "Quinn",
    "Roberts",
    "Singh",
    "Taylor",
]

ORGANISATIONS = {
    "Northshire Police": ["Commercial Services", "Finance", "Estates", "Custody and Criminal Justice"],
    "Westvale County Council": ["Procurement", "Waste and Environment", "Adult Social Care", "Finance"],
    "Department for Regional Services": ["Commercial Directorate", "Digital", "Shared Services"],
}

# Someone who confirms an address at one of these joins the organisation without an admin. The demo people
# keep their example.com logins (the README lists them), so they are recorded as approved by an admin instead.
ORGANISATION_DOMAINS = {
    "Northshire Police": "northshire.police.uk",
    "Westvale County Council": "westvale.gov.uk",
    "Department for Regional Services": "regional-services.gov.uk",
}
# A cohort learner asking to move, so the admin's "Membership requests" list has one to approve or reject.
PENDING_REQUEST = ("zara.taylor@example.com", "Northshire Police", "Commercial Services")

PEOPLE = [
    # email, first, last, organisation, department, role, group, staff, superuser
    (
        "learner@example.com",
        "Sam",
        "Patel",
        "Northshire Police",
        "Commercial Services",
        "Contract manager",
        "Learners",
        False,
        False,
    ),
    (
        "learner2@example.com",
        "Jo",
        "Okafor",
        "Westvale County Council",
        "Waste and Environment",
        "Service manager",
        "Learners",
        False,
        False,
    ),
    (
        "trainer@example.com",
        "Alex",
        "Morgan",
        "Department for Regional Services",
        "Commercial Directorate",
        "Commercial trainer",
        "Trainers",
        True,
        False,
    ),
    (
        "reviewer@example.com",
        "Robin",
        "Shah",
        "Department for Regional Services",
        "Commercial Directorate",
        "Academy reviewer",
        "Academy reviewers",
        True,
        False,
    ),
    (
        "admin@example.com",
        "Chris",
        "Lee",
        "Department for Regional Services",
        "Commercial Directorate",
        "Academy administrator",
        "Academy admins",
        True,
        True,
    ),
]


def ensure_organisations():
    for organisation_name, department_names in ORGANISATIONS.items():
        organisation, _ = Organisation.objects.get_or_create(name=organisation_name)
        if not organisation.email_domains:
            organisation.email_domains = ORGANISATION_DOMAINS[organisation_name]
            organisation.save(update_fields=["email_domains"])
        for department_name in department_names:
            Department.objects.get_or_create(organisation=organisation, name=department_name)


def ensure_demo_people():
    ensure_organisations()
    people = [*ensure_named_people(), *ensure_cohort()]
    for user in people:
        ensure_approved_membership(user)
        if user.is_staff and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            TOTP.activate(user, DEMO_TOTP_SECRET)
    ensure_pending_request()
    return people


def ensure_approved_membership(user):
    """The demo's people were put in their organisations by an admin; their history says so."""
    if user.organisation_id is None:
        return
    MembershipRequest.objects.get_or_create(
        user=user,
        organisation_id=user.organisation_id,
        status=MembershipRequest.APPROVED,
        defaults={"department_id": user.department_id, "decided_at": timezone.now()},
    )


def ensure_pending_request():
    email, organisation_name, department_name = PENDING_REQUEST
    user = User.objects.get(email=email)
    organisation = Organisation.objects.get(name=organisation_name)
    if user.organisation_id == organisation.pk:
        return
    # Once an admin has decided it in the demo, running the demo again does not ask again.
    MembershipRequest.objects.get_or_create(
        user=user,
        organisation=organisation,
        defaults={"department": organisation.departments.get(name=department_name)},
    )


@functools.cache
def demo_password_hash():
    """Hashed once for every demo account: hashing is deliberately slow, ~0.3 s a time."""
    return make_password(DEMO_PASSWORD)


def ensure_cohort():
    """Twenty more learners spread over every organisation and department, for the reports."""
    departments = list(Department.objects.select_related("organisation").order_by("organisation__name", "name"))
    cohort = []
    for number, (first, last) in enumerate(zip(FIRST_NAMES, LAST_NAMES, strict=True)):
        department = departments[number % len(departments)]
        email = f"{first}.{last}@example.com".lower()
        user = User.objects.filter(email=email).first() or User.objects.create(
            email=email,
            password=demo_password_hash(),
            first_name=first,
            last_name=last,
            organisation=department.organisation,
            department=department,
            job_role="Commercial officer",
        )
        user.groups.add(Group.objects.get(name="Learners"))
        EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        cohort.append(user)
    return cohort


def ensure_named_people():
    people = []
    for email, first, last, org_name, dept_name, role, group_name, staff, superuser in PEOPLE:
        organisation = Organisation.objects.get(name=org_name)
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create(
                email=email,
                password=demo_password_hash(),
                first_name=first,
                last_name=last,
                organisation=organisation,
                department=organisation.departments.get(name=dept_name),
                job_role=role,
                is_staff=staff,
                is_superuser=superuser,
            )
        user.groups.add(Group.objects.get(name=group_name))
        EmailAddress.objects.get_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        people.append(user)
    return people
