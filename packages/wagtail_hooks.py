"""Admin hooks: course package export and import URLs, and their buttons in the page header."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.widgets import HeaderButton

from courses.models import CourseIndexPage, CoursePage
from packages import admin_views


@hooks.register("register_admin_urls")
def course_package_urls():
    return [
        path("courses/<int:page_id>/package/", admin_views.course_export, name="course_package_export"),
        path("catalogue/<int:page_id>/import-course/", admin_views.course_import, name="course_package_import"),
    ]


@hooks.register("register_page_header_buttons")
def course_package_buttons(page, user, view_name, next_url=None):
    page = page.specific_deferred
    permissions = page.permissions_for_user(user)
    if isinstance(page, CoursePage) and permissions.can_edit():
        yield HeaderButton(
            label="Export course package",
            url=reverse("course_package_export", args=[page.pk]),
            icon_name="download",
            priority=45,
        )
    if isinstance(page, CourseIndexPage) and permissions.can_add_subpage():
        yield HeaderButton(
            label="Import a course package",
            url=reverse("course_package_import", args=[page.pk]),
            icon_name="upload",
            priority=45,
        )
