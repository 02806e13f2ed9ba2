"""Admin hooks: the question bank page for quizzes and its button in the page header."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.widgets import HeaderButton

from courses import admin_views
from courses.models import QuizPage


@hooks.register("register_admin_urls")
def question_bank_urls():
    return [
        path("quizzes/<int:page_id>/questions/", admin_views.question_bank, name="quiz_question_bank"),
        path(
            "quizzes/<int:page_id>/questions/<str:file_format>/",
            admin_views.question_bank_download,
            name="quiz_question_bank_download",
        ),
    ]


@hooks.register("register_page_header_buttons")
def question_bank_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, QuizPage) and page.permissions_for_user(user).can_edit():
        yield HeaderButton(
            label="Import or export questions",
            url=reverse("quiz_question_bank", args=[page.pk]),
            icon_name="download",
            priority=40,
        )
