"""Publishing or withdrawing a lesson changes every learner's progress on that course."""

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from courses.models import CoursePage, LessonPage


@receiver(page_published, sender=LessonPage)
@receiver(page_unpublished, sender=LessonPage)
def recalculate_course_progress(sender, instance, **kwargs):
    from courses.tasks import course_progress_recalculate

    course = CoursePage.objects.ancestor_of(instance).first()
    if course is not None:
        transaction.on_commit(lambda: course_progress_recalculate.delay(course.pk))
