"""The course page tree: HomePage > CourseIndexPage > CoursePage > ModulePage > LessonPage.

Lessons are one kind of course step; other apps add step page types (quizzes) that name ModulePage
or CoursePage in their own `parent_page_types` and set `is_course_step`, so courses need not know them.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from academy.tree_cache import cached_page
from academy.view_restrictions import CachedViewRestrictionsMixin
from accounts.choosers import staff_chooser_viewset
from courses.blocks import LessonStreamBlock
from courses.choices import Level, Topic
from courses.forms import CatalogueFilterForm
from courses.routes import routed_view


def is_preview(request):
    return getattr(request, "is_preview", False)


def preview_course_outline(**kwargs):
    from courses.preview import preview_course_outline as build  # the preview builds on selectors

    return build(**kwargs)


class HomePage(CachedViewRestrictionsMixin, Page):
    """The academy's front page."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage", "content.ContentPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import catalogue_courses, live_catalogue_under  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = live_catalogue_under(self)
        context["courses"] = catalogue_courses()
        return context


class CourseIndexPage(CachedViewRestrictionsMixin, Page):
    """The catalogue at /courses/: search and filter by topic and level."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import catalogue_courses  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        form = CatalogueFilterForm(request.GET or None)
        filters = form.cleaned_data if form.is_valid() else {}
        context["filter_form"] = form
        context["courses"] = catalogue_courses(parent=self, **filters)
        context["is_filtered"] = any(filters.values())
        return context


class CoursePage(CachedViewRestrictionsMixin, RoutablePageMixin, Page):
    """A course: overview, outcomes, and its modules of lessons. Learners enrol here."""

    summary = models.TextField(max_length=400, help_text="One or two sentences for the catalogue")
    overview = RichTextField(features=["bold", "italic", "ol", "ul", "link"])
    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(max_length=250, label="Learning outcome"))],
        blank=True,
        help_text="What a learner can do after the course",
    )
    topic = models.CharField(max_length=40, choices=Topic.choices)
    level = models.CharField(max_length=20, choices=Level.choices)
    estimated_minutes = models.PositiveIntegerField(
        "Estimated time to complete (minutes)", help_text="Roughly how long the whole course takes, in minutes"
    )
    # Read a course's trainers here (course.trainers.all(), CoursePage.objects.filter(trainers=user),
    # user.courses_trained); they are edited as `course_trainers` rows, which revisions keep and publish.
    trainers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="courses.CourseTrainer",
        blank=True,
        related_name="courses_trained",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("overview"),
        FieldPanel("learning_outcomes"),
        MultiFieldPanel([FieldPanel("topic"), FieldPanel("level"), FieldPanel("estimated_minutes")], heading="About"),
        MultipleChooserPanel(
            "course_trainers",
            chooser_field_name="user",
            heading="Trainers",
            label="Trainer",
            help_text="Staff who teach this course and see its reports, besides its owner.",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("overview"),
        index.SearchField("learning_outcomes"),
        index.FilterField("topic"),
        index.FilterField("level"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    # No subpage_types: ModulePage and step types from other apps (a final quiz) name CoursePage as a parent.

    def set_trainers(self, users):
        """Name these staff as the trainers, in this order, on this page or draft (saved with it, or with its
        next revision); a trainer already named keeps their row."""
        kept = {row.user_id: row for row in self.course_trainers.all()}
        rows = [kept.get(user.pk) or CourseTrainer(user=user) for user in users]
        for order, row in enumerate(rows):
            row.sort_order = order
        self.course_trainers = rows

    def get_topic_label(self):
        return self.get_topic_display()

    def get_level_label(self):
        return self.get_level_display()

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_outline  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        if is_preview(request):
            context["outline"] = preview_course_outline(course=self)
        else:
            context["outline"] = course_outline(course=self, user=request.user, request=request)
        return context

    enrol = path("enrol/", name="enrol")(routed_view("courses.views.course_enrol"))


class CourseTrainer(Orderable):
    """A member of staff named as one of a course's trainers (a row of the editor's Trainers panel)."""

    course = ParentalKey(CoursePage, on_delete=models.CASCADE, related_name="course_trainers")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        limit_choices_to={"is_staff": True},  # learners are refused even if their id is posted
        verbose_name="trainer",
    )

    panels = [FieldPanel("user", widget=staff_chooser_viewset.widget_class)]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["course", "user"], name="course_trainer_once_per_course")]

    def __str__(self):
        return f"{self.user} trains {self.course}"


class ModulePage(CachedViewRestrictionsMixin, Page):
    """A module of a course: a short introduction and its lessons in order."""

    summary = models.TextField(max_length=400, blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary")]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    parent_page_types = ["courses.CoursePage"]
    # No subpage_types: LessonPage and step types from other apps (a module quiz) name ModulePage as a parent.

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_outline  # selectors import these models

        context = super().get_context(request, *args, **kwargs)
        # A trainer previewing a module may be drafting its course too; learners see only live courses.
        if is_preview(request):
            course = CoursePage.objects.ancestor_of(self).first()
        else:
            course = live_course_above(self)
        if course is None:
            raise Http404("This course is not available")
        if is_preview(request):
            outline = preview_course_outline(course=course, current=self)
        else:
            outline = course_outline(course=course, user=request.user, request=request)
        context["course"] = course
        context["outline"] = outline
        context["module_outline"] = outline.module_for(self.pk)
        return context


def live_course_above(page):
    """The live course holding `page`, from the tree cache; None if there is none or it is unpublished."""
    from courses.outline import course_id_above  # outline imports these models

    course_id = course_id_above(page)
    course = cached_page(course_id, CoursePage) if course_id is not None else None
    return course if course is not None and course.live else None


class CourseStepMixin(CachedViewRestrictionsMixin, RoutablePageMixin):
    """A step of a course (a lesson, a quiz...): counted in progress, opened only by enrolled learners
    (and previewing trainers). A step is done when the learner has a StepCompletion for its page."""

    is_course_step = True
    step_noun = "lesson"  # what the learner calls it: "Next lesson", "(quiz)"
    step_done_label = "Completed"  # the outline's tag for a step done

    @classmethod
    def step_pending_labels(cls, *, enrolments):
        """{page id: label} for steps of this type begun but not done ("Not passed yet"); at most one query."""
        return {}

    def serve(self, request, *args, **kwargs):
        # Trainers previewing a draft are not enrolled learners; everyone else must be.
        if not getattr(request, "is_preview", False):
            refusal = self.refuse_unless_enrolled(request)
            if refusal:
                return refusal
        return super().serve(request, *args, **kwargs)

    def refuse_unless_enrolled(self, request):
        from courses.outline import reachable_course_id  # outline imports these models
        from courses.selectors import enrolment_for  # selectors import these models

        course_id = reachable_course_id(self)  # a lesson under a withdrawn course or module is not served
        if course_id is None:
            raise Http404("This course is not available")
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        course = cached_page(course_id, CoursePage)
        if course is None:
            raise Http404("This course is not available")
        if enrolment_for(user=request.user, course=course, request=request) is None:
            messages.info(request, "Enrol on this course to start its lessons.")
            return redirect(course.get_url(request=request))
        request.academy_course = course
        return None

    def course_for(self, request):
        """The course holding this step: the live one checked when serving, or, in a preview, the nearest one.

        Wagtail's preview renders the page without calling serve(), and may render a course still in draft.
        """
        return getattr(request, "academy_course", None) or CoursePage.objects.ancestor_of(self).first()

    def step_navigation(self, request, course):
        """Previous, next and position: among live steps for a learner, among the latest drafts in a preview."""
        from courses.preview import preview_step_navigation  # the preview builds on selectors

        if is_preview(request):
            return preview_step_navigation(step=self, course=course)
        from courses.selectors import lesson_navigation  # selectors import these models

        return lesson_navigation(lesson=self, course=course, user=request.user, request=request)


class LessonPage(CourseStepMixin, Page):
    """A lesson: teaching blocks, read by enrolled learners, marked complete as they go."""

    summary = models.TextField(max_length=400, blank=True, help_text="Optional. One sentence shown under the title")
    estimated_minutes = models.PositiveIntegerField(
        "Estimated time to complete (minutes)", default=10, help_text="How long a learner takes to read it, in minutes"
    )
    body = StreamField(LessonStreamBlock(), help_text="The lesson: add paragraphs, headings, images, documents…")

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        course = self.course_for(request)
        context["course"] = course
        context["navigation"] = self.step_navigation(request, course)
        return context

    complete = path("complete/", name="complete")(routed_view("courses.views.lesson_complete"))
