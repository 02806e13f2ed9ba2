"""Learner URLs outside the page tree. Enrol and complete are sub-URLs of their pages (see CoursePage, LessonPage)."""

from django.urls import path

from courses.views import my_learning

urlpatterns = [
    path("my-learning/", my_learning, name="my_learning"),
]
