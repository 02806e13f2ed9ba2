"""Demo organisations, departments and the learner, trainer and admin accounts the README lists."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group

from accounts.models import Department, Organisation, User

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
        for department_name in department_names:
            Department.objects.get_or_create(organisation=organisation, name=department_name)


def ensure_demo_people():
    ensure_organisations()
    people = [*ensure_named_people(), *ensure_cohort()]
    for user in people:
        if user.is_staff and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            TOTP.activate(user, DEMO_TOTP_SECRET)
    return people


def ensure_cohort():
    """Twenty more learners spread over every organisation and department, for the reports."""
    departments = list(Department.objects.select_related("organisation").order_by("organisation__name", "name"))
    cohort = []
    for number, (first, last) in enumerate(zip(FIRST_NAMES, LAST_NAMES, strict=True)):
        department = departments[number % len(departments)]
        email = f"{first}.{last}@example.com".lower()
        user = User.objects.filter(email=email).first() or User.objects.create_user(
            email=email,
            password=DEMO_PASSWORD,
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
            user = User.objects.create_user(
                email=email,
                password=DEMO_PASSWORD,
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
