"""Erasing a learner from the Wagtail admin: a confirmation page, then a POST that calls the service."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from privacy.services import is_erased, learner_erase

ERASE_PERMISSION = "privacy.erase_learner"
LARGEST_ID = 2**63 - 1


def can_erase(user):
    return user.is_superuser or user.has_perm(ERASE_PERMISSION)


def learner_erase_view(request, user_id):
    if not can_erase(request.user):
        raise PermissionDenied
    learner = get_user_model().objects.filter(pk=user_id).first() if 0 < user_id <= LARGEST_ID else None
    if learner is None:
        raise Http404("No such learner")
    error = None
    if request.method == "POST":
        try:
            learner_erase(actor=request.user, learner=learner)
        except ValidationError as failure:
            error = " ".join(failure.messages)
        else:
            messages.success(request, f"Learner #{user_id} has been erased. Their course records remain, anonymised.")
            return redirect("wagtailusers_users:index")
    context = {"learner": learner, "error": error, "already_erased": is_erased(learner)}
    return TemplateResponse(request, "privacy/admin/erase_confirm.html", context)
