"""Admin dashboard panels: 'My courses' with links to each outline, and the academy's figures."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from authoring.dashboard import academy_figures, courses_awaiting_review
from authoring.outline import courses_for_author
from courses.models import CourseIndexPage


class MyCoursesPanel(Component):
    name = "academy_my_courses"
    template_name = "authoring/admin/panels/my_courses.html"
    order = 50

    def is_shown(self, user):
        """For people who write courses: those with a course, or who may start one (not reviewers only)."""
        catalogue = CourseIndexPage.objects.first()
        can_add = bool(catalogue and catalogue.permissions_for_user(user).can_add_subpage())
        return can_add or courses_for_author(user).exists()

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        courses = list(courses_for_author(user)[:50])
        catalogue = CourseIndexPage.objects.first()
        can_add_course = bool(catalogue and catalogue.permissions_for_user(user).can_add_subpage())
        return {
            "courses": courses,
            "add_course_url": reverse("wagtailadmin_pages:add", args=["courses", "coursepage", catalogue.pk])
            if can_add_course
            else "",
        }


class AcademyFiguresPanel(Component):
    name = "academy_figures"
    template_name = "authoring/admin/panels/academy_figures.html"
    order = 60

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        return {"figures": academy_figures(user=user), "awaiting_review": courses_awaiting_review(user)}
