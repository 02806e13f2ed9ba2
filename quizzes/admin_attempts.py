"""Wagtail admin view of a quiz's open timed attempts, where a trainer gives one attempt more time."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from quizzes.admin_views import editable_quiz
from quizzes.models import QuizAttempt
from quizzes.timing import EXTENSION_CHOICES, quiz_attempt_extend


class ExtendAttemptForm(forms.Form):
    attempt = forms.IntegerField(widget=forms.HiddenInput)
    minutes = forms.TypedChoiceField(coerce=int, choices=[(m, f"{m} minutes") for m in EXTENSION_CHOICES], label="Add")


def open_attempts(request, page_id):
    """GET lists the quiz's open timed attempts; POST adds minutes to one of them."""
    quiz = editable_quiz(request, page_id)
    attempts = (
        QuizAttempt.objects.filter(quiz_id=quiz.pk, submitted_at__isnull=True, deadline_at__isnull=False)
        .select_related("enrolment__user")
        .order_by("deadline_at")
    )
    if request.method == "POST":
        form = ExtendAttemptForm(request.POST)
        if not form.is_valid():
            messages.error(request, "Choose an attempt and how many minutes to add.")
            return redirect(request.path)
        if not attempts.filter(pk=form.cleaned_data["attempt"]).exists():
            messages.error(request, "That attempt is no longer open, so it cannot be extended.")
            return redirect(request.path)
        try:
            attempt = quiz_attempt_extend(attempt_id=form.cleaned_data["attempt"], minutes=form.cleaned_data["minutes"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            local = timezone.localtime(attempt.deadline_at)
            messages.success(
                request, f"{attempt.enrolment.user.email} now has until {local:%H:%M} ({local:%-d %B %Y})."
            )
        return redirect(request.path)
    return TemplateResponse(
        request,
        "quizzes/admin/open_attempts.html",
        {
            "quiz": quiz,
            "attempts": attempts,
            "now": timezone.now(),
            "form": ExtendAttemptForm(),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[quiz.pk]),
        },
    )
