"""The course as a trainer previews it: every page at its latest revision, drafts included and marked.

Learners' outlines (courses.selectors.course_outline) count only live pages; a preview that did so would
show a draft lesson as "Step 0 of 0". Links go to each page's own preview in the admin.
"""

from dataclasses import dataclass

from django.urls import reverse
from wagtail.models import Page, Revision

from courses.models import ModulePage
from courses.selectors import CourseOutline, CourseStep, LessonNavigation, ModuleOutline
from courses.steps import step_page_models


@dataclass(eq=False)
class PreviewStep(CourseStep):
    draft_label: str = ""  # "Draft" (never published), "Changed" (live, with changes) or ""
    in_preview: bool = True


def draft_label(page):
    if not page.live:
        return "Draft"
    return "Changed" if page.has_unpublished_changes else ""


def latest_versions(pages):
    """Each page as its latest revision has it (title, order unchanged): one query for the revisions."""
    revisions = Revision.objects.in_bulk([page.latest_revision_id for page in pages if page.latest_revision_id])
    versions = []
    for page in pages:
        revision = revisions.get(page.latest_revision_id)
        version = revision.as_object() if revision else page
        version.live, version.has_unpublished_changes = page.live, page.has_unpublished_changes
        versions.append(version)
    return versions


def preview_url(page):
    return reverse("wagtailadmin_pages:view_draft", args=[page.pk]) if page.pk else ""


def preview_course_outline(*, course, current=None):
    """The outline of `course` from its pages' latest revisions; `current` (the page being previewed,
    perhaps unsaved) stands in for its stored version."""
    step_types = tuple(step_page_models())
    pages = list(course.get_descendants().specific().order_by("path"))
    pages = [page for page in latest_versions(pages) if current is None or page.pk != current.pk]
    if current is not None and current.path:
        pages = sorted([*pages, current], key=lambda page: page.path)
    modules = {
        page.path: ModuleOutline(page=page, url=preview_url(page)) for page in pages if isinstance(page, ModulePage)
    }
    outline = CourseOutline(course=course, enrolment=None, modules=list(modules.values()))
    for page in pages:
        if not isinstance(page, step_types):
            continue
        step = PreviewStep(page=page, url=preview_url(page), done=False, draft_label=draft_label(page))
        parent_path = page.path[: -Page.steplen]
        if parent_path in modules:
            modules[parent_path].steps.append(step)
        elif parent_path == course.path:
            outline.final_steps.append(step)
    return outline


def preview_step_navigation(*, step, course):
    """Where a previewed step sits among the course's latest drafts: position, previous and next."""
    outline = preview_course_outline(course=course, current=step)
    steps = outline.steps
    index = next((i for i, item in enumerate(steps) if item.page is step), None)
    if index is None:
        return LessonNavigation(outline=outline, module=None, position=0, previous=None, next=None, done=False)
    module = next((m for m in outline.modules if any(step is steps[index] for step in m.steps)), None)
    return LessonNavigation(
        outline=outline,
        module=module,
        position=index + 1,
        previous=steps[index - 1] if index > 0 else None,
        next=steps[index + 1] if index + 1 < len(steps) else None,
        done=False,
    )
