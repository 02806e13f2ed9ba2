"""Authoring records: each course's media collection, and which review requests have been emailed."""

from django.db import models


class CourseCollection(models.Model):
    """The collection a course's images and documents are uploaded into, made when the course is created."""

    course = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="media_collection")
    collection = models.OneToOneField("wagtailcore.Collection", on_delete=models.PROTECT, related_name="+")
    # The course's owner and trainers, kept in step by authoring.media: the group holds their rights on the collection.
    trainers_group = models.OneToOneField(
        "auth.Group", on_delete=models.SET_NULL, null=True, blank=True, related_name="course_collection"
    )

    def __str__(self):
        return f"Media of {self.course}"


class ReviewNotice(models.Model):
    """A review request emailed to the reviewers: claimed first, so a task run twice emails once."""

    task_state = models.OneToOneField("wagtailcore.TaskState", on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        permissions = [("publish_without_review", "Can publish course pages without review")]

    def __str__(self):
        return f"Review notice for {self.task_state_id}"
