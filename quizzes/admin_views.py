"""Wagtail admin view for a quiz's question bank: import GIFT or CSV, export either."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.models import Page

from quizzes.models import QuizPage
from quizzes.question_bank.parsed import BankFileError
from quizzes.question_bank.services import FORMATS, question_bank_export, question_bank_import


class QuestionBankImportForm(forms.Form):
    file = forms.FileField(help_text="A Moodle GIFT file (.gift or .txt) or a CSV file, in UTF-8")
    file_format = forms.ChoiceField(choices=[("gift", "Moodle GIFT"), ("csv", "CSV")], label="Format")
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


def question_bank(request, page_id):
    quiz = editable_quiz(request, page_id)
    form = QuestionBankImportForm(request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            count = question_bank_import(
                quiz=quiz,
                data=form.cleaned_data["file"].read(),
                file_format=form.cleaned_data["file_format"],
                replace=form.cleaned_data["replace"],
                user=request.user,
            )
        except BankFileError as error:
            errors = error.errors
            # The file's problems are listed above the form; tie them to the file input for screen readers.
            form.fields["file"].widget.attrs.update(
                {"aria-invalid": "true", "aria-describedby": "id_file_helptext import-errors"}
            )
        else:
            messages.success(
                request, f"Imported {count} question items into a draft of '{quiz.title}'. Preview it, then publish."
            )
            return redirect(reverse("wagtailadmin_pages:edit", args=[quiz.pk]))
    return TemplateResponse(
        request,
        "quizzes/admin/question_bank.html",
        {
            "quiz": quiz,
            "form": form,
            "errors": errors,
            "formats": FORMATS,
        },
        status=400 if errors else 200,
    )


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
