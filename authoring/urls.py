"""Admin URLs for authoring, registered under /admin/ by wagtail_hooks."""

from django.urls import path

from authoring import views

admin_urlpatterns = [
    path("courses/<int:page_id>/outline/", views.CourseOutlineView.as_view(), name="authoring_course_outline"),
    path("courses/lesson-chooser/<int:page_id>/", views.lesson_chooser_start, name="authoring_lesson_chooser_start"),
    path(
        "courses/media-chooser/<str:kind>/<int:page_id>/",
        views.media_chooser_start,
        name="authoring_media_chooser_start",
    ),
    path("courses/<int:page_id>/outline/submit/", views.outline_submit, name="authoring_outline_submit"),
    path(
        "courses/<int:page_id>/outline/move-<str:direction>/",
        views.outline_move,
        name="authoring_outline_move",
    ),
]
