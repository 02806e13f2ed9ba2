"""Certificates in the Wagtail admin: filter, revoke with a reason, reissue, retry a PDF; scoped to what staff see."""

import pytest
from django.contrib.auth.models import Group

from accounts.roles import ACADEMY_ADMINS, TRAINERS, setup_roles
from certificates.models import Certificate, CourseCertification
from certificates.services import certificate_pdf_failed
from tests.accounts.factories import UserFactory, sign_in_staff, with_totp
from tests.certificates.factories import certify, complete_course, on_commit
from tests.courses.factories import build_course
from tests.tracking.conftest import csv_rows, table_rows, xlsx_rows

LIST = "/admin/certificates/"


def staff(role, **kwargs):
    setup_roles()
    user = with_totp(UserFactory(is_staff=True, **kwargs))
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def other_certificate(catalogue):
    course = build_course(catalogue, slug="srm", title="Supplier relationships", modules=1, lessons=1)
    certify(course, line="Supplier Relationship Practitioner")
    learner = UserFactory(first_name="Bo", last_name="Other")
    complete_course(learner, course)
    return Certificate.objects.get(user=learner)


@pytest.fixture
def admin_client(db, client):
    return sign_in_staff(client, staff(ACADEMY_ADMINS))


def listed(response):
    return [row[0] for row in table_rows(response, "table tbody tr")]


def test_admins_list_every_certificate_and_filter_by_state_course_and_organisation(
    admin_client, certificate, other_certificate
):
    assert sorted(name.split()[0] for name in listed(admin_client.get(LIST))) == ["Ada", "Bo"]
    other_certificate.revoked_at = other_certificate.issued_at
    other_certificate.save()
    assert [n.split()[0] for n in listed(admin_client.get(LIST, {"state": "revoked"}))] == ["Bo"]
    assert [n.split()[0] for n in listed(admin_client.get(LIST, {"state": "valid"}))] == ["Ada"]
    assert listed(admin_client.get(LIST, {"state": "expired"})) == []
    assert [n.split()[0] for n in listed(admin_client.get(LIST, {"course": certificate.course_id}))] == ["Ada"]
    organisation = certificate.user.organisation_id
    assert [n.split()[0] for n in listed(admin_client.get(LIST, {"organisation": organisation}))] == ["Ada"]


def test_revoking_needs_a_reason_and_shows_on_verification(admin_client, client, certificate):
    url = f"/admin/certificates/revoke/{certificate.pk}/"
    response = admin_client.post(url, {"reason": "  "}, follow=True)
    assert "Give the reason" in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.revoked_at is None

    admin_client.post(url, {"reason": "Assessment malpractice"})
    certificate.refresh_from_db()
    assert certificate.revoked_reason == "Assessment malpractice" and certificate.revoked_by is not None
    page = client.get(f"/certificates/verify/{certificate.readable_code}/").content.decode()
    assert "Assessment malpractice" in page and "Revoked on" in page


def test_reissue_supersedes_the_old_certificate(admin_client, certificate):
    response = admin_client.post(f"/admin/certificates/reissue/{certificate.pk}/")
    new = Certificate.objects.exclude(pk=certificate.pk).get()
    assert response.status_code == 302 and response["Location"].endswith(f"/inspect/{new.pk}/")
    certificate.refresh_from_db()
    assert certificate.superseded_by == new
    assert new.valid_until == certificate.valid_until


def test_a_failed_pdf_is_shown_with_a_retry_button(admin_client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(pdf_status=Certificate.PDF_PENDING)
    certificate_pdf_failed(certificate_id=certificate.pk, error=RuntimeError("fonts missing"))
    assert [n.split()[0] for n in listed(admin_client.get(LIST, {"pdf_status": "failed"}))] == ["Ada"]
    page = admin_client.get(f"/admin/certificates/inspect/{certificate.pk}/").content.decode()
    assert "RuntimeError: fonts missing" in page and "Try making the PDF again" in page

    with on_commit():
        admin_client.post(f"/admin/certificates/retry-pdf/{certificate.pk}/")
    certificate.refresh_from_db()
    assert certificate.pdf_status == Certificate.PDF_READY


def test_trainers_see_only_their_courses_and_cannot_revoke(client, certificate, other_certificate):
    trainer = staff(TRAINERS)
    other_certificate.course.trainers.add(trainer)
    other_certificate.course.save()
    sign_in_staff(client, trainer)
    assert [n.split()[0] for n in listed(client.get(LIST))] == ["Bo"]
    assert client.get(f"/admin/certificates/inspect/{certificate.pk}/").status_code == 404
    refused = client.post(f"/admin/certificates/revoke/{other_certificate.pk}/", {"reason": "x"})
    assert refused.status_code == 302 and refused["Location"] == "/admin/"  # Wagtail: permission denied
    assert client.get(f"/admin/certificates/edit/{certificate.pk}/").status_code in (302, 403)
    assert Certificate.objects.filter(revoked_at__isnull=False).count() == 0


def test_learners_cannot_open_the_certificate_admin(client, certificate):
    client.force_login(certificate.user)
    assert client.get(LIST).status_code == 302
    assert client.post(f"/admin/certificates/revoke/{certificate.pk}/", {"reason": "x"}).status_code == 302
    certificate.refresh_from_db()
    assert certificate.revoked_at is None


def test_the_holders_report_exports_who_holds_a_valid_certificate(admin_client, certificate, other_certificate):
    other_certificate.revoked_at = other_certificate.issued_at
    other_certificate.save()
    report = "/admin/certificate-reports/holders/"
    rows = csv_rows(admin_client.get(report, {"export": "csv"}))
    assert rows[0][:2] == ["Name", "Email"]
    assert [row[0] for row in rows[1:]] == ["Ada Lovelace"]
    assert xlsx_rows(admin_client.get(report, {"export": "xlsx"}))[1][0] == "Ada Lovelace"
    organisation = other_certificate.user.organisation_id
    assert csv_rows(admin_client.get(report, {"export": "csv", "organisation": organisation}))[1:] == []


def test_trainers_report_only_on_their_courses(client, certificate, other_certificate):
    trainer = staff(TRAINERS)
    other_certificate.course.trainers.add(trainer)
    other_certificate.course.save()
    sign_in_staff(client, trainer)
    rows = csv_rows(client.get("/admin/certificate-reports/holders/", {"export": "csv"}))
    assert [row[0] for row in rows[1:]] == ["Bo Other"]


def test_trainers_set_certification_for_their_own_courses(client, catalogue):
    trainer = staff(TRAINERS)
    mine = build_course(catalogue, slug="mine", title="Mine", modules=1, lessons=1)
    theirs = build_course(catalogue, slug="theirs", title="Theirs", modules=1, lessons=1)
    mine.trainers.add(trainer)
    mine.save()
    sign_in_staff(client, trainer)
    form = {
        "certifies": "on",
        "accreditation_line": "Mine Foundation",
        "signatory_name": "Sam Signer",
        "signatory_role": "",
        "validity_months": "24",
        "renewal_route": "whole_course",
    }
    refused = client.post("/admin/certification-settings/new/", {**form, "course": theirs.pk})
    assert refused.status_code == 200 and not CourseCertification.objects.exists()
    client.post("/admin/certification-settings/new/", {**form, "course": mine.pk})
    settings = CourseCertification.objects.get()
    assert settings.course_id == mine.pk and settings.validity_months == 24
    bad = client.post(
        f"/admin/certification-settings/edit/{settings.pk}/", {**form, "course": mine.pk, "validity_months": "0"}
    )
    assert bad.status_code == 200
    settings.refresh_from_db()
    assert settings.validity_months == 24


def test_the_course_editor_links_to_its_certificate_settings(admin_client, certifying_course, catalogue):
    page = admin_client.get(f"/admin/pages/{certifying_course.pk}/edit/").content.decode()
    settings = CourseCertification.objects.get(course=certifying_course)
    assert f"/admin/certification-settings/edit/{settings.pk}/" in page
    plain = build_course(catalogue, slug="plain", title="Plain", modules=1, lessons=1)
    page = admin_client.get(f"/admin/pages/{plain.pk}/edit/").content.decode()
    assert f"/admin/certification-settings/new/?course={plain.pk}" in page
    form = admin_client.get(f"/admin/certification-settings/new/?course={plain.pk}").content.decode()
    assert f'<option value="{plain.pk}" selected>' in form
