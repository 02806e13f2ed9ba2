"""Hooks: question bank admin URLs and header button, the essay marking menu item, quiz results on 'My learning'."""

from django.urls import reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import HeaderButton
from wagtail.permission_policies.pages import PagePermissionPolicy

from accounts.roles import can_use_admin
from quizzes.models import QuizPage
from quizzes.selectors import learner_quiz_results
from quizzes.urls import admin_urlpatterns
from quizzes.viewsets import TimingAdjustmentViewSet


@hooks.register("register_admin_urls")
def question_bank_urls():
    return admin_urlpatterns


@hooks.register("register_page_header_buttons")
def question_bank_button(page, user, view_name, next_url=None):
    if isinstance(page.specific_deferred, QuizPage) and page.permissions_for_user(user).can_edit():
        yield HeaderButton(
            label="Import or export questions",
            url=reverse("quiz_question_bank", args=[page.pk]),
            icon_name="download",
            priority=40,
        )
        yield HeaderButton(
            label="Question statistics", url=reverse("quiz_statistics", args=[page.pk]), icon_name="table", priority=41
        )
        yield HeaderButton(
            label="Open timed attempts",
            url=reverse("quiz_open_attempts", args=[page.pk]),
            icon_name="time",
            priority=42,
        )


@hooks.register("register_admin_viewset")
def timing_adjustments_viewset():
    return TimingAdjustmentViewSet()


class QuestionStatisticsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_use_admin(request.user)


@hooks.register("register_reports_menu_item")
def question_statistics_menu_item():
    return QuestionStatisticsMenuItem("Question statistics", reverse("question_statistics"), icon_name="table")


class MarkingMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_permission(request.user, "change")


@hooks.register("register_admin_menu_item")
def marking_menu_item():
    return MarkingMenuItem(
        "Essay marking", reverse("quiz_marking_queue"), name="essay-marking", icon_name="edit", order=350
    )


@hooks.register("academy_my_learning_sections")
def quiz_results_section(*, enrolments):
    return learner_quiz_results(enrolments=enrolments)
