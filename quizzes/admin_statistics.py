"""Wagtail admin pages of question statistics: one quiz's (with a CSV download), and every question across quizzes."""

import csv

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from quizzes.admin_views import editable_quiz
from quizzes.models import QuizPage, QuizStatistics
from quizzes.statistics.services import quiz_statistics_current

CSV_COLUMNS = [
    ("number", "Q#"),
    ("prompt", "Question"),
    ("type", "Type"),
    ("attempts", "Attempts"),
    ("facility", "Facility index %"),
    ("standard_deviation", "Standard deviation"),
    ("discrimination_index", "Discrimination index %"),
    ("discriminative_efficiency", "Discriminative efficiency %"),
]


def chosen_scope(request):
    """First attempts unless the trainer asks for all (Moodle's default)."""
    return QuizStatistics.Scope.ALL if request.GET.get("attempts") == "all" else QuizStatistics.Scope.FIRST


def quiz_statistics(request, page_id):
    quiz = editable_quiz(request, page_id)
    scope = chosen_scope(request)
    stored, pending = quiz_statistics_current(quiz=quiz, scope=scope)
    return TemplateResponse(
        request,
        "quizzes/admin/quiz_statistics.html",
        {
            "quiz": quiz,
            "scope": scope,
            "stored": stored if stored and stored.calculated_at else None,
            "pending": pending,
            "edit_url": reverse("wagtailadmin_pages:edit", args=[quiz.pk]),
        },
    )


def quiz_statistics_csv(request, page_id):
    quiz = editable_quiz(request, page_id)
    scope = chosen_scope(request)
    stored, pending = quiz_statistics_current(quiz=quiz, scope=scope)
    if stored is None or stored.calculated_at is None:
        messages.info(request, "The statistics are still being calculated. Download them once they appear.")
        return redirect(reverse("quiz_statistics", args=[quiz.pk]) + f"?attempts={scope}")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{quiz.slug}-question-statistics-{scope}.csv"'
    writer = csv.writer(response)
    writer.writerow([heading for _key, heading in CSV_COLUMNS] + ["Needs checking", "Responses"])
    for row in stored.questions:
        responses = "; ".join(f"{r['label']}: {r['count']} ({r['percent']}%)" for r in row["responses"])
        reasons = ", ".join(row["check_reasons"]) if row["needs_checking"] else ""
        writer.writerow([row[key] if row[key] is not None else "" for key, _ in CSV_COLUMNS] + [reasons, responses])
    return response


def question_statistics(request):
    """Every question of every quiz this user can edit, the same question in different quizzes side by side."""
    only_flagged = request.GET.get("needs_checking") == "1"
    search = request.GET.get("q", "").strip()[:200]
    rows, pending = [], []
    for quiz in QuizPage.objects.order_by("title"):
        if not quiz.permissions_for_user(request.user).can_edit():
            continue
        stored, is_pending = quiz_statistics_current(quiz=quiz, scope=QuizStatistics.Scope.FIRST)
        if is_pending:
            pending.append(quiz)
        for row in stored.questions if stored else []:
            if (only_flagged and not row["needs_checking"]) or (
                search and search.casefold() not in row["prompt"].casefold()
            ):
                continue
            rows.append({**row, "quiz": quiz})
    rows.sort(key=lambda row: (row["prompt"].casefold(), row["quiz"].title))
    return TemplateResponse(
        request,
        "quizzes/admin/question_statistics.html",
        {"rows": rows, "pending": pending, "only_flagged": only_flagged, "search": search},
    )
