"""Factories for users, organisations and the course page tree."""

import json

import factory
from allauth.account.models import EmailAddress
from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from accounts.models import Department, Organisation, User
from courses.models import CourseIndexPage, CoursePage, Enrolment, HomePage, LessonPage, ModulePage
from quizzes.models import QuizPage

PASSWORD = "correct-horse-battery-staple"


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")

    class Meta:
        model = Organisation


class DepartmentFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Department {n}")

    class Meta:
        model = Department


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"learner{n}@example.gov.uk")
    first_name = "Pat"
    last_name = factory.Sequence(lambda n: f"Learner{n}")
    organisation = factory.SubFactory(OrganisationFactory)
    department = factory.SubFactory(DepartmentFactory, organisation=factory.SelfAttribute("..organisation"))
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    class Meta:
        model = User
        skip_postgeneration_save = True

    @factory.post_generation
    def verified_email(user, create, extracted, **kwargs):
        user.save()
        if create:
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)


def paragraph_body(text="<p>Lesson text.</p>"):
    return json.dumps([{"type": "paragraph", "value": text}])


def tree_root():
    """Wagtail's root page; transactional tests flush the one its migration made, so remake it."""
    root = Page.get_first_root_node()
    if root is None:
        Locale.objects.get_or_create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    return root


def build_site():
    """Root > HomePage > CourseIndexPage at /courses/, as the demo builds it."""
    root = tree_root()
    home = root.add_child(instance=HomePage(title="Academy", slug="academy"))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    catalogue = home.add_child(instance=CourseIndexPage(title="Courses", slug="courses"))
    return catalogue


def build_course(
    catalogue,
    *,
    slug="contract-negotiation",
    title="Contract negotiation",
    modules=2,
    lessons=2,
    topic="negotiation",
    level="foundation",
    summary="Negotiate better contracts.",
):
    """A live course with `modules` modules of `lessons` lessons each."""
    course = catalogue.add_child(
        instance=CoursePage(
            title=title,
            slug=slug,
            summary=summary,
            overview="<p>Overview.</p>",
            topic=topic,
            level=level,
            estimated_minutes=60,
            learning_outcomes=json.dumps([{"type": "outcome", "value": "Prepare a BATNA"}]),
        )
    )
    for m in range(1, modules + 1):
        module = course.add_child(instance=ModulePage(title=f"Module {m}", slug=f"module-{m}"))
        for n in range(1, lessons + 1):
            module.add_child(
                instance=LessonPage(
                    title=f"Lesson {m}.{n}", slug=f"lesson-{m}-{n}", body=paragraph_body(f"<p>Teaching {m}.{n}</p>")
                )
            )
    return course


def lessons_of(course):
    return list(LessonPage.objects.live().descendant_of(course).order_by("path"))


class EnrolmentFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)

    class Meta:
        model = Enrolment


def option(option_id, text, correct=False, feedback=""):
    return {"type": "item", "id": option_id, "value": {"text": text, "is_correct": correct, "feedback": feedback}}


QUIZ_BANK = [
    {
        "type": "single_choice",
        "id": "q-batna",
        "value": {
            "prompt": "What is a BATNA?",
            "feedback": "EXPLAIN-BATNA",
            "revise_lesson": None,
            "options": [
                option("batna-right", "Best alternative to a negotiated agreement", True, "FEEDBACK-RIGHT"),
                option("batna-wrong", "Bottom acceptable tender", False, "FEEDBACK-WRONG"),
            ],
        },
    },
    {
        "type": "multiple_response",
        "id": "q-kpi",
        "value": {
            "prompt": "Which are service credit triggers?",
            "feedback": "EXPLAIN-KPI",
            "revise_lesson": None,
            "options": [
                option("kpi-missed", "Missed KPI", True),
                option("kpi-late", "Late invoice", True),
                option("kpi-weather", "Weather", False),
            ],
        },
    },
    {
        "type": "true_false",
        "id": "q-tupe",
        "value": {
            "prompt": "TUPE can apply when a service moves to a new supplier.",
            "feedback": "EXPLAIN-TUPE",
            "revise_lesson": None,
            "correct_answer": "true",
        },
    },
    {
        "type": "short_text",
        "id": "q-zopa",
        "value": {
            "prompt": "Name the overlap between both sides' reservation points.",
            "feedback": "EXPLAIN-ZOPA",
            "revise_lesson": None,
            "accepted_answers": [{"type": "item", "id": "acc-1", "value": "ZOPA"}],
        },
    },
]
RIGHT_ANSWERS = {
    "q-batna": ["batna-right"],
    "q-kpi": ["kpi-missed", "kpi-late"],
    "q-tupe": ["true"],
    "q-zopa": ["zopa"],
}


def build_quiz(parent, *, slug="quiz", bank=None, **settings):
    """A live quiz under a module or course; lesson links in the bank are resolved by the caller."""
    settings = {"pass_mark": 75, "shuffle_options": False, **settings}
    quiz = QuizPage(title="Module quiz", slug=slug, questions=json.dumps(bank or QUIZ_BANK), **settings)
    parent.add_child(instance=quiz)
    quiz.save_revision().publish()
    quiz.refresh_from_db()
    return quiz


TOTP_SECRET = "JBSWY3DPEHPK3PXP"


def with_totp(user, secret=TOTP_SECRET):
    """Give a staff user the second factor the admin requires."""
    from allauth.mfa.totp.internal.auth import TOTP

    TOTP.activate(user, secret)
    return user


def current_totp_code(secret=TOTP_SECRET):
    import time

    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def sign_in_staff(client, user):
    """Sign a staff user in as allauth would after their password and TOTP code: the admin checks both."""
    import time

    from allauth.account.internal.flows.login import (
        _AUTHENTICATION_METHODS_USER_SESSION_KEY,
        AUTHENTICATION_METHODS_SESSION_KEY,
    )
    from allauth.mfa.models import Authenticator

    client.force_login(user)
    session = client.session
    now = time.time()
    records = [{"method": "password", "at": now, "email": user.email}]
    totp = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if totp:
        records.append({"method": "mfa", "at": now, "id": totp.pk, "type": "totp"})
    session[AUTHENTICATION_METHODS_SESSION_KEY] = records
    session[_AUTHENTICATION_METHODS_USER_SESSION_KEY] = str(user.pk)
    session.save()
    return client


def staff_user(**kwargs):
    """A superuser with TOTP: an academy admin as the tests need one."""
    return with_totp(UserFactory(is_staff=True, is_superuser=True, **kwargs))
