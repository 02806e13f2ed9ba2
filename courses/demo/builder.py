"""Builds the demo academy from the course packages in courses/demo/packages, through the trainers' import.

Running it again adds only what is missing: a course already in the catalogue is left as it is.
"""

from pathlib import Path

from django.db import transaction
from wagtail.models import Page, Site

from accounts.roles import setup_roles
from certificates.demo import ensure_demo_certificates
from content.demo import ensure_demo_content_pages
from courses.demo.accounts import ensure_demo_people
from courses.demo.progress import ensure_demo_progress
from courses.models import CourseIndexPage, CoursePage, HomePage
from packages.services import course_package_import
from packages.source import read_directory
from tracking.demo import ensure_demo_tracking

PACKAGES = Path(__file__).resolve().parent / "packages"
# Catalogue order; each is a package folder under PACKAGES.
DEMO_COURSES = [
    "contract-negotiation",
    "supplier-relationship-management",
    "contract-management-foundation",
    "outsourcing-and-the-sourcing-playbook",
    "commercial-awareness-for-leaders",
]
HOME_INTRO = (
    "<p>Short, practical courses for public-sector staff who negotiate, buy and manage contracts: "
    "from preparing for a negotiation to managing a strategic supplier and leaving a contract well.</p>"
)


@transaction.atomic
def build_demo_academy(log=print):
    home = ensure_home_page()
    catalogue = ensure_catalogue(home)
    ensure_demo_content_pages(home)
    setup_roles()
    people = ensure_demo_people()  # before the courses, which name the demo trainer
    for slug in DEMO_COURSES:
        course = ensure_course(catalogue, slug)
        log(f"Course ready: {course.title}")
    ensure_demo_progress()
    ensure_demo_tracking()
    ensure_demo_certificates()
    log(f"Demo accounts ready: {', '.join(person.email for person in people)}")
    return catalogue


def ensure_course(catalogue, slug):
    course = CoursePage.objects.child_of(catalogue).filter(slug=slug).first()
    if course is None:
        course = course_package_import(files=read_directory(PACKAGES / slug), catalogue=catalogue, publish=True)
    return course


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


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
