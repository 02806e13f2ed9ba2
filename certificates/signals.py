"""A completed enrolment queues its certificate: courses announces the completion, certificates listens."""

from django.dispatch import receiver

from certificates.models import CourseCertification
from courses.models.progress import enrolment_completed
from outbox.services import task_enqueue


@receiver(enrolment_completed)
def issue_certificate_on_completion(sender, enrolment, **kwargs):
    # Asked once per completion (not per step): a course that does not certify queues nothing.
    if not CourseCertification.objects.filter(course_id=enrolment.course_id, certifies=True).exists():
        return
    from certificates.tasks import issue_certificate

    task_enqueue(issue_certificate, enrolment.pk)  # in the completing transaction: queued exactly when it commits
