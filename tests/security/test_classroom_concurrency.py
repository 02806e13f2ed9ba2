"""A classroom on `make run`: 50 learners completing lessons and starting a quiz at once, with no errors.

The dev server is started as `make run` starts it (runserver, threaded, dev settings, a SQLite file),
on a free port and a temporary database, and stopped by its process id.
"""

import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from courses.progress import percent_complete

LEARNERS = 50
LESSONS = 2  # one module of two lessons, then the module's quiz
ROOT = Path(__file__).resolve().parents[2]
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def build_classroom():
    """Run inside the server's settings: a small course with a quiz, and LEARNERS enrolled, signed-in learners.

    Prints {"course": url, "lessons": [urls], "quiz": url, "sessions": [session keys]} as JSON.
    """
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from courses.models import ModulePage
    from courses.services import enrolment_create
    from tests.accounts.factories import UserFactory
    from tests.courses.factories import build_course, build_site, lessons_of
    from tests.quizzes.factories import build_quiz

    course = build_course(build_site(), modules=1, lessons=LESSONS)
    quiz = build_quiz(ModulePage.objects.child_of(course).get())
    sessions = []
    for _ in range(LEARNERS):
        learner = UserFactory(password=None)  # signed in below, so no slow password hashing
        enrolment_create(user=learner, course=course)
        session = SessionStore()
        session[SESSION_KEY] = str(learner.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = learner.get_session_auth_hash()
        session.create()
        sessions.append(session.session_key)
    print(
        json.dumps(
            {
                "lessons": [lesson.url for lesson in lessons_of(course)],
                "quiz": quiz.url,
                "sessions": sessions,
            }
        )
    )


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server_env(tmp_path_factory):
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        # Its server always runs on SQLite, whatever the suite's database: once per CI run (the SQLite pass) is enough.
        pytest.skip("the classroom test runs in the SQLite pass")
    folder = tmp_path_factory.mktemp("classroom")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "academy.settings.dev",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(folder / "media"),
        "CELERY_BROKER_URL": "",
        "CACHE_URL": "locmemcache://",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "PYTHONPATH": str(ROOT),
    }
    return folder, env


@pytest.fixture(scope="module")
def classroom(server_env):
    """Migrate a fresh SQLite file, build the course and learners, then serve it as `make run` does."""
    folder, env = server_env
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, cwd=ROOT, check=True, timeout=120)
    built = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); "
            "from tests.security.test_classroom_concurrency import build_classroom; build_classroom()",
        ],
        env=env,
        cwd=ROOT,
        timeout=120,
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    data = json.loads(built.stdout.strip().splitlines()[-1])
    port = free_port()
    log = open(folder / "runserver.log", "w")  # noqa: SIM115 - closed after the server stops
    # As `make run`: runserver is threaded by default. No autoreloader, so the PID is the server itself.
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"], env=env, cwd=ROOT, stdout=log, stderr=log
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base_url, server)
        yield {**data, "base_url": base_url, "db": folder / "db.sqlite3", "log": folder / "runserver.log"}
    finally:
        os.kill(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.kill(server.pid, signal.SIGKILL)
            server.wait()
        log.close()


def wait_until_serving(base_url, server, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("runserver exited before serving")
        try:
            requests.get(f"{base_url}/healthz/", timeout=2)
            return
        except requests.ConnectionError:
            time.sleep(0.2)
    raise RuntimeError("runserver did not start")


def learner_session(base_url, session_key):
    session = requests.Session()
    session.cookies.set("sessionid", session_key, domain="127.0.0.1", path="/")
    return session


def a_learners_lesson(base_url, session_key, classroom, barrier, statuses):
    """What one learner does: open the first lesson, complete each lesson, start the quiz."""
    session = learner_session(base_url, session_key)

    def record(response):
        statuses.extend(r.status_code for r in [*response.history, response])
        return response

    page = record(session.get(base_url + classroom["lessons"][0], timeout=60))
    token = CSRF_FIELD.search(page.text).group(1)
    headers = {"Referer": base_url + classroom["lessons"][0]}

    def click(path):
        return record(session.post(base_url + path, {"csrfmiddlewaretoken": token}, headers=headers, timeout=60))

    barrier.wait()  # everyone clicks at the same moment
    for lesson in classroom["lessons"]:
        click(f"{lesson}complete/")
    click(f"{classroom['quiz']}start/")


def test_fifty_learners_at_once_get_no_errors_and_every_completion_is_saved(classroom):
    base_url = classroom["base_url"]
    barrier = threading.Barrier(LEARNERS)
    statuses, failures = [], []

    def learner(session_key):
        try:
            a_learners_lesson(base_url, session_key, classroom, barrier, statuses)
        except Exception as error:  # noqa: BLE001 - a dropped connection is a failure to report, not a crash
            failures.append(repr(error))
            barrier.abort()

    threads = [threading.Thread(target=learner, args=(key,)) for key in classroom["sessions"]]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=90)
    elapsed = time.monotonic() - started

    server_errors = [status for status in statuses if status >= 500]
    log_tail = classroom["log"].read_text()[-3000:] if server_errors or failures else ""
    assert failures == [], log_tail
    assert server_errors == [], f"{len(server_errors)} of {len(statuses)} requests failed:\n{log_tail}"
    # Each learner: the lesson page, then per completion a POST and its redirect, then the quiz start and attempt.
    assert len(statuses) == LEARNERS * (1 + 2 * LESSONS + 2), statuses
    with sqlite3.connect(classroom["db"]) as db:
        completions = db.execute("select count(*) from courses_stepcompletion").fetchone()[0]
        attempts = db.execute("select count(*) from quizzes_quizattempt").fetchone()[0]
        progress = db.execute("select progress_percent, count(*) from courses_enrolment group by 1").fetchall()
    assert completions == LEARNERS * LESSONS
    assert attempts == LEARNERS
    assert progress == [(percent_complete(LESSONS, LESSONS + 1), LEARNERS)]
    print(f"{len(statuses)} requests from {LEARNERS} learners in {elapsed:.1f}s, 0 errors")
