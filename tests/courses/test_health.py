"""The health check that load balancers and monitors poll."""

from django.core.cache import cache
from django.db import OperationalError
from django.db.backends.utils import CursorWrapper


def test_healthz_reports_ok_when_the_database_answers(client, db):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    # No broker configured in tests: tasks run in the web process, and the check says so.
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "broker": "in-process"}


def test_healthz_reports_503_when_the_database_is_down(client, db, monkeypatch):
    def database_down(*args, **kwargs):
        raise OperationalError("could not connect to server")

    with monkeypatch.context() as patch:  # undone before pytest-django's teardown touches the database
        patch.setattr(CursorWrapper, "execute", database_down)
        response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "database": "unavailable",
        "cache": "ok",
        "broker": "in-process",
        "unavailable": ["database"],
    }


def test_healthz_reports_503_when_the_cache_fails(client, db, monkeypatch):
    def cache_down(*args, **kwargs):
        raise ConnectionError("cache server went away")

    monkeypatch.setattr(cache, "set", cache_down)
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert (response.json()["cache"], response.json()["unavailable"]) == ("unavailable", ["cache"])


def test_database_connections_are_checked_before_reuse(settings):
    """A database restart costs no request: a kept connection is tested before a request reuses it."""
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
