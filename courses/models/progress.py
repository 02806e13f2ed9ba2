"""Learner progress: enrolments on courses and the steps (lessons, quizzes...) each learner has completed."""

from django.conf import settings
from django.db import models
from django.dispatch import Signal
from django.utils import timezone


class Enrolment(models.Model):
    """A learner taking a course. Its progress figures are recalculated from completions."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="enrolments")
    enrolled_at = models.DateTimeField(auto_now_add=True)
    progress_percent = models.PositiveSmallIntegerField(default=0)
    completed_at = models.DateTimeField(null=True, blank=True)
    last_activity_at = models.DateTimeField(null=True, blank=True)
    completion_email_sent_at = models.DateTimeField(null=True, blank=True)
    # The assignment with the earliest due date that covers this learner, if any.
    assignment = models.ForeignKey(
        "tracking.Assignment", null=True, blank=True, on_delete=models.SET_NULL, related_name="enrolments"
    )
    due_date = models.DateField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="unique_enrolment_per_learner_and_course"),
            models.CheckConstraint(
                condition=models.Q(progress_percent__lte=100), name="enrolment_progress_at_most_100"
            ),
        ]
        indexes = [
            models.Index(fields=["course", "completed_at"], name="enrolment_course_completed"),
            models.Index(fields=["due_date", "completed_at"], name="enrolment_due_completed"),
        ]

    def __str__(self):
        return f"{self.user} on {self.course}"

    @property
    def is_complete(self):
        return self.completed_at is not None

    @property
    def is_overdue(self):
        return self.due_date is not None and not self.is_complete and self.due_date < timezone.localdate()


# Sent once when an enrolment becomes complete (with `enrolment`): other apps (certificates) listen, courses
# knows none of them. Sent inside the completing transaction, so a listener's queued task commits with it.
enrolment_completed = Signal()


class StepCompletion(models.Model):
    """A step of a course an enrolled learner has done: a lesson read, a quiz passed, whatever its page type.

    One record per learner and step, however often they click or pass (as openedx/completion keeps one
    BlockCompletion for every block type); progress is recounted from these.
    """

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="step_completions")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="step_completions")
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "page"], name="unique_step_completion_per_enrolment"),
        ]

    def __str__(self):
        return f"{self.enrolment.user} completed {self.page}"
