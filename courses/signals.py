"""Publishing or withdrawing a step (a lesson, a quiz...) or a module changes progress on its course."""

from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from courses.models import CoursePage, ModulePage
from courses.tasks import course_progress_recalculate
from outbox.services import task_enqueue


@receiver(page_published)
@receiver(page_unpublished)
def recalculate_course_progress(sender, instance, **kwargs):
    # A withdrawn module takes its steps out of the count, as a withdrawn step takes itself.
    if not (getattr(sender, "is_course_step", False) or issubclass(sender, ModulePage)):
        return
    course = CoursePage.objects.ancestor_of(instance).first()
    if course is not None:
        task_enqueue(course_progress_recalculate, course.pk)  # in the publishing transaction
