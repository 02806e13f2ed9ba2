"""Hooks: the course outline's admin URLs and buttons, the dashboard panels, and the review workflow's rules."""

from django.contrib import messages
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin import messages as admin_messages
from wagtail.admin.widgets import HeaderButton, ListingButton
from wagtail.models import WorkflowState

from authoring import review
from authoring.panels import AcademyFiguresPanel, MyCoursesPanel
from authoring.urls import admin_urlpatterns
from courses.models import CoursePage


@hooks.register("register_admin_urls")
def authoring_urls():
    return admin_urlpatterns


def course_of(page):
    """The course a page is, or belongs to; None for pages outside a course."""
    if isinstance(page.specific_deferred, CoursePage):
        return page
    return CoursePage.objects.ancestor_of(page).first() if page.depth > 3 else None


@hooks.register("register_page_header_buttons")
def course_outline_header_button(page, user, view_name, next_url=None):
    course = course_of(page)
    if course is not None and course.permissions_for_user(user).can_edit():
        yield HeaderButton(
            label="Course outline",
            url=reverse("authoring_course_outline", args=[course.pk]),
            icon_name="list-ul",
            priority=5,
        )


@hooks.register("register_page_listing_buttons")
def course_outline_listing_button(page, user, next_url=None):
    if isinstance(page.specific_deferred, CoursePage) and page.permissions_for_user(user).can_edit():
        yield ListingButton(
            "Outline",
            reverse("authoring_course_outline", args=[page.pk]),
            icon_name="list-ul",
            attrs={"aria-label": f"Outline of '{page.get_admin_display_title()}'"},
            priority=5,
        )


@hooks.register("construct_homepage_panels")
def academy_dashboard_panels(request, panels):
    if request.user.has_perm("tracking.view_reports"):
        panels.append(AcademyFiguresPanel())
    panel = MyCoursesPanel()
    if panel.is_shown(request.user):
        panels.append(panel)


@hooks.register("insert_global_admin_css")
def authoring_css():
    return format_html('<link rel="stylesheet" href="{}">', static("authoring/admin.css"))


@hooks.register("insert_editor_js")
def lesson_chooser_js():
    return format_html(
        '<script src="{}"></script><script src="{}"></script>',
        static("authoring/lesson_chooser.js"),
        static("authoring/course_media.js"),
    )


@hooks.register("construct_page_action_menu")
def review_before_publishing(menu_items, request, context):
    review.hide_publish_when_review_is_required(menu_items, request, context)


@hooks.register("before_edit_page")
def refuse_direct_publish(request, page):
    return review.refuse_direct_publish(request, page)


@hooks.register("before_create_page")
def refuse_direct_publish_of_new_page(request, parent_page, page_class):
    return review.refuse_direct_publish(request, parent_page)


@hooks.register("after_edit_page")
@hooks.register("after_create_page")
def say_who_reviews_and_where_next(request, page):
    if "action-submit" in request.POST and WorkflowState.objects.active().filter(object_id=str(page.pk)).exists():
        names = ", ".join(review.reviewer_names(page)) or "the reviewers"
        messages.info(
            request, f"'{page.get_admin_display_title()}' is waiting for review by {names}. They have been emailed."
        )
    course = course_of(page)
    if course is not None and request.accepts("text/html"):  # not after an autosave, which answers in JSON
        # The outline is where a trainer builds a course: offer the way back after every save.
        outline = reverse("authoring_course_outline", args=[course.pk])
        admin_messages.info(
            request,
            f"Next: add or arrange the pages of '{course.get_admin_display_title()}'.",
            buttons=[admin_messages.button(outline, "Back to the course outline")],
        )
