"""Hostile input through every form and querystring a learner or an admin can reach: never a 5xx.

Inputs come from a seeded generator (nasty strings, NUL bytes, huge values, unicode, invalid UTF-8, duplicate
and nested keys, ids at and past 2**63, negative numbers), so a failure is reproducible from its area and
index. Every request's writes are rolled back, so each input meets the same world. All 5xx are collected and
reported together; each area sends exactly its planned number of inputs.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from tests.accounts.factories import PASSWORD
from tests.courses.factories import lessons_of
from tests.security.conftest import sign_in
from tests.security.fuzzing import LEVELS, TOPICS, Inputs, Sender
from tests.security.url_targets import resolver_routes


def client_as(world, role):
    client = Client(raise_request_exception=False)
    return sign_in(client, world, role)


# The areas: each sends exactly PLAN[area] inputs ----------------------------------------------------------


def catalogue(world, gen, send, n):
    client = client_as(world, gen.rng.choice(["anonymous", "learner_a"]))
    for _ in range(n):
        query = gen.query({"q": ["contract", "negotiation"], "topic": TOPICS, "level": LEVELS, "page": ["1", "2"]})
        send(client, "get", world.catalogue.url, query)


def signup(world, gen, send, n):
    client = client_as(world, "anonymous")
    organisations = [world.police.pk, world.council.pk]
    departments = [world.custody.pk, world.planning.pk]
    fields = {
        "email": ["new.person@example.gov.uk", world.a.email],
        "password1": [PASSWORD],
        "password2": [PASSWORD],
        "first_name": ["New"],
        "last_name": ["Person"],
        "organisation": organisations,
        "department": departments,
        "job_role": ["Buyer"],
    }
    for _ in range(n):
        send(client, "post", "/accounts/signup/", gen.form(fields))


def signin(world, gen, send, n):
    client = client_as(world, "anonymous")
    fields = {"login": [world.a.email, world.admin.email], "password": [PASSWORD], "remember": ["on"]}
    for _ in range(n):
        send(client, "post", "/accounts/login/", gen.form(fields))


def password_reset(world, gen, send, n):
    client = client_as(world, "anonymous")
    for _ in range(n):
        send(client, "post", "/accounts/password/reset/", gen.form({"email": [world.a.email]}))


def profile(world, gen, send, n):
    client = client_as(world, "learner_a")
    fields = {
        "first_name": ["Alice"],
        "last_name": ["Anning"],
        "organisation": [world.police.pk, world.council.pk],
        "department": [world.custody.pk, world.planning.pk],
        "job_role": ["Buyer"],
    }
    for _ in range(n):
        send(client, "post", "/accounts/profile/", gen.form(fields))


def enrol_and_complete(world, gen, send, n):
    learners = [client_as(world, "learner_a"), client_as(world, "learner_b"), client_as(world, "anonymous")]
    urls = [course.url + "enrol/" for course in (world.negotiation, world.suppliers, world.trainers_course)]
    urls += [lesson.url + "complete/" for lesson in lessons_of(world.negotiation) + lessons_of(world.suppliers)]
    for _ in range(n):
        query = gen.raw_query(["next", "lesson", "id"]) if gen.rng.random() < 0.3 else ""
        url = gen.rng.choice(urls) + (f"?{query}" if query else "")
        send(gen.rng.choice(learners), "post", url, gen.form({"next": None, "id": None}))


QUESTION_IDS = ["q-batna", "q-kpi", "q-tupe", "q-zopa"]
OPTION_IDS = ["batna-right", "batna-wrong", "kpi-missed", "kpi-late", "kpi-weather", "true", "false", "ZOPA"]


def quiz_start(world, gen, send, n):
    clients = [client_as(world, "learner_a"), client_as(world, "learner_b"), client_as(world, "anonymous")]
    urls = [world.quiz.url + "start/", world.final.url + "start/"]
    for _ in range(n):
        send(gen.rng.choice(clients), "post", gen.rng.choice(urls), gen.form({"quiz": None, "attempt": None}))


def quiz_answers(gen):
    """An answer form: the right field names with hostile values, unknown questions, nested and repeated keys."""
    data = {}
    for question in QUESTION_IDS:
        if gen.rng.random() < 0.8:
            data[f"q-{question}"] = gen.value(OPTION_IDS)
    for _ in range(gen.rng.choice([0, 0, 1, 3, 50])):
        key = gen.rng.choice(["q-" + gen.text()[:200], "q-q-batna[0]", "q-q-kpi[][]", "q-", "q-q-zopa.x", "answers"])
        data[key] = gen.value(OPTION_IDS)
    return data


def quiz_submit(world, gen, send, n):
    client = client_as(world, "learner_a")
    url = f"{world.quiz.url}attempt/{world.a_open_attempt.pk}/submit/"
    for _ in range(n):
        send(client, "post", url, quiz_answers(gen))


def quiz_attempt_paths(world, gen, send, n):
    """Attempt ids in the path: real, another learner's, negative, non-numeric, and past 2**63."""
    client = client_as(world, "learner_a")
    ids = [world.a_open_attempt.pk, world.b_attempt.pk, "-1", "0", "abc", "9223372036854775807"]
    ids += ["9223372036854775808", "18446744073709551616", "1" + "0" * 30, "%00", "1.5"]
    for _ in range(n):
        route = gen.rng.choice(["attempt/{}/", "attempt/{}/submit/", "attempt/{}/result/"])
        url = world.quiz.url + route.format(gen.rng.choice(ids))
        method = gen.rng.choice(["get", "post"])
        send(client, method, url, quiz_answers(gen) if method == "post" else None)


REPORT_SLUGS = ["courses", "organisations", "departments", "learners", "overdue", "enrolments"]


def reports(world, gen, send, n):
    client = client_as(world, "academy_admin")
    fields = {
        "course": [world.negotiation.pk, world.suppliers.pk],
        "organisation": [world.police.pk],
        "department": [world.custody.pk],
        "status": ["completed", "in_progress", "not_started", "overdue"],
        "enrolled_after": ["2026-01-01"],
        "enrolled_before": ["2026-12-31"],
        "q": ["Alice"],
        "p": ["1", "2"],
        "ordering": ["course__title", "-enrolled_at"],
        "export": ["csv", "xlsx"],
    }
    for _ in range(n):
        slug = gen.rng.choice(REPORT_SLUGS)
        suffix = gen.rng.choice(["", "results/"])
        send(client, "get", f"/admin/academy-reports/{slug}/{suffix}", gen.query(fields))


def exports(world, gen, send, n):
    client = client_as(world, gen.rng.choice(["academy_admin", "trainer_other_course"]))
    ids = [world.export.pk, world.trainer_export.pk, "0", "9223372036854775807", "9223372036854775808"]
    ids += ["18446744073709551616", "99999999999999999999999"]
    for _ in range(n):
        roll = gen.rng.random()
        if roll < 0.5:
            export_id = gen.rng.choice(ids)
            url = f"/admin/academy-reports/exports/{export_id}/" + gen.rng.choice(["", "download/"])
            send(client, gen.rng.choice(["get", "post"]), url, gen.query({"format": ["xlsx"]}))
        else:
            query = gen.query({"export": ["xlsx", "csv", "pdf"], "course": [world.negotiation.pk]})
            send(client, gen.rng.choice(["get", "post"]), "/admin/academy-reports/enrolments/", query)


def assignment_add(world, gen, send, n):
    client = client_as(world, "academy_admin")
    fields = {
        "course": [world.negotiation.pk, world.suppliers.pk],
        "organisation": [world.police.pk],
        "department": [world.custody.pk],
        "learners": [world.a.pk, world.b.pk],
        "due_date": ["2030-01-01"],
    }
    urls = [
        "/admin/snippets/tracking/assignment/add/",
        f"/admin/snippets/tracking/assignment/edit/{world.assignment.pk}/",
    ]
    for _ in range(n):
        send(client, "post", gen.rng.choice(urls), gen.form(fields))


def organisation_forms(world, gen, send, n):
    """The organisation and department forms and listings, including a non-numeric organisation."""
    client = client_as(world, "academy_admin")
    base = "/admin/snippets/accounts/"
    for _ in range(n):
        roll = gen.rng.random()
        if roll < 0.4:
            data = gen.form({"name": ["Custody"], "organisation": [world.police.pk, world.council.pk]})
            url = gen.rng.choice([f"{base}department/add/", f"{base}department/edit/{world.custody.pk}/"])
            send(client, "post", url, data)
        elif roll < 0.6:
            send(client, "post", f"{base}organisation/add/", gen.form({"name": ["Northshire Police"]}))
        else:
            listing = gen.rng.choice(["department/", "organisation/", "department/results/", "../tracking/assignment/"])
            fields = {"organisation": [world.police.pk], "course": [world.negotiation.pk], "q": ["Cus"], "p": ["2"]}
            send(client, "get", base + listing, gen.query(fields))


def bank_file(gen):
    """An upload: random bytes, invalid UTF-8, huge lines, or a nearly valid GIFT or CSV file."""
    roll = gen.rng.random()
    if roll < 0.25:
        return bytes(gen.rng.randrange(256) for _ in range(gen.rng.choice([0, 1, 100, 5000])))
    if roll < 0.4:
        return b"::Q1:: What? {=\xff\xfe right ~wrong}\n" + b"\xc0\xaf" * gen.rng.randint(1, 50)
    if roll < 0.5:
        return (gen.rng.choice(["A", "{", "<", ","]) * gen.rng.choice([10_000, 200_000])).encode()
    if roll < 0.75:
        stem = gen.text().replace("\x00", "") if gen.rng.random() < 0.5 else gen.text()
        return f"::Q{gen.rng.randint(0, 9)}:: {stem} {{={gen.text()} ~{gen.text()}}}\n\n{gen.text()}".encode()
    header = "type,prompt,option,correct,feedback\n"
    rows = "\n".join(",".join(gen.text()[:200] for _ in range(gen.rng.randint(1, 7))) for _ in range(5))
    return (header + rows).encode()


def question_import(world, gen, send, n):
    client = client_as(world, "academy_admin")
    url = f"/admin/quizzes/{world.quiz.pk}/questions/"
    for _ in range(n):
        data = gen.form({"file_format": ["gift", "csv"], "replace": ["on"]})
        if gen.rng.random() < 0.9:
            name = gen.rng.choice(["bank.gift", "bank.csv", "bank.txt", "..\\..\\x.gift", "💥.csv", "noext"])
            data["file"] = SimpleUploadedFile(name, bank_file(gen), content_type="text/plain")
        send(client, "post", url, data)


def int_routes():
    """Resolver routes that take an int from the path, as URL templates ('{}' for each id)."""
    import re

    routes = []
    for route in resolver_routes():
        if "<int:" in route.route and "^" not in route.route:
            routes.append(re.sub(r"<int:[^>]+>", "{}", route.route))
            routes[-1] = re.sub(r"<(?:\w+:)?\w+>", "x", routes[-1])
    return routes


def path_ids(world, gen, send, n):
    """Ids at and past 2**63 in every admin and app path that takes an int, as an academy admin."""
    client = client_as(world, "academy_admin")
    templates = int_routes()
    huge = ["9223372036854775807", "9223372036854775808", "18446744073709551616", "1" + "0" * 30]
    for index in range(n):
        template = templates[index % len(templates)]
        ids = [gen.rng.choice(huge) for _ in range(template.count("{}"))]
        send(client, gen.rng.choice(["get", "post"]), "/" + template.format(*ids))


PLAN = {
    catalogue: 400,
    signup: 150,
    signin: 150,
    password_reset: 100,
    profile: 150,
    enrol_and_complete: 120,
    quiz_start: 60,
    quiz_submit: 300,
    quiz_attempt_paths: 60,
    reports: 300,
    exports: 100,
    assignment_add: 150,
    organisation_forms: 120,
    question_import: 150,
    path_ids: 200,
}


def test_the_plan_sends_at_least_2000_inputs():
    assert sum(PLAN.values()) >= 2000


@pytest.mark.parametrize("area", PLAN, ids=lambda area: area.__name__)
def test_no_input_gives_a_server_error(world, area, record_property):
    sender = Sender()

    area(world, Inputs(area.__name__), sender.send, PLAN[area])

    record_property("inputs", sender.sent)
    record_property("server_errors", len(sender.failures))
    print(f"\n{area.__name__}: {sender.sent} inputs, {len(sender.failures)} 5xx")
    assert sender.sent == PLAN[area]
    assert sender.failures == [], f"{len(sender.failures)} of {sender.sent} inputs gave a 5xx:\n" + "\n".join(
        sender.failures
    )


def test_the_generator_is_reproducible():
    first, second = Inputs("catalogue"), Inputs("catalogue")
    assert [first.text() for _ in range(50)] == [second.text() for _ in range(50)]
