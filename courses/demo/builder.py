"""Builds the demo academy from courses/demo/content; running it again adds only what is missing."""

import json

from django.db import transaction
from wagtail.models import Page, Site

from academy.roles import setup_roles
from courses.demo.accounts import ensure_demo_people
from courses.demo.content import demo_courses
from courses.demo.media import attach_demo_media
from courses.demo.progress import ensure_demo_progress
from courses.demo.quizzes import FINAL_ASSESSMENT_SETTINGS, MODULE_QUIZ_SETTINGS, question_stream
from courses.models import CourseIndexPage, CoursePage, HomePage, LessonPage, ModulePage, QuizPage

HOME_INTRO = (
    "<p>Short, practical courses for public-sector staff who negotiate, buy and manage contracts: "
    "from preparing for a negotiation to managing a strategic supplier and leaving a contract well.</p>"
)


@transaction.atomic
def build_demo_academy(log=print):
    home = ensure_home_page()
    catalogue = ensure_catalogue(home)
    for course_data in demo_courses():
        course = ensure_course(catalogue, course_data)
        log(f"Course ready: {course.title}")
    attach_demo_media()
    setup_roles()
    people = ensure_demo_people()
    ensure_demo_progress()
    from tracking.demo import ensure_demo_tracking

    ensure_demo_tracking()
    log(f"Demo accounts ready: {', '.join(person.email for person in people)}")
    return catalogue


def ensure_home_page():
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title="Commercial Skills Academy", slug="academy", intro=HOME_INTRO))
        home.save_revision().publish()
        # Wagtail's placeholder "Welcome" page gives way to the academy.
        Page.objects.filter(depth=2, content_type__model="page", slug="home").delete()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"root_page": home, "hostname": "localhost", "port": 80, "site_name": "Commercial Skills Academy"},
    )
    return home


def ensure_catalogue(home):
    catalogue = CourseIndexPage.objects.child_of(home).first()
    if catalogue is None:
        catalogue = CourseIndexPage(
            title="Courses",
            slug="courses",
            intro="<p>Every course is free for staff of member organisations. Enrol to track your progress.</p>",
        )
        publish_child(home, catalogue)
    return catalogue


def ensure_course(catalogue, data):
    course = ensure_course_page(catalogue, data)
    for module_data in data["modules"]:
        ensure_module(course, module_data)
    lesson_ids = dict(LessonPage.objects.descendant_of(course).values_list("slug", "pk"))
    for module_data in data["modules"]:
        if "quiz" in module_data:
            module = ModulePage.objects.child_of(course).get(slug=module_data["slug"])
            ensure_quiz(module, module_data["quiz"], lesson_ids, MODULE_QUIZ_SETTINGS, slug="quiz")
    if "final_assessment" in data:
        ensure_quiz(course, data["final_assessment"], lesson_ids, FINAL_ASSESSMENT_SETTINGS, slug="final-assessment")
    return course


def ensure_quiz(parent, data, lesson_ids, settings, *, slug):
    if QuizPage.objects.child_of(parent).filter(slug=slug).exists():
        return
    settings = dict(settings)
    if settings.get("questions_per_attempt"):
        settings["questions_per_attempt"] = min(settings["questions_per_attempt"], len(data["questions"]))
    quiz = QuizPage(
        title=data["title"],
        slug=slug,
        intro=data.get("intro", ""),
        questions=question_stream(data["questions"], lesson_ids),
        **settings,
    )
    publish_child(parent, quiz)


def ensure_course_page(catalogue, data):
    course = CoursePage.objects.child_of(catalogue).filter(slug=data["slug"]).first()
    if course is None:
        course = CoursePage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            overview=data["overview"],
            learning_outcomes=json.dumps([{"type": "outcome", "value": text} for text in data["learning_outcomes"]]),
            topic=data["topic"],
            level=data["level"],
            estimated_minutes=data["estimated_minutes"],
        )
        publish_child(catalogue, course)
    return course


def ensure_module(course, data):
    module = ModulePage.objects.child_of(course).filter(slug=data["slug"]).first()
    if module is None:
        module = ModulePage(title=data["title"], slug=data["slug"], summary=data.get("summary", ""))
        publish_child(course, module)
    for lesson_data in data["lessons"]:
        if not LessonPage.objects.child_of(module).filter(slug=lesson_data["slug"]).exists():
            publish_child(module, lesson_from(lesson_data))
    return module


def lesson_from(data):
    return LessonPage(
        title=data["title"],
        slug=data["slug"],
        summary=data.get("summary", ""),
        estimated_minutes=data.get("estimated_minutes", 10),
        body=json.dumps([{"type": block_type, "value": value} for block_type, value in data["body"]]),
    )


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
