"""Admin views: a course's outline, and moving its pages up or down."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from authoring.media import course_collection_of
from authoring.outline import course_outline_admin
from authoring.review import course_submit_for_review, pages_to_submit, review_required, reviewer_names
from authoring.services import page_move
from courses.models import CoursePage


def course_for_editing(request, page_id):
    # Looked up as a Page: its integer id is range-checked, a course's page_ptr is not (SQLite overflows).
    page = get_object_or_404(Page, pk=page_id).specific_deferred
    if not isinstance(page, CoursePage):
        raise Http404("No such course")
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page


class CourseOutlineView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "authoring/admin/course_outline.html"
    page_title = "Course outline"
    header_icon = "list-ul"

    def dispatch(self, request, page_id):
        self.course = course_for_editing(request, page_id)
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.course.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailadmin_explore", args=[self.course.pk]), "label": self.get_page_subtitle()},
            {"url": "", "label": "Outline"},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["outline"] = course_outline_admin(course=self.course, user=self.request.user)
        context["report_url"] = reverse("tracking_reports:enrolments") + f"?course={self.course.pk}"
        context["can_report"] = self.request.user.has_perm("tracking.view_reports")
        context["reviewers"] = reviewer_names(self.course)
        context["review_required"] = review_required(self.course, self.request.user)
        context["to_submit"] = pages_to_submit(self.course, self.request.user) if context["review_required"] else []
        context["media_uploads"] = course_media_uploads(self.course, self.request.user)
        return context


def course_media_uploads(course, user):
    """[(label, url)]: Wagtail's upload screens, opened at the course's collection, for those who may upload there."""
    uploads = []
    for kind, label, url_name in (
        ("image", "Upload images", "wagtailimages:add_multiple"),
        ("document", "Upload documents", "wagtaildocs:add_multiple"),
    ):
        collection = course_collection_for_upload(course, user, kind)
        if collection is not None:
            uploads.append((label, f"{reverse(url_name)}?collection_id={collection.pk}"))
    return uploads


@require_POST
def outline_move(request, page_id, direction):
    if direction not in ("up", "down"):
        raise Http404("Move a page up or down")
    course = course_for_editing(request, page_id)
    page_id_posted = request.POST.get("page", "")
    page = (
        Page.objects.filter(pk=int(page_id_posted)).first()
        if page_id_posted.isdigit() and len(page_id_posted) < 12
        else None
    )
    if page is None or not page.is_descendant_of(course):
        messages.error(request, "Choose a page of this course to move.")
        return redirect("authoring_course_outline", course.pk)
    try:
        page_move(page=page, direction=direction, user=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, f"Moved '{page.get_admin_display_title()}' {direction}.")
    return redirect(reverse("authoring_course_outline", args=[course.pk]) + f"#page-{page.pk}")


@require_POST
def outline_submit(request, page_id):
    course = course_for_editing(request, page_id)
    try:
        count = course_submit_for_review(course=course, user=request.user)
    except ValidationError as error:
        messages.error(
            request, "Nothing was sent for review. Complete these pages first: " + "; ".join(error.messages) + "."
        )
        return redirect("authoring_course_outline", course.pk)
    if count:
        names = ", ".join(reviewer_names(course)) or "the Academy reviewers"
        messages.success(request, f"Sent {count} page{'s' if count != 1 else ''} for review by {names}.")
    else:
        messages.info(request, "Nothing to send: every page is live or already in review.")
    return redirect("authoring_course_outline", course.pk)


def lesson_chooser_start(request, page_id):
    """Where a quiz's 'lesson to revise' chooser opens: the course holding the quiz (or its parent, for a new one)."""
    page = get_object_or_404(Page, pk=page_id)
    course = page.specific_deferred if isinstance(page.specific_deferred, CoursePage) else None
    course = course or CoursePage.objects.ancestor_of(page).first()
    query = request.GET.urlencode()
    if course is None or not page.permissions_for_user(request.user).can_edit():
        return redirect(reverse("wagtailadmin_choose_page") + (f"?{query}" if query else ""))
    return redirect(reverse("wagtailadmin_choose_page_child", args=[course.pk]) + (f"?{query}" if query else ""))


MEDIA_CHOOSERS = {"image": "wagtailimages_chooser:choose", "document": "wagtaildocs_chooser:choose"}


def media_chooser_start(request, kind, page_id):
    """Where an image or document chooser opens from a page's editor: showing, and uploading into, the collection
    of the page's course. Without a course, or rights in its collection, it is Wagtail's chooser as it is."""
    if kind not in MEDIA_CHOOSERS:
        raise Http404("No such chooser")
    query = request.GET.copy()
    page = Page.objects.filter(pk=page_id).first()
    collection = course_collection_for_upload(page.specific_deferred, request.user, kind) if page else None
    if collection is not None:
        query["collection_id"] = str(collection.pk)
    url = reverse(MEDIA_CHOOSERS[kind])
    return redirect(f"{url}?{query.urlencode()}" if query else url)


def course_collection_for_upload(page, user, kind):
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.permissions import policy_registry

    if not page.permissions_for_user(user).can_edit():
        return None
    collection = course_collection_of(page)
    policy = policy_registry.get_by_type(get_image_model() if kind == "image" else get_document_model())
    if collection is None or collection not in policy.collections_user_has_permission_for(user, "add"):
        return None
    return collection
