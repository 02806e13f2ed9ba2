"""The Ed25519 keys that sign credentials: from the environment in production, generated and kept in development."""

import base64
import hashlib
import json

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from certificates.models import SigningKey


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def raw_public_key(private_key):
    return private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def thumbprint(public_b64):
    """The RFC 7638 JWK thumbprint: a kid derived from the key itself, so the same key always has the same kid."""
    canonical = json.dumps({"crv": "Ed25519", "kty": "OKP", "x": public_b64}, separators=(",", ":"), sort_keys=True)
    return b64url(hashlib.sha256(canonical.encode()).digest())


def public_jwk(key):
    return {"kty": "OKP", "crv": "Ed25519", "x": key.public_key, "kid": key.kid, "alg": "EdDSA", "use": "sig"}


def multikey(key):
    """The public key as a W3C Multikey (multicodec ed25519-pub 0xed01, base58btc)."""
    return "z" + base58(b"\xed\x01" + base64.urlsafe_b64decode(key.public_key + "=="))


def base58(data):
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    number = int.from_bytes(data, "big")
    encoded = ""
    while number:
        number, remainder = divmod(number, 58)
        encoded = alphabet[remainder] + encoded
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + encoded


def load_private_key(pem):
    return serialization.load_pem_private_key(pem.encode() if isinstance(pem, str) else pem, password=None)


def private_pem(private_key):
    return private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")


def key_record(private_key, *, keep_private):
    """The SigningKey row for this key, created on first use; other keys are retired (still published)."""
    public = b64url(raw_public_key(private_key))
    kid = thumbprint(public)
    try:
        with transaction.atomic():
            key, _ = SigningKey.objects.get_or_create(
                kid=kid,
                defaults={"public_key": public, "private_key_pem": private_pem(private_key) if keep_private else ""},
            )
    except IntegrityError:  # created meanwhile by another process
        key = SigningKey.objects.get(kid=kid)
    SigningKey.objects.filter(retired_at__isnull=True).exclude(pk=key.pk).update(retired_at=timezone.now())
    return key


def current_signing_key():
    """(private key, SigningKey row). Production: CERTIFICATE_SIGNING_KEY (a PEM); otherwise the kept dev key."""
    pem = getattr(settings, "CERTIFICATE_SIGNING_KEY", "")
    if pem:
        private_key = load_private_key(pem)
        return private_key, key_record(private_key, keep_private=False)
    key = SigningKey.objects.filter(retired_at__isnull=True).exclude(private_key_pem="").order_by("-pk").first()
    if key is None:
        return signing_key_rotate()
    return load_private_key(key.private_key_pem), key


def signing_key_rotate():
    """Development: a new generated key signs from now on; the old ones stay published, so old credentials verify."""
    private_key = Ed25519PrivateKey.generate()
    return private_key, key_record(private_key, keep_private=True)


def published_keys():
    return list(SigningKey.objects.all())
