"""The learner's own data page: ask for a copy of everything held about them, see its progress, download it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from privacy.models import SubjectAccessExport
from privacy.services import subject_access_request


@login_required
def your_data(request):
    exports = SubjectAccessExport.objects.filter(user=request.user)[:5]
    return render(request, "privacy/your_data.html", {"exports": exports})


@login_required
@require_POST
def your_data_request(request):
    try:
        subject_access_request(user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "We are preparing a copy of your data. It is usually ready within a minute.")
    return redirect("privacy:your_data")


@login_required
def your_data_download(request, export_id):
    # Only the learner it is about: anyone else (staff included) gets the same 404 as a missing export.
    export = get_object_or_404(SubjectAccessExport, pk=export_id, user=request.user)
    if export.status != SubjectAccessExport.READY or not export.file:
        raise Http404("This copy of your data is not ready")
    filename = f"your-academy-data-{export.created_at:%Y-%m-%d}.zip"
    return FileResponse(export.file.open("rb"), as_attachment=True, filename=filename)
