"""Keeps course collections, the review workflow's state and reviewer emails in step with what happens."""

from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import TaskState
from wagtail.signals import task_submitted

from accounts.models import User
from authoring.media import course_trainer_rights_sync
from authoring.models import CourseCollection
from authoring.review import review_workflow_sync
from authoring.tasks import review_request_email
from courses.models import CoursePage, CourseTrainer
from outbox.services import task_enqueue


@receiver(post_save, sender=CoursePage)
def course_media_on_save(sender, instance, raw=False, **kwargs):
    # Every save: a new course gets its collection, a published one may have a new owner or title.
    if not raw:
        course_trainer_rights_sync(course=instance)


@receiver(m2m_changed, sender=CoursePage.trainers.through)
def course_media_on_trainers_change(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse and pk_set:  # courses added to or removed from a user's courses_trained
        courses = CoursePage.objects.filter(pk__in=pk_set)
    elif reverse:  # a user's courses_trained cleared: the courses whose group they are in
        courses = CoursePage.objects.filter(media_collection__trainers_group__user=instance)
    else:
        courses = [instance]
    for course in courses:
        course_trainer_rights_sync(course=course)


@receiver(post_save, sender=CourseTrainer)
@receiver(post_delete, sender=CourseTrainer)
def course_media_on_trainer_row_change(sender, instance, raw=False, **kwargs):
    # Publishing commits the Trainers panel's rows after the course's own post_save: follow the rows themselves.
    course = CoursePage.objects.filter(pk=instance.course_id).first()
    if not raw and course is not None and CourseCollection.objects.filter(course_id=course.pk).exists():
        course_trainer_rights_sync(course=course)


@receiver(post_delete, sender=CourseCollection)
def course_trainers_group_on_delete(sender, instance, **kwargs):
    # The course has gone; its collection and media stay, for an admin to tidy.
    Group.objects.filter(pk=instance.trainers_group_id).delete()


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
