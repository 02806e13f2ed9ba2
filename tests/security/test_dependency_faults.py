"""Redis (cache and broker) stopped, or the database unreachable: pages answer, nothing a user did is lost,
and /healthz/ tells the truth.

Each Redis test starts its own redis-server on a free port (no persistence), points the cache and the
Celery broker at it, stops it by its PID and starts it again. A queued task is run by taking its message
off Redis and running it here, as a worker would (run_queued_tasks).
"""

import os
import shutil
import socket
import subprocess
import time
from datetime import timedelta

import pytest
import redis
from django.core import mail
from django.core.files.storage import FileSystemStorage
from django.db import connections
from django.utils import timezone

from academy.celery import app
from accounts.models import Organisation
from courses.models import Enrolment, StepCompletion
from courses.services import enrolment_create
from outbox.models import OutboxMessage
from outbox.tasks import relay_outbox
from tests.accounts.factories import PASSWORD, UserFactory, sign_in_staff, staff_user
from tests.courses.factories import build_course, lessons_of
from tracking.exports import QUEUE_UNAVAILABLE, report_export_request
from tracking.models import Assignment, ReportExport

REDIS_SERVER = shutil.which("redis-server")
QUICK = 2.0  # seconds: what "answers quickly" means for an action with Redis down (it was 19 s)
REPORTS = "/admin/academy-reports"

pytestmark = pytest.mark.django_db


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """A throwaway redis-server this test owns: started, stopped and restarted by its own PID."""

    def __init__(self):
        self.port = free_port()
        self.process = None

    def url(self, db):
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self):
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                if redis.Redis(port=self.port, socket_connect_timeout=0.2).ping():
                    return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None

    def keys(self, db):
        return redis.Redis(port=self.port, db=db).dbsize()


@pytest.fixture
def redis_server():
    if REDIS_SERVER is None:
        if os.environ.get("REQUIRE_FAULT_TESTS"):
            pytest.fail("REQUIRE_FAULT_TESTS is set but redis-server is not installed")
        pytest.skip("redis-server is not installed: the fault tests need it (.ci/run installs it)")
    server = RedisServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def on_redis(redis_server, settings, monkeypatch):
    """The cache on db 0 and the Celery broker on db 1 of the test's Redis, as production has them."""
    # Celery prefers the CELERY_BROKER_URL environment variable (set in CI's PostgreSQL run) to its config.
    monkeypatch.setenv("CELERY_BROKER_URL", redis_server.url(1))
    settings.CACHES = {
        "default": {"BACKEND": "academy.cache.ResilientRedisCache", "LOCATION": redis_server.url(0)},
    }
    settings.CELERY_BROKER_URL = redis_server.url(1)
    saved = {key: app.conf[key] for key in ("broker_url", "task_always_eager", "result_backend")}
    forget_broker_connections()
    app.conf.update(broker_url=redis_server.url(1), task_always_eager=False, result_backend=None)
    yield redis_server
    forget_broker_connections()
    app.conf.update(saved)


def forget_broker_connections():
    """The app pools its broker connections by URL: drop them so the next publish uses the broker set now."""
    app._pool = None
    app.amqp._producer_pool = None


def run_queued_tasks():
    """What a Celery worker does: take each queued message off the broker and run its task. Returns the names."""
    ran = []

    def run(body, message):
        args, kwargs, _embed = body
        ran.append(message.headers["task"])
        app.tasks[message.headers["task"]].apply(args=args, kwargs=kwargs, throw=True)
        message.ack()

    with app.connection_for_read() as connection:
        with connection.Consumer(app.amqp.queues[app.conf.task_default_queue], callbacks=[run], accept=["json"]):
            while True:
                try:
                    connection.drain_events(timeout=0.5)
                except TimeoutError:
                    return ran


def a_minute_passes():
    """The relay leaves rows a request may still be sending; these have waited long enough."""
    earlier = timezone.now() - timedelta(minutes=1)
    OutboxMessage.objects.update(created_at=earlier, last_attempt_at=earlier)


def relay_and_run():
    """Beat's every-minute relay, run by a worker, then the worker running what it queued."""
    a_minute_passes()
    relay_outbox.apply(throw=True)
    return run_queued_tasks()


def timed(call):
    started = time.monotonic()
    response = call()
    return response, time.monotonic() - started


@pytest.fixture
def private_exports(tmp_path, monkeypatch):
    """Exports are written to a temporary folder, not the shared test media root."""
    monkeypatch.setattr(ReportExport._meta.get_field("file"), "storage", FileSystemStorage(location=tmp_path))


@pytest.fixture
def enrolled_learner(course, learner):
    enrolment_create(user=learner, course=course)
    return learner


# Pages


def test_pages_answer_with_redis_stopped(on_redis, course, enrolled_learner, client):
    client.force_login(enrolled_learner)
    assert client.get("/courses/").status_code == 200
    assert on_redis.keys(0) > 0, "the catalogue should have used the Redis cache while it was up"

    on_redis.stop()

    for path in ["/courses/", course.url, "/my-learning/"]:
        response, seconds = timed(lambda: client.get(path))  # noqa: B023
        assert response.status_code == 200, path
        assert seconds < QUICK, (path, seconds)
    client.logout()
    assert client.get("/accounts/login/").status_code == 200
    response, seconds = timed(
        lambda: client.post("/accounts/login/", {"login": enrolled_learner.email, "password": PASSWORD})
    )
    assert response.status_code == 302, "signing in must work while the cache is down"
    assert seconds < QUICK
    assert client.get("/my-learning/").status_code == 200


# Actions whose tasks wait in the outbox


def test_a_lesson_completed_with_redis_down_is_saved_at_once_and_its_email_sent_once_when_redis_is_back(
    on_redis, catalogue, learner, client, django_capture_on_commit_callbacks
):
    course = build_course(catalogue, slug="one-lesson", title="One lesson", modules=1, lessons=1)
    enrolment = enrolment_create(user=learner, course=course)
    client.force_login(learner)
    on_redis.stop()

    with django_capture_on_commit_callbacks(execute=True):
        response, seconds = timed(lambda: client.post(lessons_of(course)[0].url + "complete/"))

    assert response.status_code == 302
    assert seconds < QUICK
    assert StepCompletion.objects.filter(enrolment=enrolment).exists()
    assert Enrolment.objects.get(pk=enrolment.pk).completed_at is not None
    assert mail.outbox == []
    waiting = OutboxMessage.objects.get(sent_at__isnull=True)
    assert waiting.task_name == "courses.tasks.send_course_completed_email"
    assert "Connection refused" in waiting.last_error

    on_redis.start()
    assert relay_and_run() == ["courses.tasks.send_course_completed_email"]

    assert [(m.subject, m.to) for m in mail.outbox] == [("You have completed One lesson", [learner.email])]
    assert not OutboxMessage.objects.filter(sent_at__isnull=True).exists()
    # Relayed twice (the mark of the first send lost): the learner still gets one email.
    OutboxMessage.objects.update(sent_at=None)
    assert relay_and_run() == ["courses.tasks.send_course_completed_email"]
    assert len(mail.outbox) == 1


def test_an_assignment_made_with_redis_down_keeps_its_emails_and_sends_each_once(
    on_redis, course, client, django_capture_on_commit_callbacks
):
    police = Organisation.objects.create(name="Northshire Police")
    learners = [UserFactory(organisation=police) for _ in range(2)]
    sign_in_staff(client, staff_user())
    on_redis.stop()

    with django_capture_on_commit_callbacks(execute=True):
        response, seconds = timed(
            lambda: client.post(
                "/admin/snippets/tracking/assignment/add/",
                {"course": course.pk, "organisation": police.pk, "due_date": timezone.localdate() + timedelta(days=30)},
            )
        )

    assert response.status_code == 302, response.content.decode()[:2000]
    assert seconds < QUICK
    assignment = Assignment.objects.get()
    assert Enrolment.objects.filter(assignment=assignment).count() == 2
    assert mail.outbox == []
    assert (
        OutboxMessage.objects.filter(sent_at__isnull=True, task_name="tracking.tasks.send_assignment_emails").count()
        == 1
    )

    on_redis.start()
    relay_and_run()

    assert sorted(m.to[0] for m in mail.outbox) == sorted(learner.email for learner in learners)
    OutboxMessage.objects.update(sent_at=None)
    relay_and_run()
    assert len(mail.outbox) == 2


# Exports


def status_page(client, export):
    return client.get(f"{REPORTS}/exports/{export.pk}/").content.decode()


def test_an_export_that_cannot_be_queued_is_shown_failed_and_can_be_tried_again(
    on_redis, course, enrolled_learner, client, django_capture_on_commit_callbacks, private_exports
):
    admin = staff_user()
    sign_in_staff(client, admin)
    on_redis.stop()

    with django_capture_on_commit_callbacks(execute=True):
        export, seconds = timed(
            lambda: report_export_request(user=admin, report="enrolments", file_format="xlsx", filters={})
        )

    assert seconds < QUICK
    page = status_page(client, export)
    assert f"The export failed: {QUEUE_UNAVAILABLE}. Try again, or narrow the filters." in page
    assert f'action="{REPORTS}/exports/{export.pk}/retry/"' in page
    assert 'http-equiv="refresh"' not in page

    on_redis.start()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{REPORTS}/exports/{export.pk}/retry/")
    assert response.status_code == 302
    assert "Building your export" in status_page(client, export)

    assert run_queued_tasks() == ["tracking.tasks.build_report_export"]
    assert "Your export of 1 rows is ready." in status_page(client, export)


def test_an_export_no_worker_started_is_shown_failed_and_can_be_tried_again(
    course, enrolled_learner, client, django_capture_on_commit_callbacks, private_exports
):
    admin = staff_user()
    sign_in_staff(client, admin)
    export = ReportExport.objects.create(
        requested_by=admin, report="enrolments", file_format="xlsx", queued_at=timezone.now() - timedelta(minutes=20)
    )

    page = status_page(client, export)
    assert "The export failed: no worker started it within 15 minutes. Try again, or narrow the filters." in page
    assert client.get(f"{REPORTS}/exports/{export.pk}/retry/").status_code == 405

    with django_capture_on_commit_callbacks(execute=True):  # in-process Celery, as `make run` has it
        assert client.post(f"{REPORTS}/exports/{export.pk}/retry/").status_code == 302

    assert "Your export of 1 rows is ready." in status_page(client, export)
    assert client.post(f"{REPORTS}/exports/{export.pk}/retry/").status_code == 302  # a second click: nothing
    assert ReportExport.objects.get(pk=export.pk).status == ReportExport.READY


# The health check


def test_healthz_names_the_cache_and_broker_while_redis_is_down_and_recovers(on_redis, client):
    response = client.get("/healthz/")
    assert (response.status_code, response.json()) == (
        200,
        {"status": "ok", "database": "ok", "cache": "ok", "broker": "ok"},
    )

    on_redis.stop()
    response, seconds = timed(lambda: client.get("/healthz/"))

    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "database": "ok",
        "cache": "unavailable",
        "broker": "unavailable",
        "unavailable": ["cache", "broker"],
    }
    assert seconds < QUICK

    on_redis.start()
    response = client.get("/healthz/")
    assert (response.status_code, response.json()["status"]) == (200, "ok")


@pytest.fixture
def unreachable_database(monkeypatch):
    """A second database alias pointing at a PostgreSQL port nothing listens on."""
    alias = "unreachable"
    monkeypatch.setitem(
        connections.settings,
        alias,
        {
            **connections.settings["default"],
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "academy",
            "USER": "academy",
            "PASSWORD": "",
            "HOST": "127.0.0.1",
            "PORT": str(free_port()),
            "OPTIONS": {"connect_timeout": 1},
        },
    )
    yield alias
    if hasattr(connections._connections, alias):
        connections[alias].close()
        del connections[alias]


def test_healthz_says_the_database_is_unavailable_when_it_cannot_be_reached(unreachable_database, client):
    response, seconds = timed(lambda: client.get("/healthz/"))

    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"
    assert response.json()["unavailable"] == ["database"]
    assert "Traceback" not in response.content.decode()
    assert seconds < QUICK
