"""The production settings: they start with exactly the README's variables, and compress what they serve."""

import importlib
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings

README_VARIABLES = {
    "DJANGO_SECRET_KEY": "not-a-real-secret-but-long-enough-for-the-test",
    "DJANGO_ALLOWED_HOSTS": "academy.example.org",
    # A throwaway Ed25519 key made for this test with `openssl genpkey -algorithm ed25519`; it signs nothing real.
    "CERTIFICATE_SIGNING_KEY": (
        "-----BEGIN PRIVATE KEY-----\n"
        "MC4CAQAwBQYDK2VwBCIEIO/a9nilFEGZE2jpHKjwAVoAM0ToywcfinF2GKHfjTiT\n"
        "-----END PRIVATE KEY-----\n"
    ),
    "DATABASE_URL": "postgres://academy@db:5432/academy",
    "CELERY_BROKER_URL": "redis://redis:6379/0",
    "CACHE_URL": "rediscache://redis:6379/1",
}


def load_production_settings(monkeypatch, environment):
    """A fresh import of academy.settings.production under `environment`; Django's live settings are untouched."""
    for name in [*README_VARIABLES, "EMAIL_BACKEND"]:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    for module in ["academy.settings.production", "academy.settings.base"]:
        monkeypatch.delitem(sys.modules, module, raising=False)
    return importlib.import_module("academy.settings.production")


def test_production_starts_with_the_readme_variables(monkeypatch):
    production = load_production_settings(monkeypatch, README_VARIABLES)
    assert production.ALLOWED_HOSTS == ["academy.example.org"]
    assert production.CELERY_TASK_ALWAYS_EAGER is False
    assert production.SECURE_SSL_REDIRECT and production.SESSION_COOKIE_SECURE
    assert production.SECURE_PROXY_SSL_HEADER == ("HTTP_X_FORWARDED_PROTO", "https")


@pytest.mark.parametrize("missing", sorted(README_VARIABLES))
def test_production_refuses_to_start_without_each_readme_variable(monkeypatch, missing):
    environment = {name: value for name, value in README_VARIABLES.items() if name != missing}
    with pytest.raises(ImproperlyConfigured):
        load_production_settings(monkeypatch, environment)


def test_static_files_are_precompressed_with_brotli():
    from whitenoise.compress import Compressor

    # WhiteNoise writes .br files only when the Brotli package is importable (pinned in requirements.txt).
    assert Compressor(quiet=True).use_brotli


def test_production_gzips_pages_but_leaves_static_files_to_whitenoise(monkeypatch, client, db):
    production = load_production_settings(monkeypatch, README_VARIABLES)
    # Below WhiteNoise, whose static responses return before reaching it (they are pre-compressed, or images).
    gzip_at = production.MIDDLEWARE.index("django.middleware.gzip.GZipMiddleware")
    assert production.MIDDLEWARE[gzip_at - 1] == "whitenoise.middleware.WhiteNoiseMiddleware"
    with override_settings(MIDDLEWARE=production.MIDDLEWARE, SECURE_SSL_REDIRECT=False):
        response = client.get("/accounts/login/", headers={"accept-encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response.headers["Vary"]
