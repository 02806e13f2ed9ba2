"""Taking a quiz: the views a QuizPage routes its sub-URLs to (start, attempt, submit, result).

The page has already checked that the learner is enrolled on its live course (CourseStepMixin.serve).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from courses.selectors import enrolment_for
from quizzes.models import QuizAttempt
from quizzes.selectors import attempt_form_items, attempt_review
from quizzes.services import quiz_attempt_close_if_expired, quiz_attempt_save, quiz_attempt_start, quiz_attempt_submit


@require_POST
def attempt_start(request, quiz):
    """POST <quiz>/start/: start an attempt, or resume the open one."""
    try:
        # The quiz page found the enrolment before routing here (CourseStepMixin.serve): not looked up again.
        enrolment = enrolment_for(user=request.user, course=getattr(request, "academy_course", None), request=request)
        attempt = quiz_attempt_start(user=request.user, quiz=quiz, enrolment=enrolment)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(quiz.get_url(request=request))
    return redirect(quiz.subpage_url("attempt", attempt.pk, request=request))


def attempt_show(request, quiz, attempt_id):
    """<quiz>/attempt/<id>/: the form, or the result once the attempt is graded (or its time ran out)."""
    attempt = own_attempt(request, quiz, attempt_id)
    quiz_attempt_close_if_expired(attempt=attempt)
    if attempt.submitted_at:
        return redirect(quiz.subpage_url("result", attempt.pk, request=request))
    return attempt_form(request, quiz, attempt)


@require_POST
def attempt_save(request, quiz, attempt_id):
    """POST <quiz>/attempt/<id>/save/ (the form's fields, sent by script on each change): keep the answers so far.

    The reply says only when they were saved, never whether they are right.
    """
    attempt = own_attempt(request, quiz, attempt_id)
    try:
        quiz_attempt_save(attempt=attempt, answers=answers_from_post(request.POST))
    except ValidationError as error:
        return JsonResponse({"error": " ".join(error.messages)}, status=409 if attempt.submitted_at else 400)
    return JsonResponse({"saved_at": attempt.saved_at.isoformat()})


@require_POST
def attempt_submit(request, quiz, attempt_id):
    """POST <quiz>/attempt/<id>/submit/: grade the answers once and show the result."""
    attempt = own_attempt(request, quiz, attempt_id)
    try:
        quiz_attempt_submit(attempt=attempt, answers=answers_from_post(request.POST))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return attempt_form(request, quiz, attempt, status=400)
    return redirect(quiz.subpage_url("result", attempt.pk, request=request))


def attempt_result(request, quiz, attempt_id):
    """<quiz>/attempt/<id>/result/: the graded attempt question by question."""
    attempt = own_attempt(request, quiz, attempt_id)
    if not attempt.submitted_at:
        return redirect(quiz.subpage_url("attempt", attempt.pk, request=request))
    context = quiz.get_context(request)
    context.update(attempt=attempt, review=attempt_review(attempt=attempt, request=request))
    return TemplateResponse(request, "quizzes/quiz_result.html", context)


def attempt_form(request, quiz, attempt, status=200):
    context = quiz.get_context(request)
    context.update(attempt=attempt, items=attempt_form_items(attempt), seconds_left=seconds_left(attempt))
    return TemplateResponse(request, "quizzes/quiz_attempt.html", context, status=status)


def seconds_left(attempt):
    """Whole seconds to the deadline by the server's clock, for the countdown (None when untimed)."""
    if not attempt.deadline_at:
        return None
    return max(0, int((attempt.deadline_at - timezone.now()).total_seconds()))


def own_attempt(request, quiz, attempt_id):
    """The signed-in learner's own attempt at this quiz; anyone else's is a 404."""
    attempt = (
        QuizAttempt.objects.filter(pk=attempt_id, quiz=quiz, enrolment__user=request.user)
        .select_related("enrolment")
        .first()
    )
    if attempt is None:
        raise Http404("No such attempt")
    return attempt


def answers_from_post(post):
    """{question id: [values]} from the attempt form, whose field names are 'q-<question id>'."""
    return {name[2:]: post.getlist(name) for name in post if name.startswith("q-")}
