"""Publishing or withdrawing a lesson, quiz or module changes every learner's progress on that course."""

from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from courses.models import CoursePage, LessonPage, ModulePage, QuizPage
from outbox.services import task_enqueue


@receiver(page_published, sender=LessonPage)
@receiver(page_unpublished, sender=LessonPage)
@receiver(page_published, sender=QuizPage)
@receiver(page_unpublished, sender=QuizPage)
@receiver(page_published, sender=ModulePage)  # a withdrawn module takes its lessons out of the count
@receiver(page_unpublished, sender=ModulePage)
def recalculate_course_progress(sender, instance, **kwargs):
    from courses.tasks import course_progress_recalculate

    course = CoursePage.objects.ancestor_of(instance).first()
    if course is not None:
        task_enqueue(course_progress_recalculate, course.pk)  # in the publishing transaction
