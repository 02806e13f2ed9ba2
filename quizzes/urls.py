"""Admin URLs for a quiz's question bank and the essay marking queue, registered under /admin/ by wagtail_hooks.

A learner's quiz URLs (start/, attempt/<id>/...) are sub-URLs of the QuizPage, routed to quizzes.views.
"""

from django.urls import path

from quizzes import admin_attempts, admin_statistics, admin_views, marking_views

admin_urlpatterns = [
    path("quizzes/<int:page_id>/questions/", admin_views.question_bank, name="quiz_question_bank"),
    path(
        "quizzes/<int:page_id>/questions/imports/<int:import_id>/",
        admin_views.question_bank_preview_view,
        name="quiz_question_bank_preview",
    ),
    path(
        "quizzes/<int:page_id>/questions/imports/<int:import_id>/decide/",
        admin_views.question_bank_import_decide,
        name="quiz_question_bank_decide",
    ),
    path(
        "quizzes/<int:page_id>/questions/imports/<int:import_id>/refused.csv",
        admin_views.question_bank_refused_report,
        name="quiz_question_bank_refused",
    ),
    path(
        "quizzes/<int:page_id>/questions/<str:file_format>/",
        admin_views.question_bank_download,
        name="quiz_question_bank_download",
    ),
    path("quizzes/<int:page_id>/open-attempts/", admin_attempts.open_attempts, name="quiz_open_attempts"),
    path("quizzes/<int:page_id>/statistics/", admin_statistics.quiz_statistics, name="quiz_statistics"),
    path("quizzes/<int:page_id>/statistics.csv", admin_statistics.quiz_statistics_csv, name="quiz_statistics_csv"),
    path("question-statistics/", admin_statistics.question_statistics, name="question_statistics"),
    # The queue lists only attempts at quizzes the user may edit, so it lives outside /admin/quizzes/.
    path("essay-marking/", marking_views.marking_queue, name="quiz_marking_queue"),
    path("essay-marking/<int:attempt_id>/", marking_views.attempt_marking, name="quiz_attempt_marking"),
]
