"""Completing a certifying course issues exactly one certificate, with its PDF and an email, however often it runs."""

import io

from django.core import mail
from pypdf import PdfReader

from certificates import services, tasks
from certificates.models import CODE_LENGTH, Certificate
from courses.models import Enrolment
from tests.certificates.factories import complete_course, on_commit
from tests.courses.factories import build_course


def test_completion_issues_one_certificate_with_a_snapshot(holder, certifying_course):
    enrolment = complete_course(holder, certifying_course)

    certificate = Certificate.objects.get()
    assert certificate.enrolment == enrolment
    assert certificate.learner_name == "Ada Lovelace"
    assert certificate.course_title == "Contract management"
    assert certificate.accreditation_line == "Contract Management Foundation"
    assert certificate.valid_until.year == certificate.issued_at.year + 2
    assert len(certificate.code) == CODE_LENGTH and len(certificate.readable_code) == CODE_LENGTH + 6

    # A later course edit does not change what was certified.
    certifying_course.title = "Renamed course"
    certifying_course.save_revision().publish()
    certificate.refresh_from_db()
    assert certificate.course_title == "Contract management"


def test_codes_are_unguessable_and_distinct(holder, catalogue):
    courses = [build_course(catalogue, slug=f"c{n}", title=f"Course {n}", modules=1, lessons=1) for n in range(3)]
    from tests.certificates.factories import certify

    for course in courses:
        certify(course)
        complete_course(holder, course)
    codes = set(Certificate.objects.values_list("code", flat=True))
    assert len(codes) == 3


def test_the_task_run_twice_issues_one_certificate(certificate):
    enrolment = certificate.enrolment
    assert tasks.issue_certificate.apply(args=[enrolment.pk]).get() == certificate.pk
    assert tasks.issue_certificate.apply(args=[enrolment.pk]).get() == certificate.pk
    assert Certificate.objects.count() == 1


def test_a_course_that_does_not_certify_issues_nothing(holder, catalogue):
    course = build_course(catalogue, slug="plain", title="Plain", modules=1, lessons=1)
    complete_course(holder, course)
    assert Certificate.objects.count() == 0
    assert Enrolment.objects.get(user=holder).completed_at is not None


def test_an_incomplete_enrolment_issues_nothing(holder, certifying_course):
    from courses.services import enrolment_create

    enrolment = enrolment_create(user=holder, course=certifying_course)
    assert services.certificate_issue(enrolment_id=enrolment.pk) is None
    assert services.certificate_issue(enrolment_id=10**9) is None


def test_the_pdf_holds_the_learner_course_and_code(certificate):
    certificate.refresh_from_db()
    assert certificate.pdf_status == Certificate.PDF_READY
    with certificate.pdf.open("rb") as pdf:
        text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read())).pages)
    text = " ".join(text.split())
    assert "Ada Lovelace" in text
    assert "Contract management" in text
    assert "Contract Management Foundation" in text
    assert certificate.readable_code in text
    assert "Alex Morgan" in text


def test_the_learner_is_emailed_once(certificate):
    emails = [m for m in mail.outbox if "certificate" in m.subject.lower()]
    assert len(emails) == 1
    assert certificate.readable_code in emails[0].body
    assert emails[0].to == [certificate.user.email]
    services.certificate_pdf_render(certificate_id=certificate.pk)  # rendered again, e.g. by a retry
    assert len([m for m in mail.outbox if "certificate" in m.subject.lower()]) == 1


def test_a_failed_render_is_recorded_and_can_be_retried(certificate, monkeypatch):
    Certificate.objects.filter(pk=certificate.pk).update(pdf_status=Certificate.PDF_PENDING, pdf="")

    def broken(*args, **kwargs):
        raise RuntimeError("Pango is missing")

    monkeypatch.setattr(services, "certificate_pdf_bytes", broken)
    tasks.render_certificate_pdf.apply(args=[certificate.pk])
    certificate.refresh_from_db()
    assert certificate.pdf_status == Certificate.PDF_FAILED
    assert "Pango is missing" in certificate.pdf_error

    monkeypatch.undo()
    with on_commit():
        services.certificate_pdf_retry(certificate=certificate)
    certificate.refresh_from_db()
    assert certificate.pdf_status == Certificate.PDF_READY and certificate.pdf_error == ""


def test_pdfs_are_stored_outside_the_public_media_folder(certificate, settings):
    certificate.refresh_from_db()
    assert certificate.pdf.path.startswith(settings.PRIVATE_FILES_ROOT)
    assert not certificate.pdf.path.startswith(settings.MEDIA_ROOT + "/certificates")
