"""Project-level views: the health check."""

import logging

from django.core.cache import cache
from django.db import connections
from django.http import Http404, JsonResponse

from academy.celery import app

logger = logging.getLogger(__name__)

OK, UNAVAILABLE, IN_PROCESS = "ok", "unavailable", "in-process"
BROKER_TIMEOUT = 1  # seconds: a monitor polls this often, and a hung broker must not hang it


def database_status():
    """Every configured database answers SELECT 1 (CONN_HEALTH_CHECKS reconnects a dropped one first)."""
    for alias in connections:
        try:
            with connections[alias].cursor() as cursor:
                cursor.execute("SELECT 1")
                cursor.fetchone()
        except Exception as error:  # any failure to answer is "unavailable", never a 500
            logger.warning("Health check: database %s unavailable: %s", alias, error)
            return UNAVAILABLE
    return OK


def cache_status():
    """Redis itself when the cache is on Redis (pages would still work from local memory); else a round trip."""
    try:
        if hasattr(cache, "ping"):
            return OK if cache.ping() else UNAVAILABLE
        cache.set("healthz", "ok", 10)
        return OK if cache.get("healthz") == "ok" else UNAVAILABLE
    except Exception as error:
        logger.warning("Health check: cache unavailable: %s", error)
        return UNAVAILABLE


def broker_status():
    """The Celery broker, when there is one; with none, tasks run in the web process."""
    if app.conf.task_always_eager or not app.conf.broker_url:
        return IN_PROCESS
    try:
        with app.connection_for_write() as connection:
            connection.ensure_connection(max_retries=0, timeout=BROKER_TIMEOUT)
            connection.default_channel  # noqa: B018 -- the redis transport pings when it opens a channel
    except Exception as error:
        logger.warning("Health check: broker unavailable: %s", error)
        return UNAVAILABLE
    return OK


def healthz(request):
    """Each dependency as "ok", "unavailable" or "in-process"; 503 when any is unavailable."""
    checks = {"database": database_status(), "cache": cache_status(), "broker": broker_status()}
    down = [name for name, state in checks.items() if state == UNAVAILABLE]
    body = {"status": "unavailable" if down else "ok", **checks}
    if down:
        body["unavailable"] = down
    return JsonResponse(body, status=503 if down else 200)


def not_found(request):
    raise Http404
