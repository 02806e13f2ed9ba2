"""Wagtail admin views for essay marking: the queue of attempts waiting, and the form a trainer marks one with."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from quizzes import grades
from quizzes.marking import attempt_mark, essays, markable_attempts


def marking_queue(request):
    return TemplateResponse(
        request, "quizzes/admin/marking_queue.html", {"attempts": markable_attempts(user=request.user)}
    )


class EssayMarkForm(forms.Form):
    """A mark and a comment for each essay waiting in the attempt, named by question id."""

    def __init__(self, *args, waiting, **kwargs):
        super().__init__(*args, **kwargs)
        for question, _answer, _result in waiting:
            self.fields[f"mark-{question['id']}"] = forms.ChoiceField(
                choices=[("", "Choose a mark"), *grades.POSITIVE_CHOICES], label="Mark"
            )
            self.fields[f"comment-{question['id']}"] = forms.CharField(
                required=False,
                max_length=5000,
                label="Comment for the learner",
                help_text="How the answer meets the rubric; the learner sees this with the mark",
                widget=forms.Textarea(attrs={"rows": 4}),
            )

    def marks(self, waiting):
        data = self.cleaned_data
        return {q["id"]: (data[f"mark-{q['id']}"], data[f"comment-{q['id']}"]) for q, _a, _r in waiting}


def attempt_marking(request, attempt_id):
    attempt = markable_attempts(user=request.user).filter(pk=attempt_id).first()
    if attempt is None:
        raise Http404("No attempt waiting for your marking")
    waiting = [entry for entry in essays(attempt) if entry[2].get("pending")]
    form = EssayMarkForm(request.POST or None, waiting=waiting)
    if request.method == "POST" and form.is_valid():
        try:
            marked = attempt_mark(attempt=attempt, marks=form.marks(waiting), marker=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            outcome = "passed" if marked.passed else "did not pass"
            messages.success(
                request,
                f"Marked. {attempt.enrolment.user} scored {marked.score_percent}% and {outcome}; "
                "they have been emailed.",
            )
            return redirect("quiz_marking_queue")
    questions = [
        (question, answer, form[f"mark-{question['id']}"], form[f"comment-{question['id']}"])
        for question, answer, _result in waiting
    ]
    return TemplateResponse(
        request,
        "quizzes/admin/attempt_marking.html",
        {"attempt": attempt, "form": form, "questions": questions},
        status=400 if form.errors else 200,
    )
