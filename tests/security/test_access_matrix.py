"""Every URL the resolver and the page tree know, for every role: no 5xx, nobody sees what is not theirs.

The URLs are generated, not listed: the resolver is walked (Wagtail admin and app URLs included) and each
path parameter is filled with a real id from the `world` fixture, and again with an id that does not exist;
the page tree adds every live page and its routable sub-routes (enrol/, complete/, start/, attempt/...).
A new URL is covered without editing this file. What each role may not get is a small table of rules below.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from tests.security.conftest import ROLES, request_undone, sign_in
from tests.security.url_targets import page_tree_targets, resolver_targets

# What each role must not get --------------------------------------------------------------------------------

STAFF = {"trainer_other_course", "staff_without_reports"}
LEARNERS = {"learner_a", "learner_b"}
PUBLIC_ADMIN_ASSETS = ("/admin/jsi18n/", "/admin/sprite/")
ADMIN_ONLY = (
    "/admin/users/",
    "/admin/groups/",
    "/admin/sites/",
    "/admin/settings/",
    "/admin/collections/",
    "/admin/workflows/",
    "/admin/redirects/",
    "/admin/snippets/accounts/",  # (their choosers only list names, which sign-up and report filters show anyway)
    "/admin/snippets/tracking/",
    "/admin/snippets/choose/tracking/",
    "/admin/quizzes/",  # the question bank of a quiz on a course they do not edit
    "/admin/academy-reports/exports/",  # an export belongs to whoever asked for it
)
# Not refused by Wagtail, and showing nothing private: the task chooser (task names) and the move
# confirmation page (two page titles; the move itself is refused on POST).
STAFF_MAY_SEE = ("/admin/workflows/task_chooser/",)
REPORTS = "/admin/academy-reports/"
# Wagtail's own views that raise on a POST no Wagtail form sends (its management fields missing). Only someone
# already signed in to the admin can send one; they are listed (route: what Wagtail raises) so that a 500
# anywhere else, or on a GET, still fails. Remove a line when Wagtail answers 400 there.
WAGTAIL_EMPTY_POST_500 = {
    r"admin/choose-external-link/": "AttributeError: wagtail/admin/forms/choosers.py:16",
    r"admin/redirects/import/process/": "KeyError 'input_format'",
    r"admin/snippets/choose/\w+/\w+/create/": "AttributeError: wagtail/admin/views/generic/chooser.py:573",
}


def wagtail_empty_post_500(target, method):
    return method == "post" and any(re.fullmatch(route, target.route) for route in WAGTAIL_EMPTY_POST_500)


ENROLLED_ONLY = {"LessonPage", "QuizPage"}
ENROLLED = {"learner_a": "a", "learner_b": "b"}


def under(url, *prefixes):
    return url.startswith(prefixes)


@dataclass
class Rule:
    says: str
    roles: set
    applies: Callable  # (target, world) -> bool: this role must not get a 200 here


def enrolled_courses(world):
    return {"a": {world.negotiation.pk, world.suppliers.pk}, "b": {world.negotiation.pk}}


RULES = [
    Rule(
        "anonymous visitors stay out of the admin",
        {"anonymous"},
        lambda t, w: under(t.url, "/admin/") and not under(t.url, *PUBLIC_ADMIN_ASSETS),
    ),
    Rule(
        "anonymous visitors have no learning record or profile",
        {"anonymous"},
        lambda t, w: under(t.url, "/my-learning/", "/accounts/profile/"),
    ),
    Rule(
        "learners never open the admin",
        LEARNERS,
        lambda t, w: under(t.url, "/admin/") and not under(t.url, *PUBLIC_ADMIN_ASSETS),
    ),
    Rule(
        "trainers and staff do not manage users, groups, settings, assignments or others' data",
        STAFF,
        lambda t, w: (
            under(t.url, *ADMIN_ONLY)
            and not under(t.url, *STAFF_MAY_SEE)
            and not (t.url.startswith(REPORTS + "exports/") and str(w.trainer_export.pk) in t.url)
        ),
    ),
    Rule(
        "a learner's record is only for the trainers of their courses",
        STAFF,
        lambda t, w: re.match(REPORTS + r"learners/\d+/$", t.url),
    ),
    Rule(
        "staff without the report permission open no report",
        {"staff_without_reports"},
        lambda t, w: under(t.url, REPORTS),
    ),
    Rule(
        "trainers and staff do not edit pages on courses that are not theirs",
        STAFF,
        lambda t, w: re.match(
            r"/admin/pages/\d+/(edit|delete|unpublish|move/$|copy|revisions|lock|unlock|privacy)", t.url
        ),
    ),
]
PAGE_RULES = [
    Rule(
        "only the course's enrolled learners open its lessons and quizzes",
        set(ROLES),
        lambda t, w, role: (
            t.page_type in ENROLLED_ONLY and t.course_id not in enrolled_courses(w).get(ENROLLED.get(role), ())
        ),
    ),
    Rule(
        "an attempt is only for the learner who made it",
        set(ROLES),
        lambda t, w, role: (
            t.subroute in {"attempt", "autosave", "submit", "result"} and t.attempt_owner != ENROLLED.get(role)
        ),
    ),
]


def refusals(target, role, world):
    """The rules that say this role must not get a 200 for this target."""
    said = [rule.says for rule in RULES if role in rule.roles and rule.applies(target, world)]
    if target.route == "page-tree":
        said += [rule.says for rule in PAGE_RULES if role in rule.roles and rule.applies(target, world, role)]
    return said


def forbidden_text(role, world):
    """Learners' emails a role must never read: learners see only themselves, the trainer only their own learner."""
    emails = {"a": world.a.email, "b": world.b.email, "c": world.c.email}
    allowed = {"learner_a": {"a"}, "learner_b": {"b"}, "trainer_other_course": {"c"}, "academy_admin": set(emails)}
    return [email for key, email in emails.items() if key not in allowed.get(role, set())]


# Requesting ----------------------------------------------------------------------------------------------


def check(client, role, world, target, method, problems):
    response, content = request_undone(client, method, target.url)
    status = response.status_code
    where = f"{method.upper()} {target.url} as {role} ({target.route}, {target.variant})"
    if status >= 500:
        if not wagtail_empty_post_500(target, method):
            problems.append(f"{where}: {status}")
        return
    if status == 200:
        problems.extend(f"{where}: 200 but {rule}" for rule in refusals(target, role, world))
    text = content.decode("utf-8", errors="replace")
    problems.extend(f"{where}: shows {email}" for email in forbidden_text(role, world) if email in text)


# The matrix -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_every_url_for_every_role(client, world, role, record_property):
    client.raise_request_exception = False
    sign_in(client, world, role)
    routes, targets = resolver_targets(world)
    targets += page_tree_targets(world)
    problems, checked_routes, checks = [], set(), 0

    for target in targets:
        for method in ("get", "post"):
            check(client, role, world, target, method, problems)
            checks += 1
        checked_routes.add(target.route)

    record_property("url_patterns", len(routes))
    record_property("urls", len(targets))
    record_property("checks", checks)
    print(f"\n{role}: {len(routes)} URL patterns, {len(targets)} URLs, {checks} requests")
    assert checked_routes >= {route.route for route in routes}
    assert checks >= 2 * len(routes)
    assert problems == [], "\n".join(problems)


def test_the_matrix_covers_the_page_tree_and_its_routes(world):
    """The generated targets include what the brief names, so a broken generator cannot pass quietly."""
    urls = {target.url for target in page_tree_targets(world)}
    quiz = world.quiz.url
    assert {world.negotiation.url + "enrol/", quiz + "start/", f"{quiz}attempt/{world.b_attempt.pk}/result/"} <= urls
    assert any(url.endswith("/complete/") for url in urls)
    routes, targets = resolver_targets(world)
    assert len(routes) > 200 and {t.variant for t in targets} == {"real", "missing"}
