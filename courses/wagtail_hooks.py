"""Admin hooks: the question bank page for quizzes, its button in the page header, rich-text link handlers."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.widgets import HeaderButton

from courses import admin_views
from courses.models import QuizPage
from courses.rich_text_links import (
    DOCUMENT_LINK_CONTENTSTATE_RULE,
    PAGE_LINK_CONTENTSTATE_RULE,
    TolerantDocumentLinkHandler,
    TolerantPageLinkHandler,
)


@hooks.register("register_rich_text_features", order=100)  # after Wagtail's own, which these replace
def tolerant_rich_text_links(features):
    features.register_link_type(TolerantDocumentLinkHandler)
    features.register_link_type(TolerantPageLinkHandler)
    features.register_converter_rule("contentstate", "document-link", DOCUMENT_LINK_CONTENTSTATE_RULE)
    features.register_converter_rule("contentstate", "link", PAGE_LINK_CONTENTSTATE_RULE)


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
