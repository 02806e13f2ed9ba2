"""Quizzes: the QuizPage a trainer builds, and each learner's attempts at it."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from courses.models import CourseStepMixin
from courses.routes import routed_view
from quizzes.blocks import QuizQuestionStreamBlock


class RevealPolicy(models.TextChoices):
    """When a learner may see a quiz's correct answers (see scoring.reveal_answers)."""

    AFTER_EACH_ATTEMPT = "after_each_attempt", "After each attempt"
    AFTER_PASSING = "after_passing", "After the learner passes"
    AFTER_LAST_ATTEMPT = "after_last_attempt", "After the last attempt (or passing)"
    NEVER = "never", "Never"


class QuizPage(CourseStepMixin, Page):
    """A graded quiz at the end of a module, or a course's final assessment: a course step done when passed."""

    step_noun = "quiz"
    step_done_label = "Passed"

    intro = RichTextField(features=["bold", "italic", "ol", "ul", "link"], blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        default=70, validators=[MinValueValidator(0), MaxValueValidator(100)], help_text="Percentage needed to pass"
    )
    max_attempts = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1)], help_text="Leave empty for unlimited attempts"
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1)], help_text="Leave empty for no time limit"
    )
    questions_per_attempt = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="Draw this many questions at random from the bank for each attempt; empty uses them all",
    )
    shuffle_options = models.BooleanField(default=True, help_text="Show answer options in a different order each time")
    reveal_answers = models.CharField(
        max_length=30,
        choices=RevealPolicy.choices,
        default=RevealPolicy.AFTER_EACH_ATTEMPT,
        help_text="When learners may see the correct answers",
    )
    questions = StreamField(QuizQuestionStreamBlock(), help_text="The question bank")

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                # Plain-word labels set here, not on the fields, so no quizzes migration is needed.
                FieldPanel("pass_mark", heading="Pass mark (%)"),
                FieldPanel("max_attempts", heading="Attempts allowed"),
                FieldPanel("time_limit_minutes", heading="Time limit (minutes)"),
                FieldPanel("questions_per_attempt", heading="Questions in each attempt"),
                FieldPanel("shuffle_options", heading="Shuffle the answer options"),
                FieldPanel("reveal_answers", heading="Show learners the correct answers"),
            ],
            heading="Quiz settings",
        ),
        FieldPanel("questions"),
    ]
    parent_page_types = ["courses.ModulePage", "courses.CoursePage"]
    subpage_types = []

    def clean(self):
        super().clean()
        bank_size = len(self.questions)
        if self.questions_per_attempt and self.questions_per_attempt > bank_size:
            raise ValidationError(
                {"questions_per_attempt": f"The bank has only {bank_size} question items; draw at most {bank_size}."}
            )

    @property
    def questions_per_attempt_count(self):
        return min(self.questions_per_attempt or len(self.questions), len(self.questions))

    @classmethod
    def step_pending_labels(cls, *, enrolments):
        """Quizzes with a submitted attempt under these enrolments: "Awaiting marking" while an essay waits for a
        trainer, else "Not passed yet", unless a completion says passed."""
        graded = QuizAttempt.objects.filter(enrolment__in=enrolments, submitted_at__isnull=False)
        labels = {}
        for quiz_id, waiting in graded.values_list("quiz_id", "awaiting_marking").distinct():
            if waiting or quiz_id not in labels:
                labels[quiz_id] = "Awaiting marking" if waiting else "Not passed yet"
        return labels

    def get_context(self, request, *args, **kwargs):
        from quizzes.selectors import quiz_summary  # quizzes' selectors import these models

        context = super().get_context(request, *args, **kwargs)
        course = self.course_for(request)
        context["course"] = course
        context["navigation"] = self.step_navigation(request, course)
        context["summary"] = quiz_summary(quiz=self, user=request.user)
        return context

    start = path("start/", name="start")(routed_view("quizzes.views.attempt_start"))
    attempt = path("attempt/<int:attempt_id>/", name="attempt")(routed_view("quizzes.views.attempt_show"))
    autosave = path("attempt/<int:attempt_id>/save/", name="autosave")(routed_view("quizzes.views.attempt_save"))
    submit = path("attempt/<int:attempt_id>/submit/", name="submit")(routed_view("quizzes.views.attempt_submit"))
    result = path("attempt/<int:attempt_id>/result/", name="result")(routed_view("quizzes.views.attempt_result"))

    def subpage_url(self, name, *args, request=None):
        # With the request, Wagtail reads the site's root paths once per request, not from the cache each time.
        return self.get_url(request=request) + self.reverse_subpage(name, args=args)


class QuizAttempt(models.Model):
    """One try at a quiz: the questions drawn when it started, the answers, and the grade."""

    enrolment = models.ForeignKey("courses.Enrolment", on_delete=models.CASCADE, related_name="quiz_attempts")
    quiz = models.ForeignKey(QuizPage, on_delete=models.CASCADE, related_name="attempts")
    revision = models.ForeignKey("wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+")
    number = models.PositiveSmallIntegerField()
    started_at = models.DateTimeField(auto_now_add=True)
    deadline_at = models.DateTimeField(null=True, blank=True)
    # The quiz's limit when this attempt started, before the learner's adjustment and any extension.
    time_limit_minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    extra_minutes = models.PositiveSmallIntegerField(default=0, help_text="Extra time a trainer gave this attempt")
    saved_at = models.DateTimeField(null=True, blank=True, help_text="When answers were last saved while answering")
    submitted_at = models.DateTimeField(null=True, blank=True)
    # The drawn questions as they stood in `revision`, in the order shown, options in shown order.
    questions = models.JSONField()
    pass_mark = models.PositiveSmallIntegerField()
    answers = models.JSONField(default=dict)
    results = models.JSONField(default=dict)
    score_percent = models.PositiveSmallIntegerField(null=True, blank=True)
    passed = models.BooleanField(null=True)
    # Submitted with an essay a trainer has still to mark: no pass or fail until then (quizzes/marking.py).
    awaiting_marking = models.BooleanField(default=False)
    marked_at = models.DateTimeField(null=True, blank=True)
    marked_email_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["quiz", "number"]
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "quiz", "number"], name="unique_attempt_number"),
            models.UniqueConstraint(
                fields=["enrolment", "quiz"],
                condition=models.Q(submitted_at__isnull=True),
                name="one_open_attempt_per_quiz",
            ),
        ]
        indexes = [
            models.Index(fields=["quiz", "passed"], name="attempt_quiz_passed"),
            models.Index(fields=["awaiting_marking", "submitted_at"], name="attempt_awaiting_marking"),
        ]

    def __str__(self):
        return f"Attempt {self.number} at {self.quiz} by {self.enrolment.user}"


class TimingAdjustment(models.Model):
    """A learner's reasonable adjustment to every timed quiz: more time, or no time limit."""

    class Adjustment(models.TextChoices):
        EXTRA_25 = "1.25", "Extra time: 1.25 times the limit"
        EXTRA_50 = "1.5", "Extra time: 1.5 times the limit"
        DOUBLE = "2", "Extra time: twice the limit"
        NO_LIMIT = "none", "No time limit"

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="timing_adjustment")
    adjustment = models.CharField(max_length=10, choices=Adjustment.choices)
    note = models.CharField(max_length=300, blank=True, help_text="Why, or who agreed it (seen only by staff)")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["user__email"]

    def __str__(self):
        return f"{self.user}: {self.get_adjustment_display()}"


class QuizStatistics(models.Model):
    """A quiz's question statistics as last calculated, from first attempts or all (see quizzes/statistics)."""

    class Scope(models.TextChoices):
        FIRST = "first", "First attempts"
        ALL = "all", "All attempts"

    quiz = models.ForeignKey(QuizPage, on_delete=models.CASCADE, related_name="statistics")
    scope = models.CharField(max_length=10, choices=Scope.choices, default=Scope.FIRST)
    # What was analysed: when the attempts change, the statistics are out of date.
    attempt_count = models.PositiveIntegerField(default=0)
    last_submitted_at = models.DateTimeField(null=True, blank=True)
    questions = models.JSONField(default=list)
    calculated_at = models.DateTimeField(null=True, blank=True)
    queued_at = models.DateTimeField(null=True, blank=True, help_text="When a background calculation was asked for")

    class Meta:
        verbose_name_plural = "quiz statistics"
        constraints = [models.UniqueConstraint(fields=["quiz", "scope"], name="one_statistics_per_quiz_scope")]

    def __str__(self):
        return f"Statistics for {self.quiz} ({self.get_scope_display()})"


class QuestionBankImport(models.Model):
    """An uploaded question file between its preview and the trainer's choice; the refused list stays as a report."""

    class Status(models.TextChoices):
        PREVIEWED = "previewed", "Waiting for the trainer"
        IMPORTED = "imported", "Imported"
        CANCELLED = "cancelled", "Cancelled"

    quiz = models.ForeignKey(QuizPage, on_delete=models.CASCADE, related_name="bank_imports")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    file_name = models.CharField(max_length=255)
    file_format = models.CharField(max_length=10)
    source = models.TextField()
    replace = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PREVIEWED)
    imported_count = models.PositiveIntegerField(default=0)
    refused = models.JSONField(default=list)  # [{"line": n, "reason": "..."}] as the preview showed them

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.file_name} into {self.quiz}"
