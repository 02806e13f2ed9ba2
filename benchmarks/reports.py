"""Benchmark: completion reports and the enrolment export at 100 and 10,000 learners on PostgreSQL.

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/academy_bench .venv/bin/python benchmarks/reports.py
It creates (and afterwards drops) the database named in DATABASE_URL, builds 20 organisations,
20 courses and realistic progress, then times every report page and the full CSV export,
counting queries and the export's peak Python memory. Not a test: it prints figures.
"""

import os
import random
import sys
import time
import tracemalloc
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "academy.settings.test")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/academy_bench")

import django  # noqa: E402
import psycopg  # noqa: E402


def recreate_database():
    url = os.environ["DATABASE_URL"]
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return url, name


def drop_database(url, name):
    from django.db import connections

    connections.close_all()
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')


URL, NAME = recreate_database()
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

REPORTS = ["courses", "organisations", "departments", "learners", "overdue", "enrolments"]
rng = random.Random(10_000)


def build_catalogue():
    from tests.courses.factories import build_course, build_site

    catalogue = build_site()
    return [
        build_course(catalogue, slug=f"course-{n}", title=f"Course {n:02d}", modules=3, lessons=3) for n in range(1, 21)
    ]


def build_organisations():
    from accounts.models import Department, Organisation

    organisations = Organisation.objects.bulk_create(Organisation(name=f"Public body {n:02d}") for n in range(20))
    return Department.objects.bulk_create(
        Department(organisation=o, name=name)
        for o in organisations
        for name in ["Commercial", "Finance", "Operations", "HR", "Estates"]
    )


def add_learners(count, departments, courses, lessons_by_course, start):
    """Learners on 1-4 courses each, with progress between none and complete; some assigned and overdue."""
    from accounts.models import User
    from courses.models import Enrolment, StepCompletion

    password = User.objects.make_random_password() if hasattr(User.objects, "make_random_password") else "x"
    users = User.objects.bulk_create(
        User(
            email=f"learner{n}@bench.example",
            first_name="Pat",
            last_name=f"Learner{n}",
            password=password,
            organisation_id=departments[n % len(departments)].organisation_id,
            department=departments[n % len(departments)],
        )
        for n in range(start, start + count)
    )
    today = timezone.localdate()
    enrolments, completions = [], []
    for user in users:
        for course in rng.sample(courses, rng.randint(1, 4)):
            lessons = lessons_by_course[course.pk]
            done = rng.randint(0, len(lessons))
            enrolment = Enrolment(
                user=user,
                course=course,
                progress_percent=100 * done // len(lessons),
                completed_at=timezone.now() if done == len(lessons) else None,
                due_date=today + timedelta(days=rng.randint(-30, 60)) if rng.random() < 0.4 else None,
            )
            enrolments.append((enrolment, lessons[:done]))
    Enrolment.objects.bulk_create([e for e, _ in enrolments], batch_size=5000)
    for enrolment, lessons in enrolments:
        completions.extend(StepCompletion(enrolment=enrolment, page=lesson) for lesson in lessons)
    StepCompletion.objects.bulk_create(completions, batch_size=10000)
    return len(users), len(enrolments), len(completions)


def admin_client():
    from tests.accounts.factories import sign_in_staff, staff_user

    client = Client()
    sign_in_staff(client, staff_user(email="bench-admin@example.com"))  # password and TOTP, as the admin requires
    return client


def time_reports(client, label):
    rows = []
    for slug in REPORTS:
        client.get(f"/admin/academy-reports/{slug}/")  # warm caches as a returning admin would
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(f"/admin/academy-reports/{slug}/")
            elapsed = time.perf_counter() - started
        assert response.status_code == 200, (slug, response.status_code)
        rows.append((label, slug, elapsed, len(queries)))
    return rows


def time_csv_export(client):
    """Time one full export, then measure peak memory on a second run (tracemalloc slows Python down)."""
    started = time.perf_counter()
    response = client.get("/admin/academy-reports/enrolments/?export=csv")
    lines = sum(chunk.count(b"\n") for chunk in response.streaming_content)
    elapsed = time.perf_counter() - started
    tracemalloc.start()
    for _chunk in client.get("/admin/academy-reports/enrolments/?export=csv").streaming_content:
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return lines - 1, elapsed, peak


def main():
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    courses = build_catalogue()
    from courses.selectors import live_lessons_under

    lessons_by_course = {course.pk: list(live_lessons_under([course])) for course in courses}
    departments = build_organisations()
    client = admin_client()
    small = add_learners(100, departments, courses, lessons_by_course, start=0)
    results = time_reports(client, "100 learners")
    small_export = time_csv_export(client)
    large = add_learners(9_900, departments, courses, lessons_by_course, start=100)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(
        f"Built 20 courses, 20 organisations, 10,000 learners, {small[1] + large[1]:,} enrolments and "
        f"{small[2] + large[2]:,} lesson completions in {time.perf_counter() - started:.1f} s"
    )
    results += time_reports(client, "10,000 learners")
    large_export = time_csv_export(client)

    print(f"\n{'scale':<16} {'report':<14} {'seconds':>8} {'queries':>8}")
    for label, slug, elapsed, queries in results:
        print(f"{label:<16} {slug:<14} {elapsed:>8.3f} {queries:>8}")
    for label, (rows, elapsed, peak) in [("100 learners", small_export), ("10,000 learners", large_export)]:
        print(
            f"CSV export, {label}: {rows:,} enrolment rows in {elapsed:.2f} s, peak Python memory "
            f"{peak / 1_000_000:.1f} MB"
        )
    counts = {}
    for _label, slug, _, queries in results:
        counts.setdefault(slug, set()).add(queries)
    steady = all(len(values) == 1 for values in counts.values())
    slowest = max(elapsed for _, _, elapsed, _ in results)
    print(f"\nQuery counts the same at both scales: {steady}. Slowest report page: {slowest:.3f} s.")
    return 0 if steady and slowest < 1 and large_export[1] < 3 else 1


if __name__ == "__main__":
    try:
        code = main()
    finally:
        drop_database(URL, NAME)
    sys.exit(code)
