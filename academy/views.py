"""Project-level views: the health check, as JSON for monitors and as a page for people."""

import logging

from django.core.cache import cache
from django.db import connections
from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.utils import timezone

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


def health_checks():
    return {"database": database_status(), "cache": cache_status(), "broker": broker_status()}


def healthz(request):
    """Each dependency as "ok", "unavailable" or "in-process"; 503 when any is unavailable."""
    checks = health_checks()
    down = [name for name, state in checks.items() if state == UNAVAILABLE]
    body = {"status": "unavailable" if down else "ok", **checks}
    if down:
        body["unavailable"] = down
    return JsonResponse(body, status=503 if down else 200)


CHECK_NAMES = {"database": "Database", "cache": "Cache", "broker": "Background tasks (emails, exports)"}
STATE_TEXT = {OK: "Working", UNAVAILABLE: "Not working", IN_PROCESS: "Working (run by the web server)"}


def service_status(request):
    """The same checks as /healthz/, as a page a learner can read; 503 when any part is down, like the JSON."""
    checks = health_checks()
    rows = [{"name": CHECK_NAMES[name], "state": state, "text": STATE_TEXT[state]} for name, state in checks.items()]
    down = any(state == UNAVAILABLE for state in checks.values())
    context = {"rows": rows, "down": down, "checked_at": timezone.now()}
    return render(request, "service_status.html", context, status=503 if down else 200)


def not_found(request):
    raise Http404
