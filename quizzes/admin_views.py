"""Wagtail admin views for a quiz's question bank: upload, preview, import or cancel, refused report, export."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_POST
from wagtail.models import Page

from quizzes.models import QuestionBankImport, QuizPage
from quizzes.question_bank.preview import preview_rows
from quizzes.question_bank.services import (
    FORMAT_CHOICES,
    FORMATS,
    bank_import_cancel,
    bank_import_confirm,
    bank_import_create,
    question_bank_export,
    question_bank_preview,
    refused_report,
)


class QuestionBankImportForm(forms.Form):
    file = forms.FileField(help_text="A Moodle GIFT file (.gift or .txt), a Moodle XML file or a CSV file, in UTF-8")
    file_format = forms.ChoiceField(choices=FORMAT_CHOICES, label="Format")
    replace = forms.BooleanField(required=False, label="Replace the existing questions (otherwise they are added)")


def editable_quiz(request, page_id):
    # Looked up as a Page: its integer id is range-checked, a quiz's page_ptr is not (SQLite overflows).
    page = get_object_or_404(Page, pk=page_id).specific_deferred
    if not isinstance(page, QuizPage):
        raise Http404("No such quiz")
    quiz = page.get_latest_revision_as_object()
    if not quiz.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return quiz


def quiz_import(request, page_id, import_id):
    quiz = editable_quiz(request, page_id)
    return quiz, get_object_or_404(QuestionBankImport, pk=import_id, quiz_id=quiz.pk)


def question_bank(request, page_id):
    quiz = editable_quiz(request, page_id)
    form = QuestionBankImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            bank_import = bank_import_create(
                quiz=quiz,
                user=request.user,
                file_name=upload.name,
                data=upload.read(),
                file_format=form.cleaned_data["file_format"],
                replace=form.cleaned_data["replace"],
            )
        except ValidationError as error:
            form.add_error("file", error)
        else:
            return redirect("quiz_question_bank_preview", quiz.pk, bank_import.pk)
    return TemplateResponse(
        request,
        "quizzes/admin/question_bank.html",
        {"quiz": quiz, "form": form, "formats": FORMATS, "imports": quiz.bank_imports.all()[:10]},
        status=400 if form.errors else 200,
    )


def question_bank_preview_view(request, page_id, import_id):
    quiz, bank_import = quiz_import(request, page_id, import_id)
    if bank_import.status != QuestionBankImport.Status.PREVIEWED:
        messages.info(request, f"'{bank_import.file_name}' was {bank_import.get_status_display().lower()}.")
        return redirect("quiz_question_bank", quiz.pk)
    preview = question_bank_preview(quiz=quiz, source=bank_import.source, file_format=bank_import.file_format)
    return TemplateResponse(
        request,
        "quizzes/admin/question_bank_preview.html",
        {"quiz": quiz, "bank_import": bank_import, "preview": preview, "rows": preview_rows(preview.items)},
    )


@require_POST
def question_bank_import_decide(request, page_id, import_id):
    quiz, bank_import = quiz_import(request, page_id, import_id)
    if request.POST.get("action") == "cancel":
        bank_import_cancel(bank_import=bank_import)
        messages.info(request, f"Nothing from '{bank_import.file_name}' was imported.")
        return redirect("quiz_question_bank", quiz.pk)
    try:
        done = bank_import_confirm(bank_import=bank_import, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("quiz_question_bank", quiz.pk)
    refused = f" {len(done.refused)} refused questions are listed in the import report." if done.refused else ""
    messages.success(
        request,
        f"Imported {done.imported_count} question items into a draft of '{quiz.title}'. Preview it, then publish."
        + refused,
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[quiz.pk]))


def question_bank_refused_report(request, page_id, import_id):
    quiz, bank_import = quiz_import(request, page_id, import_id)
    response = HttpResponse(refused_report(bank_import), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{quiz.slug}-import-{bank_import.pk}-refused.csv"'
    return response


def question_bank_download(request, page_id, file_format):
    quiz = editable_quiz(request, page_id)
    if file_format not in FORMATS:
        raise PermissionDenied
    content_type, extension = FORMATS[file_format][2], FORMATS[file_format][3]
    response = HttpResponse(
        question_bank_export(quiz=quiz, file_format=file_format), content_type=f"{content_type}; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{quiz.slug}-questions.{extension}"'
    return response
