"""Keeps course collections, the review workflow's state and reviewer emails in step with what happens."""

from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver
from wagtail.models import TaskState
from wagtail.signals import task_submitted

from accounts.models import User
from authoring.media import course_collection_ensure
from authoring.review import review_workflow_sync
from authoring.tasks import review_request_email
from courses.models import CoursePage
from outbox.services import task_enqueue


@receiver(post_save, sender=CoursePage)
def course_collection_on_create(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        course_collection_ensure(course=instance)


@receiver(m2m_changed, sender=User.groups.through)
def review_workflow_on_group_change(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear"):
        review_workflow_sync()


@receiver(post_save, sender=User)
def review_workflow_on_user_change(sender, instance, raw=False, update_fields=None, **kwargs):
    # A reviewer deactivated may leave nobody to review.
    if not raw and (update_fields is None or "is_active" in update_fields):
        review_workflow_sync()


def email_reviewers(sender, instance, **kwargs):
    task_enqueue(review_request_email, instance.pk)


# Wagtail emails reviewers inside the request; the academy sends them from a worker, through the outbox.
task_submitted.disconnect(sender=TaskState, dispatch_uid="group_approval_task_submitted_email_notification")
task_submitted.connect(email_reviewers, sender=TaskState, dispatch_uid="academy_review_request_email")
