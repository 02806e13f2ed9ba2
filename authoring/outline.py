"""The admin's course outline: a course's modules and steps in tree order, each with its editorial state."""

from dataclasses import dataclass, field

from wagtail.models import Page, WorkflowState

from courses.models import CoursePage, ModulePage
from courses.steps import step_page_models

DRAFT, LIVE, CHANGED, IN_REVIEW = "Draft", "Live", "Live, changed since publishing", "In review"


@dataclass
class OutlineRow:
    """One page of the outline with what a trainer can do to it."""

    page: Page
    kind: str  # "module", "lesson", "quiz"
    state: str
    can_edit: bool
    can_move_up: bool = False
    can_move_down: bool = False
    children: list = field(default_factory=list)

    @property
    def title(self):
        return self.page.get_admin_display_title()


@dataclass
class CourseOutlineAdmin:
    course: Page
    state: str
    can_edit: bool
    can_add: bool
    rows: list  # modules (with their steps as children) and course-level steps, in order
    step_types: list  # [(label, app_label, model_name)] that may sit in a module
    final_step_types: list  # that may sit directly in the course

    @property
    def module_count(self):
        return sum(1 for row in self.rows if row.kind == "module")


def page_state(page, in_review_ids):
    if page.pk in in_review_ids:
        return IN_REVIEW
    if not page.live:
        return DRAFT
    return CHANGED if page.has_unpublished_changes else LIVE


def in_review_page_ids(pages):
    """Ids of pages with a workflow in progress: one query."""
    ids = [str(page.pk) for page in pages]
    states = WorkflowState.objects.active().filter(base_content_type__model="page", object_id__in=ids)
    return {int(object_id) for object_id in states.values_list("object_id", flat=True)}


def step_kind(page):
    return getattr(page, "step_noun", "page")


def addable_types(parent_model):
    """(label, app_label, model_name) of the step types that may be added below `parent_model`."""
    return [
        (f"Add {model.step_noun}", model._meta.app_label, model._meta.model_name)
        for model in step_page_models()
        if parent_model in model.allowed_parent_page_models()
    ]


def course_outline_admin(*, course, user):
    """The whole course (drafts included) as a trainer sees it; a fixed number of queries at any size."""
    pages = list(course.get_descendants().specific(defer=True).order_by("path"))
    in_review = in_review_page_ids([course, *pages])
    permissions = {page.pk: page.permissions_for_user(user) for page in [course, *pages]}
    rows_by_path, rows = {}, []
    for page in pages:
        is_module = isinstance(page, ModulePage)
        row = OutlineRow(
            page=page,
            kind="module" if is_module else step_kind(page),
            state=page_state(page, in_review),
            can_edit=permissions[page.pk].can_edit(),
        )
        rows_by_path[page.path] = row
        parent_path = page.path[: -Page.steplen]
        if parent_path == course.path:
            rows.append(row)
        elif parent_path in rows_by_path:
            rows_by_path[parent_path].children.append(row)
    can_reorder = course.permissions_for_user(user).can_reorder_children()
    mark_moves(rows, can_reorder)
    for row in rows:
        mark_moves(row.children, can_reorder)
    course_permissions = permissions[course.pk]
    return CourseOutlineAdmin(
        course=course,
        state=page_state(course, in_review),
        can_edit=course_permissions.can_edit(),
        can_add=course_permissions.can_add_subpage(),
        rows=rows,
        step_types=addable_types(ModulePage),
        final_step_types=addable_types(CoursePage),
    )


def mark_moves(siblings, can_reorder):
    for index, row in enumerate(siblings):
        row.can_move_up = can_reorder and index > 0
        row.can_move_down = can_reorder and index < len(siblings) - 1


def courses_for_author(user):
    """The courses a trainer may edit, for the 'My courses' panel: owned, named on, or editable by an admin."""
    from django.db.models import Q

    courses = CoursePage.objects.order_by("title")
    if user.is_superuser or user.has_perm("tracking.view_all_courses_reports"):
        return courses
    return courses.filter(Q(owner=user) | Q(trainers=user)).distinct()
