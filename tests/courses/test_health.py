"""The health check that load balancers and monitors poll."""

from django.db import OperationalError
from django.db.backends.utils import CursorWrapper


def test_healthz_reports_ok_when_the_database_answers(client, db):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["status"] == "ok"


def test_healthz_reports_503_when_the_database_is_down(client, db, monkeypatch):
    def database_down(*args, **kwargs):
        raise OperationalError("could not connect to server")

    with monkeypatch.context() as patch:  # undone before pytest-django's teardown touches the database
        patch.setattr(CursorWrapper, "execute", database_down)
        response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.json()["status"] == "unavailable"
