"""Wagtail admin views: download a course as a package zip, and import one under the catalogue (as drafts,
sent for review where the importer's pages must be reviewed, or published by those who may)."""

import tomllib

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.models import Page

from authoring.review import review_required, reviewer_names
from courses.models import CourseIndexPage, CoursePage
from packages.errors import PackageError, Problem
from packages.services import course_package_export, course_package_import_by, import_may_publish
from packages.source import read_zip, zip_bytes

MAX_ZIP_BYTES = 50 * 1024 * 1024


class CourseImportForm(forms.Form):
    file = forms.FileField(help_text="A course package: the course folder zipped, with course.toml at its top")
    update = forms.BooleanField(required=False, label="Update the course with the same slug (new draft revisions)")
    publish = forms.BooleanField(
        required=False,
        label="Publish every page now",
        help_text="Leave unticked to import drafts you can preview first",
    )

    def __init__(self, *args, may_publish=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_publish:  # where a reviewer publishes, the import is sent for review instead
            del self.fields["publish"]


def page_of_type(page_id, page_class):
    # Looked up as a Page: its integer id is range-checked, a subclass's page_ptr is not (SQLite overflows).
    page = get_object_or_404(Page, pk=page_id).specific_deferred
    if not isinstance(page, page_class):
        raise Http404("No such page")
    return page


def course_export(request, page_id):
    course = page_of_type(page_id, CoursePage)
    if not course.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    response = HttpResponse(zip_bytes(course_package_export(course=course), root=course.slug), "application/zip")
    response["Content-Disposition"] = f'attachment; filename="{course.slug}.zip"'
    return response


def course_import(request, page_id):
    catalogue = page_of_type(page_id, CourseIndexPage)
    if not catalogue.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    may_publish = import_may_publish(user=request.user, catalogue=catalogue)
    form = CourseImportForm(request.POST or None, request.FILES or None, may_publish=may_publish)
    problems = []
    if request.method == "POST" and form.is_valid():
        try:
            imported = import_upload(request.user, catalogue, form.cleaned_data)
        except PackageError as error:
            problems = error.problems
        else:
            messages.success(request, import_message(imported, published=form.cleaned_data.get("publish")))
            return redirect(reverse("wagtailadmin_explore", args=[imported.course.pk]))
    context = {"catalogue": catalogue, "form": form, "problems": problems}
    context["sent_for_review"] = review_required(catalogue, request.user)
    status = 400 if problems or form.errors else 200
    return TemplateResponse(request, "packages/admin/course_import.html", context, status=status)


def import_message(imported, *, published):
    title = imported.course.title
    if imported.sent_for_review:
        names = ", ".join(reviewer_names(imported.course)) or "the Academy reviewers"
        return f"Imported '{title}' and sent it for review by {names}. They have been emailed."
    if published:
        return f"Imported and published '{title}'."
    return f"Imported '{title}' as drafts. Preview its pages, then publish them."


def import_upload(user, catalogue, data):
    upload = data["file"]
    if upload.size > MAX_ZIP_BYTES:
        raise PackageError([Problem(upload.name, None, "the zip is larger than 50 MB.")])
    files = read_zip(upload.read())
    if data["update"]:
        check_can_update(user, catalogue, files)
    return course_package_import_by(
        user=user, files=files, catalogue=catalogue, update=data["update"], publish=bool(data.get("publish"))
    )


def check_can_update(user, catalogue, files):
    """Updating a course needs edit rights on that course, not only on the catalogue."""
    try:
        slug = tomllib.loads(files["course.toml"].decode("utf-8-sig")).get("slug")
    except (tomllib.TOMLDecodeError, UnicodeDecodeError):
        return  # the import lists the problem with its line
    course = CoursePage.objects.child_of(catalogue).filter(slug=slug).first()
    if course is not None and not course.permissions_for_user(user).can_edit():
        raise PermissionDenied
