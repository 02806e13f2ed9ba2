"""Factories for the course page tree (on wagtail-factories) and enrolments."""

import json

import factory
import wagtail_factories
from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from courses.models import CourseIndexPage, CoursePage, Enrolment, HomePage, LessonPage, ModulePage
from tests.accounts.factories import UserFactory


def paragraph_body(text="<p>Lesson text.</p>"):
    return json.dumps([{"type": "paragraph", "value": text}])


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Academy"
    slug = "academy"

    class Meta:
        model = HomePage


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    title = "Courses"
    slug = "courses"

    class Meta:
        model = CourseIndexPage


class CoursePageFactory(wagtail_factories.PageFactory):
    title = "Contract negotiation"
    slug = factory.LazyAttribute(lambda course: course.title.lower().replace(" ", "-"))
    summary = "Negotiate better contracts."
    overview = "<p>Overview.</p>"
    topic = "negotiation"
    level = "foundation"
    estimated_minutes = 60
    learning_outcomes = json.dumps([{"type": "outcome", "value": "Prepare a BATNA"}])

    class Meta:
        model = CoursePage


class ModulePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Module {n}")

    class Meta:
        model = ModulePage


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lesson {n}")
    body = factory.LazyAttribute(lambda lesson: paragraph_body(f"<p>Teaching {lesson.title}</p>"))

    class Meta:
        model = LessonPage


def tree_root():
    """Wagtail's root page; transactional tests flush the one its migration made, so remake it."""
    root = Page.get_first_root_node()
    if root is None:
        Locale.objects.get_or_create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    return root


def build_site():
    """Root > HomePage > CourseIndexPage at /courses/, as the demo builds it."""
    home = HomePageFactory(parent=tree_root())
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return CourseIndexPageFactory(parent=home)


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
    course = CoursePageFactory(parent=catalogue, title=title, slug=slug, summary=summary, topic=topic, level=level)
    for m in range(1, modules + 1):
        module = ModulePageFactory(parent=course, title=f"Module {m}", slug=f"module-{m}")
        for n in range(1, lessons + 1):
            LessonPageFactory(
                parent=module,
                title=f"Lesson {m}.{n}",
                slug=f"lesson-{m}-{n}",
                body=paragraph_body(f"<p>Teaching {m}.{n}</p>"),
            )
    return course


def lessons_of(course):
    return list(LessonPage.objects.live().descendant_of(course).order_by("path"))


class EnrolmentFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)

    class Meta:
        model = Enrolment
