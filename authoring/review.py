"""The academy's review workflow: a trainer submits, an Academy reviewer approves and it goes live.

The workflow is active only while its reviewers group has an active member: with nobody to review, a
page is never sent (or left) waiting, and trainers publish directly as before. While it is active,
people without `authoring.publish_without_review` (trainers) submit instead of publishing.
"""

from django.contrib import messages
from django.contrib.auth.models import Group
from django.db import transaction
from django.shortcuts import redirect
from wagtail.models import GroupApprovalTask, Task, Workflow, WorkflowPage, WorkflowState, WorkflowTask

REVIEWERS = "Academy reviewers"
WORKFLOW_NAME = "Trainer submits, Academy reviewer approves"
TASK_NAME = "Academy reviewer approves"
PUBLISH_WITHOUT_REVIEW = "authoring.publish_without_review"


def review_task():
    return GroupApprovalTask.objects.filter(name=TASK_NAME).first()


def reviewers(task=None):
    """The active people who can approve for the academy's review task (or any group approval task)."""
    from accounts.models import User

    task = task or review_task()
    if task is None:
        return User.objects.none()
    return User.objects.filter(is_active=True, groups__in=task.groups.all()).distinct().order_by("first_name", "email")


@transaction.atomic
def review_workflow_setup(catalogues):
    """Create or repair the workflow and assign it to every catalogue; safe to run any number of times."""
    group, _ = Group.objects.get_or_create(name=REVIEWERS)
    task = review_task()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(group)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=Task.objects.get(pk=task.pk), defaults={"sort_order": 0})
    for catalogue in catalogues:
        WorkflowPage.objects.get_or_create(page=catalogue, defaults={"workflow": workflow})
    review_workflow_sync()
    return workflow


def review_workflow_sync():
    """Active exactly while someone can review. Turning it off cancels waiting reviews, which would strand pages."""
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        return
    needed = reviewers().exists()
    if workflow.active == needed:
        return
    workflow.active = needed
    workflow.save(update_fields=["active"])
    if not needed:
        for state in WorkflowState.objects.filter(workflow=workflow, status=WorkflowState.STATUS_IN_PROGRESS):
            state.cancel(user=None)


def review_required(page, user):
    """Whether `user` must submit `page` for review rather than publish it."""
    if user.is_superuser or user.has_perm(PUBLISH_WITHOUT_REVIEW):
        return False
    return page.get_workflow() is not None


def hide_publish_when_review_is_required(menu_items, request, context):
    page = context.get("page") or context.get("parent_page")
    if page is not None and review_required(page, request.user):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


def refuse_direct_publish(request, page):
    if request.method == "POST" and "action-publish" in request.POST and review_required(page, request.user):
        messages.error(request, "Submit this page for review: an Academy reviewer publishes it.")
        return redirect(request.get_full_path())
    return None


def reviewer_names(page):
    """Who will review `page` when submitted, in words: for the editor and the outline."""
    workflow = page.get_workflow()
    if workflow is None:
        return []
    names = []
    for task in workflow.tasks.filter(active=True).specific():
        if isinstance(task, GroupApprovalTask):
            names += [user.get_full_name() or user.email for user in reviewers(task)]
    return names


def pages_to_submit(course, user):
    """The course's pages (itself included) with changes not yet live or in review, that `user` may submit."""
    pages = [course, *course.get_descendants().specific(defer=True).order_by("path")]
    return [
        page
        for page in pages
        if (not page.live or page.has_unpublished_changes)
        and page.latest_revision_id
        and page.permissions_for_user(user).can_submit_for_moderation()
    ]


def publishing_problems(page):
    """What stops the latest draft of `page` being published: drafts may be saved incomplete, but a
    reviewer's approval publishes, so a page sent for review must be complete."""
    from django.core.exceptions import ValidationError

    try:
        page.get_latest_revision_as_object().full_clean()
    except ValidationError as error:
        fields = {page._meta.get_field(name).verbose_name if name != "__all__" else "" for name in error.message_dict}
        named = ", ".join(sorted(filter(None, fields))) or "every required field"
        return [f"'{page.get_admin_display_title()}': fill in {named}"]
    return []


@transaction.atomic
def course_submit_for_review(*, course, user):
    """Send every changed page of a course to review in one go; the number sent.

    Nothing is sent while any of them is incomplete: ValidationError says which pages and fields."""
    from django.core.exceptions import ValidationError

    pages = pages_to_submit(course, user)
    problems = [problem for page in pages for problem in publishing_problems(page)]
    if problems:
        raise ValidationError(problems)
    for page in pages:
        page.get_workflow().start(page, user)
    return len(pages)
