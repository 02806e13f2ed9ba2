"""Emails to the reviewers when a page is submitted for review; sent by a Celery task, at most once."""

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.utils import get_admin_base_url
from wagtail.models import GroupApprovalTask, TaskState

from authoring.models import ReviewNotice
from authoring.review import reviewers


def review_request_email_send(*, task_state_id):
    """Email every reviewer of a waiting review once; a retried task finds it claimed and stops."""
    task_state = TaskState.objects.filter(pk=task_state_id, status=TaskState.STATUS_IN_PROGRESS).first()
    if task_state is None:
        return 0
    task = task_state.task.specific
    if not isinstance(task, GroupApprovalTask):
        return 0
    notice, _ = ReviewNotice.objects.get_or_create(task_state=task_state)
    if not ReviewNotice.objects.filter(pk=notice.pk, sent_at__isnull=True).update(sent_at=timezone.now()):
        return 0
    page = task_state.workflow_state.content_object
    submitter = task_state.workflow_state.requested_by
    context = {
        "page": page,
        "submitter": submitter.get_full_name() or submitter.email if submitter else "A trainer",
        "review_url": get_admin_base_url() + reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "preview_url": get_admin_base_url() + reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
    }
    addresses = [user.email for user in reviewers(task) if user.email]
    if addresses:
        send_mail(
            subject=f"Please review '{page.get_admin_display_title()}'",
            message=render_to_string("authoring/email/review_requested.txt", context),
            from_email=None,
            recipient_list=addresses,
        )
    return len(addresses)
