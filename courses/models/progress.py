"""Learner progress: enrolments on courses and the lessons each learner has completed."""

from django.conf import settings
from django.db import models


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
        from django.utils import timezone

        return self.due_date is not None and not self.is_complete and self.due_date < timezone.localdate()


class LessonCompletion(models.Model):
    """A lesson an enrolled learner has finished. Recorded once, however often they click."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "lesson"], name="unique_lesson_completion_per_enrolment"),
        ]

    def __str__(self):
        return f"{self.enrolment.user} completed {self.lesson}"
