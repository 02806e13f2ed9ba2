"""Open Badges 3.0 credentials signed as VC-JWT (Ed25519), the issuer profile, and the revocation status list.

OB 3.0 section 8.2: the JWT payload is the credential itself, with iss, jti, sub and nbf (and exp when it
expires) as registered claims; the JOSE header names the key (kid) and carries it (jwk). Verifiers fetch
the issuer's keys from the published JWKS, so a rotated-out key still verifies the credentials it signed.
"""

import base64
import gzip
from datetime import UTC, datetime, time

import jwt
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from certificates.keys import current_signing_key, public_jwk
from certificates.models import Certificate

CONTEXTS = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
STATUS_LIST_BITS = 131072  # the spec's minimum (16 KB), so a list's length says nothing about how many were issued
STATUS_LIST_ID = 1


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def issuer_id():
    return absolute(reverse("certificates:issuer"))


def issuer_profile():
    return {
        "@context": CONTEXTS,
        "id": issuer_id(),
        "type": ["Profile"],
        "name": settings.WAGTAIL_SITE_NAME,
        "url": absolute("/"),
    }


def iso(moment):
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def expiry_moment(certificate):
    if certificate.valid_until is None:
        return None
    return timezone.make_aware(datetime.combine(certificate.valid_until, time.min))


def status_list_url():
    return absolute(reverse("certificates:status_list", args=[STATUS_LIST_ID]))


def open_badge_credential(certificate):
    """The OpenBadgeCredential for a certificate, from its snapshot (later course edits change nothing)."""
    verify_url = absolute(reverse("certificates:verify", args=[certificate.readable_code]))
    credential = {
        "@context": CONTEXTS,
        "id": f"urn:uuid:{uuid_of(certificate.code)}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": issuer_profile(),
        "validFrom": iso(certificate.issued_at),
        "name": certificate.accreditation_line or certificate.course_title,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "name": certificate.learner_name,
            "achievement": {
                "id": f"urn:academy:course:{certificate.course_id or 0}",
                "type": ["Achievement"],
                "name": certificate.accreditation_line or certificate.course_title,
                "description": f"Completed the course {certificate.course_title}.",
                "criteria": {
                    "narrative": f"Complete every lesson and pass every assessment of {certificate.course_title}."
                },
            },
        },
        "credentialStatus": {
            "id": f"{status_list_url()}#{certificate.status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(certificate.status_index),
            "statusListCredential": status_list_url(),
        },
        "evidence": [{"id": verify_url, "type": ["Evidence"], "name": "Verification page"}],
    }
    expires = expiry_moment(certificate)
    if expires:
        credential["validUntil"] = iso(expires)
    return credential


def uuid_of(code):
    """A stable UUID-shaped id from the certificate's code (its 128 random bits)."""
    raw = base64.b32decode(code + "=" * (-len(code) % 8))[:16].hex()
    return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:32]}"


def sign(claims):
    """A compact JWS of these claims with the current key; the kid names it in the published JWKS."""
    private_key, key = current_signing_key()
    headers = {"kid": key.kid, "typ": "JWT", "jwk": {k: v for k, v in public_jwk(key).items() if k != "use"}}
    return jwt.encode(claims, private_key, algorithm="EdDSA", headers=headers)


def credential_jwt(certificate):
    credential = open_badge_credential(certificate)
    claims = {
        **credential,
        "iss": credential["issuer"]["id"],
        "jti": credential["id"],
        "sub": absolute(reverse("certificates:verify", args=[certificate.readable_code])),
        "nbf": int(certificate.issued_at.timestamp()),
    }
    expires = expiry_moment(certificate)
    if expires:
        claims["exp"] = int(expires.timestamp())
    return sign(claims)


def encoded_status_list(revoked_indexes):
    """The W3C Bitstring: bit i (most significant first) set when credential i is revoked; GZIP, base64url, 'u'."""
    size = max(STATUS_LIST_BITS, ((max(revoked_indexes, default=0) // 8) + 1) * 8)
    bits = bytearray(size // 8)
    for index in revoked_indexes:
        bits[index // 8] |= 0x80 >> (index % 8)
    return "u" + base64.urlsafe_b64encode(gzip.compress(bytes(bits), mtime=0)).rstrip(b"=").decode("ascii")


def status_list_jwt():
    """The BitstringStatusListCredential of every revoked certificate, signed like the credentials."""
    revoked = list(Certificate.objects.filter(revoked_at__isnull=False).values_list("pk", flat=True))
    now = timezone.now()
    credential = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": status_list_url(),
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_id(),
        "validFrom": iso(now),
        "credentialSubject": {
            "id": f"{status_list_url()}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encoded_status_list(revoked),
        },
    }
    return sign({**credential, "iss": issuer_id(), "jti": status_list_url(), "nbf": int(now.timestamp())})
