"""Benchmark-only settings: production as deployed, plus a bare view to compare against, over plain HTTP.

benchmarks/pages.py serves these with gunicorn on 127.0.0.1; there is no TLS proxy in front, so the HTTPS
redirect is off. Everything else (database, Redis cache, sessions, middleware) is production's.
"""

import os

from academy.settings.production import *  # noqa: F403

ROOT_URLCONF = "benchmarks.bench_urls"
SECURE_SSL_REDIRECT = False
STATIC_ROOT = os.environ.get("BENCH_STATIC_ROOT", "/tmp/academy-bench-static")
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
