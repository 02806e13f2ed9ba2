"""Expiry with the clock moved: reminders at 90 and 30 days and on the day, once each; renewal and supersession."""

import datetime

import time_machine
from django.core import mail

from certificates.expiry import expiry_run
from certificates.models import Certificate, CertificateReminder, RenewalRoute
from courses.models import Enrolment, StepCompletion
from courses.services import lesson_complete
from tests.certificates.factories import certify, complete_course, on_commit
from tests.courses.factories import build_course, lessons_of
from tracking.models import Assignment


def days_before(certificate, days):
    return time_machine.travel(
        datetime.datetime.combine(certificate.valid_until, datetime.time(9)) - datetime.timedelta(days=days)
    )


def reminder_subjects():
    return [m.subject for m in mail.outbox if "expires" in m.subject]


def run():
    with on_commit():
        return expiry_run()


def test_reminders_go_at_90_and_30_days_and_on_the_day_once_each(certificate):
    with days_before(certificate, 91):
        assert run() == 0
    with days_before(certificate, 90):
        assert run() == 1
        assert run() == 0  # the same day again, as a retried beat task would
    with days_before(certificate, 60):
        assert run() == 0
    with days_before(certificate, 30):
        assert run() == 1
        assert run() == 0
    with days_before(certificate, 0):
        assert run() == 1
        assert run() == 0
    with days_before(certificate, -1):
        assert run() == 0
    kinds = set(CertificateReminder.objects.filter(certificate=certificate).values_list("kind", flat=True))
    assert kinds == {"90_days", "30_days", "on_the_day"}
    subjects = reminder_subjects()
    assert len(subjects) == 3
    assert subjects[-1] == "Your Contract management certificate expires today"


def test_entering_the_renewal_window_reassigns_the_final_assessment_due_on_expiry(certificate):
    holder, course = certificate.user, certificate.course
    with days_before(certificate, 90):
        run()
        run()
    enrolment = Enrolment.objects.get(user=holder, course=course)
    assert enrolment.completed_at is None
    assert enrolment.due_date == certificate.valid_until
    assignment = Assignment.objects.get(course=course)
    assert list(assignment.learners.all()) == [holder]
    assert assignment.due_date == certificate.valid_until
    # Final assessment only: the last step is open again, the rest stay done.
    last = lessons_of(course)[-1]
    assert not StepCompletion.objects.filter(enrolment=enrolment, page=last).exists()
    assert StepCompletion.objects.filter(enrolment=enrolment).count() == len(lessons_of(course)) - 1
    assert any("Contract management" in m.subject for m in mail.outbox if m.to == [holder.email])
    # The certificate is still valid until it expires.
    certificate.refresh_from_db()
    assert certificate.state() == "valid"


def test_passing_the_renewal_issues_a_new_certificate_that_supersedes_the_old(certificate):
    holder, course = certificate.user, certificate.course
    with days_before(certificate, 45):
        run()
        with on_commit():
            lesson_complete(user=holder, lesson=lessons_of(course)[-1])
        renewed_on = datetime.date.today()
    certificate.refresh_from_db()
    new = Certificate.objects.exclude(pk=certificate.pk).get(user=holder)
    assert certificate.superseded_by == new
    assert certificate.state() == "superseded"
    assert new.state() == "valid"
    assert new.valid_until == renewed_on.replace(year=renewed_on.year + 2)
    assert Certificate.objects.filter(user=holder).count() == 2  # the history is kept
    # No more reminders for the superseded certificate.
    with days_before(certificate, 0):
        run()
    assert not CertificateReminder.objects.filter(certificate=certificate, kind="on_the_day").exists()


def test_the_whole_course_route_reopens_every_step(holder, catalogue):
    course = build_course(catalogue, slug="srm", title="Supplier relationships", modules=2, lessons=1)
    certify(course, months=12, route=RenewalRoute.WHOLE_COURSE)
    complete_course(holder, course)
    certificate = Certificate.objects.get(user=holder)
    with days_before(certificate, 80):
        run()
    enrolment = Enrolment.objects.get(user=holder, course=course)
    assert enrolment.progress_percent == 0 and enrolment.completed_at is None
    assert not StepCompletion.objects.filter(enrolment=enrolment).exists()


def test_certificates_that_never_expire_get_no_reminders(holder, catalogue):
    course = build_course(catalogue, slug="forever", title="Forever", modules=1, lessons=1)
    certify(course, months=None)
    complete_course(holder, course)
    certificate = Certificate.objects.get(user=holder)
    assert certificate.valid_until is None
    with time_machine.travel(datetime.datetime(2099, 1, 1)):
        assert run() == 0
        assert certificate.state() == "valid"


def test_my_certificates_says_when_a_certificate_is_about_to_expire(client, certificate):
    with days_before(certificate, 100):
        client.force_login(certificate.user)  # signed in on the day: a session from two years ago has expired
        assert "Expires on" not in client.get("/my-certificates/").content.decode()
    with days_before(certificate, 20):
        client.force_login(certificate.user)
        page = " ".join(client.get("/my-certificates/").content.decode().split())
    assert f"Expires on {certificate.valid_until:%-d %B %Y}" in page
    assert "retake the final assessment" in page
