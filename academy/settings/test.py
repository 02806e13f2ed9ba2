"""Tests: fast hashing, local memory cache and email, eager Celery that raises errors."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-not-secret")
os.environ.setdefault("DATABASE_URL", "sqlite:///test.sqlite3")

from .base import *  # noqa: E402,F403

ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
# Tests log in and out many times; rate limits are exercised by their own tests.
ACCOUNT_RATE_LIMITS = {**ACCOUNT_RATE_LIMITS, "login_failed": "100/m/ip,5/5m/key"}  # noqa: F405
# Tasks run in-process; tests marked celery_worker switch to the real broker when one is configured.
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
MEDIA_ROOT = str(BASE_DIR / ".test-media")  # noqa: F405
PRIVATE_FILES_ROOT = str(BASE_DIR / ".test-media" / "private")  # noqa: F405
LOGGING = {"version": 1, "disable_existing_loggers": False}
