"""A learner's own profile page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from .forms import ProfileForm
from .services import profile_update


@login_required
def profile_edit(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            profile_update(
                user=request.user,
                first_name=data["first_name"],
                last_name=data["last_name"],
                job_role=data["job_role"],
                organisation=data["organisation"],
                department=data["department"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, "Your profile has been updated.")
            return redirect("profile_edit")
    return render(request, "accounts/profile_edit.html", {"form": form})
