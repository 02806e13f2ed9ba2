"""Admin URLs for a quiz's question bank, registered under /admin/ by wagtail_hooks.

A learner's quiz URLs (start/, attempt/<id>/...) are sub-URLs of the QuizPage, routed to quizzes.views.
"""

from django.urls import path

from quizzes import admin_attempts, admin_statistics, admin_views

admin_urlpatterns = [
    path("quizzes/<int:page_id>/questions/", admin_views.question_bank, name="quiz_question_bank"),
    path(
        "quizzes/<int:page_id>/questions/<str:file_format>/",
        admin_views.question_bank_download,
        name="quiz_question_bank_download",
    ),
    path("quizzes/<int:page_id>/open-attempts/", admin_attempts.open_attempts, name="quiz_open_attempts"),
    path("quizzes/<int:page_id>/statistics/", admin_statistics.quiz_statistics, name="quiz_statistics"),
    path("quizzes/<int:page_id>/statistics.csv", admin_statistics.quiz_statistics_csv, name="quiz_statistics_csv"),
    path("question-statistics/", admin_statistics.question_statistics, name="question_statistics"),
]
