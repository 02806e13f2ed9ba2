"""With a real Redis broker and Celery worker (CI): completing a certifying course makes the PDF, once."""

import io

import pytest
from pypdf import PdfReader

from certificates.models import Certificate
from certificates.tasks import issue_certificate
from tests.accounts.factories import UserFactory
from tests.certificates.factories import certify
from tests.courses.factories import build_course, build_site, lessons_of
from tests.integration.test_celery_worker import real_broker, wait_for  # noqa: F401 - the fixture is autouse

pytestmark = [pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]


def test_a_worker_issues_the_certificate_and_renders_its_pdf():
    from courses.services import enrolment_create, lesson_complete

    course = build_course(build_site(), modules=1, lessons=1)
    certify(course)
    learner = UserFactory(first_name="Grace", last_name="Hopper")
    enrolment = enrolment_create(user=learner, course=course)
    lesson_complete(user=learner, lesson=lessons_of(course)[0])  # commits: the outbox hands the task to Redis

    assert wait_for(
        lambda: Certificate.objects.filter(user=learner, pdf_status=Certificate.PDF_READY).exists(), seconds=60
    ), "the Celery worker did not issue the certificate and render its PDF"
    certificate = Certificate.objects.get(user=learner)
    with certificate.pdf.open("rb") as pdf:
        text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read())).pages)
    assert "Grace Hopper" in text

    # Run again, as a redelivered task would: the same certificate, no second one.
    assert issue_certificate.delay(enrolment.pk).get(timeout=30) == certificate.pk
    assert Certificate.objects.filter(user=learner).count() == 1
