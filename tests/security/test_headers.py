"""Every response says what the browser may load and use: Content-Security-Policy and Permissions-Policy."""

import re

import pytest

from courses.services import enrolment_create
from tests.accounts.factories import sign_in_staff, staff_user
from tests.courses.factories import lessons_of

NONCE_ATTRIBUTE = re.compile(r'<script[^>]* nonce="([^"]+)"')
DENIED_FEATURES = ["camera", "microphone", "geolocation", "payment", "usb", "serial", "bluetooth", "hid"]


def directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split("; ")}


@pytest.fixture
def lesson(course, learner):
    enrolment_create(user=learner, course=course)
    return lessons_of(course)[0]


@pytest.mark.parametrize("path", ["/", "/courses/", "/accounts/login/", "/healthz/"])
def test_public_pages_run_only_the_academys_own_scripts(db, catalogue, client, path):
    response = client.get(path)

    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["script-src"] and "'unsafe-eval'" not in policy["script-src"]
    assert "'unsafe-inline'" not in policy["style-src"]


def test_the_inline_govuk_frontend_scripts_carry_this_responses_nonce(lesson, learner_client):
    first, second = learner_client.get(lesson.url), learner_client.get(lesson.url)

    nonces = set(NONCE_ATTRIBUTE.findall(first.content.decode()))
    assert len(nonces) == 1, "both inline scripts in base.html carry the nonce"
    (nonce,) = nonces
    assert directives(first)["script-src"] == ["'self'", f"'nonce-{nonce}'"]
    assert nonce not in second.content.decode(), "a fresh nonce on every response"


def test_the_admin_has_its_own_policy_that_still_refuses_other_origins(db, client):
    sign_in_staff(client, staff_user())

    response = client.get("/admin/")

    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert not any(source.startswith("'nonce-") for source in policy["script-src"])  # a nonce would cancel it


@pytest.mark.parametrize("path", ["/", "/accounts/login/", "/admin/login/"])
def test_every_response_denies_camera_microphone_location_payment_and_devices(db, catalogue, client, path):
    response = client.get(path)

    features = dict(part.split("=", 1) for part in response["Permissions-Policy"].split(", "))
    for feature in DENIED_FEATURES:
        assert features[feature] == "()", feature


# In Chromium, tests/browser/test_security_policies.py checks that the policies break nothing.
