"""The public verification page: valid, expired, revoked, superseded; unknown and malformed codes look the same."""

import datetime
import re

import pytest
import time_machine
from django.utils import timezone

from certificates.models import Certificate
from certificates.services import certificate_reissue, certificate_revoke
from tests.accounts.factories import UserFactory
from tests.certificates.factories import on_commit


def verify(client, code):
    return client.get(f"/certificates/verify/{code}/")


def text(response):
    return " ".join(response.content.decode().split())


def without_nonce(response):
    return re.sub(r'nonce="[^"]*"', "", text(response))


def test_a_valid_certificate_shows_name_course_and_dates_only(client, certificate):
    response = verify(client, certificate.readable_code)
    assert response.status_code == 200
    page = text(response)
    assert "Valid certificate" in page
    assert "Ada Lovelace" in page and "Contract management" in page
    assert f"{certificate.valid_until:%-d %B %Y}" in page
    assert certificate.user.email not in page  # name, course and dates only
    assert certificate.user.organisation.name not in page


def test_codes_are_accepted_as_people_type_them(client, certificate):
    assert verify(client, certificate.code.lower()).status_code == 200
    response = client.get("/certificates/verify/", {"code": f"  {certificate.readable_code.lower()} "})
    assert response.status_code == 302 and certificate.readable_code in response["Location"]


def test_an_expired_certificate_says_when_it_expired(client, certificate):
    with time_machine.travel(certificate.valid_until + datetime.timedelta(days=1)):
        page = text(verify(client, certificate.readable_code))
    assert f"Expired on {certificate.valid_until:%-d %B %Y}" in page
    assert "Valid certificate" not in page


def test_a_revoked_certificate_says_when_and_why(client, certificate):
    certificate_revoke(certificate=certificate, reason="Awarded in error", by=None)
    page = text(verify(client, certificate.readable_code))
    assert f"Revoked on {timezone.localdate():%-d %B %Y}" in page
    assert "Awarded in error" in page
    assert "Valid certificate" not in page


def test_a_reissued_certificate_is_superseded(client, certificate):
    with on_commit():
        new = certificate_reissue(certificate=certificate)
    assert "Superseded by a reissued certificate" in text(verify(client, certificate.readable_code))
    assert "Valid certificate" in text(verify(client, new.readable_code))


@pytest.mark.parametrize("code", ["AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AA", "not-a-code", "1" * 26, "A" * 200, "%00"])
def test_unknown_and_malformed_codes_get_the_same_not_found_page(client, certificate, code):
    response = verify(client, code)
    assert response.status_code == 404
    assert "Certificate not found" in text(response)
    unknown = verify(client, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AA")
    assert without_nonce(response) == without_nonce(unknown)


def test_the_page_is_rate_limited_against_enumeration(client, certificate):
    for _ in range(30):
        verify(client, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AA")
    response = verify(client, certificate.readable_code)
    assert response.status_code == 429
    assert "Ada Lovelace" not in text(response)
    assert verify(client, certificate.readable_code).status_code == 429
    other_address = client.get(f"/certificates/verify/{certificate.readable_code}/", REMOTE_ADDR="10.0.0.9")
    assert other_address.status_code == 200


def test_behind_a_trusted_proxy_each_visitor_has_their_own_limit(client, certificate, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    url = f"/certificates/verify/{certificate.readable_code}/"
    for _ in range(31):
        client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.7", REMOTE_ADDR="10.0.0.1")
    assert client.get(url, HTTP_X_FORWARDED_FOR="203.0.113.7", REMOTE_ADDR="10.0.0.1").status_code == 429
    # Another visitor through the same proxy is not locked out by the first.
    assert client.get(url, HTTP_X_FORWARDED_FOR="198.51.100.4", REMOTE_ADDR="10.0.0.1").status_code == 200


def test_the_verify_form_opens_for_anyone(client):
    response = client.get("/certificates/verify/")
    assert response.status_code == 200
    assert "Verification code" in text(response)


def test_another_learners_certificate_pdf_is_not_found(client, certificate):
    url = f"/my-certificates/{certificate.readable_code}/certificate.pdf"
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    client.force_login(certificate.user)
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert "no-store" in response["Cache-Control"]


def test_anonymous_visitors_are_sent_to_sign_in_for_downloads(client, certificate):
    response = client.get(f"/my-certificates/{certificate.readable_code}/certificate.pdf")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_my_certificates_lists_only_my_own(client, certificate):
    other = UserFactory()
    client.force_login(other)
    assert certificate.readable_code not in text(client.get("/my-certificates/"))
    client.force_login(certificate.user)
    page = text(client.get("/my-certificates/"))
    assert certificate.readable_code in page
    assert "Download certificate (PDF)" in page
    assert "Open Badges 3.0" in page


def test_my_learning_links_to_my_certificates(client, certificate):
    client.force_login(certificate.user)
    page = text(client.get("/my-learning/"))
    assert "Certificates" in page and "/my-certificates/" in page
    assert "Contract management, valid until" in page


def test_a_pending_pdf_tells_the_learner_to_wait(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(pdf_status=Certificate.PDF_PENDING)
    client.force_login(certificate.user)
    response = client.get(f"/my-certificates/{certificate.readable_code}/certificate.pdf")
    assert response.status_code == 404
    assert "not ready yet" in text(response)
