"""Quizzes: the QuizPage a trainer builds, and each learner's attempts at it."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from courses.blocks import QuizQuestionStreamBlock
from courses.models.pages import EnrolledLearnersOnlyMixin

REVEAL_POLICIES = {
    "after_each_attempt": "After each attempt",
    "after_passing": "After the learner passes",
    "after_last_attempt": "After the last attempt (or passing)",
    "never": "Never",
}


class QuizPage(EnrolledLearnersOnlyMixin, Page):
    """A graded quiz at the end of a module, or a course's final assessment."""

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
        choices=REVEAL_POLICIES.items(),
        default="after_each_attempt",
        help_text="When learners may see the correct answers",
    )
    questions = StreamField(QuizQuestionStreamBlock(), help_text="The question bank")

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("max_attempts"),
                FieldPanel("time_limit_minutes"),
                FieldPanel("questions_per_attempt"),
                FieldPanel("shuffle_options"),
                FieldPanel("reveal_answers"),
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

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import lesson_navigation, quiz_summary

        context = super().get_context(request, *args, **kwargs)
        course = self.course_for(request)
        context["course"] = course
        context["navigation"] = lesson_navigation(lesson=self, course=course, user=request.user, request=request)
        context["summary"] = quiz_summary(quiz=self, user=request.user)
        return context

    @path("start/", name="start")
    def start(self, request):
        from courses.services import quiz_attempt_start

        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        try:
            attempt = quiz_attempt_start(user=request.user, quiz=self)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(self.url)
        return redirect(self.subpage_url("attempt", attempt.pk))

    @path("attempt/<int:attempt_id>/", name="attempt")
    def attempt(self, request, attempt_id):
        from courses.services import quiz_attempt_close_if_expired

        attempt = self.own_attempt(request, attempt_id)
        quiz_attempt_close_if_expired(attempt=attempt)
        if attempt.submitted_at:
            return redirect(self.subpage_url("result", attempt.pk))
        return self.attempt_form(request, attempt)

    def attempt_form(self, request, attempt, status=200):
        from courses.selectors import attempt_form_items

        context = self.get_context(request)
        context.update(attempt=attempt, items=attempt_form_items(attempt))
        return TemplateResponse(request, "courses/quiz_attempt.html", context, status=status)

    @path("attempt/<int:attempt_id>/submit/", name="submit")
    def submit(self, request, attempt_id):
        from courses.services import quiz_attempt_submit

        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        attempt = self.own_attempt(request, attempt_id)
        try:
            quiz_attempt_submit(attempt=attempt, answers=answers_from_post(request.POST))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return self.attempt_form(request, attempt, status=400)
        return redirect(self.subpage_url("result", attempt.pk))

    @path("attempt/<int:attempt_id>/result/", name="result")
    def result(self, request, attempt_id):
        from courses.selectors import attempt_review

        attempt = self.own_attempt(request, attempt_id)
        if not attempt.submitted_at:
            return redirect(self.subpage_url("attempt", attempt.pk))
        context = self.get_context(request)
        context.update(attempt=attempt, review=attempt_review(attempt=attempt, request=request))
        return TemplateResponse(request, "courses/quiz_result.html", context)

    def subpage_url(self, name, *args):
        return self.url + self.reverse_subpage(name, args=args)

    def own_attempt(self, request, attempt_id):
        """The signed-in learner's own attempt at this quiz; anyone else's is a 404."""
        attempt = (
            QuizAttempt.objects.filter(pk=attempt_id, quiz=self, enrolment__user=request.user)
            .select_related("enrolment")
            .first()
        )
        if attempt is None:
            raise Http404("No such attempt")
        return attempt


def answers_from_post(post):
    """{question id: [values]} from the attempt form, whose field names are 'q-<question id>'."""
    return {name[2:]: post.getlist(name) for name in post if name.startswith("q-")}


class QuizAttempt(models.Model):
    """One try at a quiz: the questions drawn when it started, the answers, and the grade."""

    enrolment = models.ForeignKey("courses.Enrolment", on_delete=models.CASCADE, related_name="quiz_attempts")
    quiz = models.ForeignKey(QuizPage, on_delete=models.CASCADE, related_name="attempts")
    revision = models.ForeignKey("wagtailcore.Revision", null=True, on_delete=models.SET_NULL, related_name="+")
    number = models.PositiveSmallIntegerField()
    started_at = models.DateTimeField(auto_now_add=True)
    deadline_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    # The drawn questions as they stood in `revision`, in the order shown, options in shown order.
    questions = models.JSONField()
    pass_mark = models.PositiveSmallIntegerField()
    answers = models.JSONField(default=dict)
    results = models.JSONField(default=dict)
    score_percent = models.PositiveSmallIntegerField(null=True, blank=True)
    passed = models.BooleanField(null=True)

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
        indexes = [models.Index(fields=["quiz", "passed"], name="attempt_quiz_passed")]

    def __str__(self):
        return f"Attempt {self.number} at {self.quiz} by {self.enrolment.user}"
