"""The Open Badges 3.0 credential verifies with an independent library (joserfc), and its revocation shows."""

import base64
import gzip
import json

import pytest
from joserfc import jwt
from joserfc.errors import BadSignatureError
from joserfc.jwk import KeySet

from certificates.keys import signing_key_rotate
from certificates.services import certificate_revoke
from tests.accounts.factories import UserFactory

ALGORITHMS = ["EdDSA"]


def published_keys(client):
    response = client.get("/certificates/issuer/jwks.json")
    assert response.status_code == 200
    return KeySet.import_key_set(response.json())


def download(client, certificate):
    response = client.get(f"/my-certificates/{certificate.readable_code}/open-badge.jwt")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    return response.content.decode("ascii")


def verified_claims(client, token):
    return jwt.decode(token, published_keys(client), algorithms=ALGORITHMS).claims


def revoked_in_status_list(client, credential):
    status = credential["credentialStatus"]
    response = client.get(status["statusListCredential"].replace("http://127.0.0.1:8000", ""))
    assert response.status_code == 200
    status_list = verified_claims(client, response.content.decode("ascii"))
    assert "BitstringStatusListCredential" in status_list["type"]
    encoded = status_list["credentialSubject"]["encodedList"]
    assert encoded.startswith("u")
    bits = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4)))
    index = int(status["statusListIndex"])
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


@pytest.fixture
def holder_client(client, certificate):
    client.force_login(certificate.user)
    return client


def test_the_credential_verifies_against_the_published_keys(holder_client, certificate):
    claims = verified_claims(holder_client, download(holder_client, certificate))

    assert "OpenBadgeCredential" in claims["type"]
    assert claims["credentialSubject"]["name"] == "Ada Lovelace"
    assert claims["credentialSubject"]["achievement"]["name"] == "Contract Management Foundation"
    assert claims["iss"] == claims["issuer"]["id"] == "http://127.0.0.1:8000/certificates/issuer/"
    assert claims["validUntil"].startswith(certificate.valid_until.isoformat())
    assert holder_client.get("/certificates/issuer/").json()["id"] == claims["iss"]


def test_one_changed_byte_fails_verification(holder_client, certificate):
    token = download(holder_client, certificate)
    header, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["credentialSubject"]["name"] = "Ada Lovelacf"  # one byte
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    with pytest.raises(BadSignatureError):
        verified_claims(holder_client, f"{header}.{forged}.{signature}")
    flipped = signature[:-2] + ("A" if signature[-2] != "A" else "B") + signature[-1]
    with pytest.raises(BadSignatureError):
        verified_claims(holder_client, f"{header}.{payload}.{flipped}")


def test_revocation_shows_in_the_status_list(holder_client, certificate):
    credential = verified_claims(holder_client, download(holder_client, certificate))
    assert revoked_in_status_list(holder_client, credential) is False

    certificate_revoke(certificate=certificate, reason="Issued in error", by=None)

    assert revoked_in_status_list(holder_client, credential) is True


def test_a_rotated_key_still_verifies_old_credentials(holder_client, certificate):
    old_token = download(holder_client, certificate)
    signing_key_rotate()
    new_token = download(holder_client, certificate)

    old_kid = jwt.decode(old_token, published_keys(holder_client), algorithms=ALGORITHMS).header["kid"]
    new_kid = jwt.decode(new_token, published_keys(holder_client), algorithms=ALGORITHMS).header["kid"]
    assert old_kid != new_kid
    assert len(holder_client.get("/certificates/issuer/").json()["verificationMethod"]) == 2


def test_a_key_from_the_environment_signs_and_is_published(holder_client, certificate, settings):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from certificates.keys import private_pem

    settings.CERTIFICATE_SIGNING_KEY = private_pem(Ed25519PrivateKey.generate())
    token = download(holder_client, certificate)
    kid = jwt.decode(token, published_keys(holder_client), algorithms=ALGORITHMS).header["kid"]
    from certificates.models import SigningKey

    assert SigningKey.objects.get(kid=kid).private_key_pem == ""  # the secret stays in the environment


def test_only_the_holder_downloads_the_credential(client, certificate):
    url = f"/my-certificates/{certificate.readable_code}/open-badge.jwt"
    assert client.get(url).status_code == 302  # to sign in
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404


def test_the_rotation_command_keeps_earlier_keys_published(holder_client, certificate):
    from django.core.management import call_command

    old_token = download(holder_client, certificate)
    call_command("rotate_certificate_key")
    assert verified_claims(holder_client, old_token)["credentialSubject"]["name"] == "Ada Lovelace"
    assert len(holder_client.get("/certificates/issuer/jwks.json").json()["keys"]) == 2


def test_courses_knows_nothing_of_certificates():
    from pathlib import Path

    import courses
    from tests.courses.test_app_boundaries import imported_modules

    root = Path(courses.__file__).parent
    offenders = [
        f"{path.relative_to(root.parent)} imports {module}"
        for path in root.rglob("*.py")
        if "demo" not in path.relative_to(root).parts  # the demo builder is the composition root
        for module in imported_modules(path)
        if module == "certificates" or module.startswith("certificates.")
    ]
    assert offenders == []
