"""Every URL the resolver and the page tree know, for every role: no 5xx, nobody sees what is not theirs.

The URLs are generated, not listed: the resolver is walked (Wagtail admin and app URLs included) and each
path parameter is filled with a real id from the `world` fixture, and again with an id that does not exist;
the page tree adds every live page and its routable sub-routes (enrol/, complete/, start/, attempt/...).
A new URL is covered without editing this file. What each role may not get is a small table of rules below.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Collection, Page, Site

from tests.security.conftest import NONEXISTENT_ID, ROLES, request_undone, sign_in

# Parameter values -------------------------------------------------------------------------------------------


def int_values(world):
    """Real ids for int path parameters, by parameter name."""
    page = world.quiz
    return {
        "page_id": page.pk,
        "parent_page_id": page.pk,
        "page_to_move_id": page.pk,
        "page_pk": page.pk,
        "destination_id": world.catalogue.pk,
        "revision_id": page.latest_revision_id,
        "user_id": world.b.pk,
        "export_id": world.export.pk,
        "document_id": world.document.pk,
        "doc_id": world.document.pk,
        "image_id": world.image.pk,
        "collection_id": Collection.get_first_root_node().pk,
    }


def pk_by_prefix(world):
    """A `pk` means a different model under each admin area: (path fragment, id), first match wins."""
    return [
        ("snippets/accounts/organisation/", world.police.pk),
        ("snippets/choose/accounts/organisation/", world.police.pk),
        ("snippets/accounts/department/", world.custody.pk),
        ("snippets/choose/accounts/department/", world.custody.pk),
        ("snippets/tracking/assignment/", world.assignment.pk),
        ("snippets/choose/tracking/assignment/", world.assignment.pk),
        ("documents/", world.document.pk),
        ("images/", world.image.pk),
        ("users/", world.b.pk),
        ("groups/", world.group.pk),
        ("sites/", Site.objects.get().pk),
        ("collections/", Collection.get_first_root_node().pk),
        ("pages/", world.quiz.pk),
    ]


# Text parameters whose meaning depends on the area they appear in: (path fragment, name, value).
TEXT_VALUES = [
    ("bulk/", "app_label", "wagtailcore"),
    ("bulk/", "model_name", "page"),
    ("bulk/", "action", "delete"),
    ("workflows/tasks/add/", "app_label", "wagtailcore"),
    ("workflows/tasks/add/", "model_name", "groupapprovaltask"),
    ("editing-sessions/", "app_label", "wagtailcore"),
    ("editing-sessions/", "model_name", "page"),
    ("editing-sessions/", "object_id", "__page__"),
    ("tag-autocomplete/", "app_name", "wagtaildocs"),
    ("tag-autocomplete/", "model_name", "document"),
    ("api/", "action_name", "copy"),
    ("workflow/", "action_name", "approve"),
    ("", "content_type_app_name", "courses"),
    ("", "content_type_model_name", "quizpage"),
    ("", "app_label", "courses"),
    ("", "app_name", "courses"),
    ("", "model_name", "quizpage"),
    ("", "file_format", "gift"),
    ("", "filter_spec", "fill-10x10"),
    ("", "uidb64", "MQ"),
    ("", "token", "set-password"),
    ("", "uidb36", "1"),
    ("", "key", "not-a-real-key"),
    ("", "revision_id_a", "earliest"),
    ("", "revision_id_b", "latest"),
]
# Regex patterns whose groups are unnamed or not plain: a URL each, by route.
REGEX_URLS = {
    r"documents/(\d+)/(.*)$": lambda w: f"documents/{w.document.pk}/{w.document.filename}",
    r"admin/.*/$": lambda w: "admin/no-such-admin-page/",
    r"^((?:[\w\-]+/)*)$": lambda w: "",
}


# Walking the resolver ---------------------------------------------------------------------------------------


@dataclass
class Route:
    pieces: list
    route: str
    name: str | None
    urls: list = field(default_factory=list)  # (variant, path)


def join_route(first, second):
    # As Django's URLResolver joins routes, so a ResolverMatch's .route compares equal.
    if not first:
        return second
    return first + (second[1:] if second.startswith("^") else second)


def walk(patterns, pieces=(), route="", namespace=""):
    for pattern in patterns:
        here = join_route(route, str(pattern.pattern))
        if isinstance(pattern, URLResolver):
            inner = ":".join(filter(None, [namespace, pattern.namespace]))
            yield from walk(pattern.url_patterns, (*pieces, pattern.pattern), here, inner)
        elif isinstance(pattern, URLPattern):
            name = ":".join(filter(None, [namespace, pattern.name])) if pattern.name else None
            yield Route([*pieces, pattern.pattern], here, name)


def resolver_routes():
    return list(walk(get_resolver().url_patterns))


PARAM = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def text_value(context, name):
    for fragment, param, value in TEXT_VALUES:
        if param == name and fragment in context:
            return value
    return "x"


def fill(route_text, context, ints, pks, missing):
    """A route piece with each <converter:name> filled in; ints are real unless `missing`."""

    def value(match):
        converter, name = match["converter"] or "str", match["name"]
        if name == "pk":
            real = next((pk for fragment, pk in pks if fragment in context), NONEXISTENT_ID)
            return str(NONEXISTENT_ID if missing else real)
        if converter == "int":
            return str(NONEXISTENT_ID if missing else ints.get(name, NONEXISTENT_ID))
        text = text_value(context, name)
        return str(ints["page_id"]) if text == "__page__" else text

    return PARAM.sub(value, route_text)


def fill_regex(regex, context, ints, pks, missing):
    """A regex piece with its named groups filled in as if they were <str:name> parameters."""
    text = regex.removeprefix("^").removesuffix("$")
    out, i = "", 0
    while i < len(text):
        if text.startswith("(?P<", i):
            name = text[i + 4 : text.index(">", i)]
            depth, j = 0, i
            while True:
                depth += {"(": 1, ")": -1}.get(text[j], 0) if text[j - 1 : j] != "\\" else 0
                j += 1
                if depth == 0:
                    break
            converter = "int" if re.search(r"\\d\+", text[i:j]) and "live" not in text[i:j] else "str"
            out += fill(f"<{converter}:{name}>", context, ints, pks, missing)
            i = j
        else:
            out += text[i]
            i += 1
    out = out.replace(r"\.", ".")
    return None if re.search(r"[\\^$()*+?\[\]|]", out) else out


def concrete_urls(route, world):
    """The route as URLs: real ids, and (where it takes ids) ids that name nothing."""
    ints, pks = int_values(world), pk_by_prefix(world)
    takes_ids = "int:" in route.route or "<pk>" in route.route or r"\d" in route.route
    urls = []
    for variant, missing in [("real", False), ("missing", True)][: 2 if takes_ids else 1]:
        if route.route in REGEX_URLS:
            path = REGEX_URLS[route.route](world) if not missing else None
        else:
            path, context = "", route.route
            for piece in route.pieces:
                text = str(piece)
                part = (
                    fill_regex(text, context, ints, pks, missing)
                    if hasattr(piece, "regex") and text.startswith("^")
                    else fill(text, context, ints, pks, missing)
                )
                if part is None:
                    path = None
                    break
                path += part
        if path is not None:
            urls.append((variant, "/" + path))
    assert urls, f"No URL could be made for {route.route!r}: add it to REGEX_URLS"
    return urls


# The page tree --------------------------------------------------------------------------------------------


@dataclass
class Target:
    """One URL to request, with what the rules need to know about it."""

    url: str
    route: str  # the resolver route it came from, or "page-tree"
    variant: str
    page_type: str = ""
    subroute: str = ""
    course_id: int | None = None
    attempt_owner: str = ""  # "a", "b" or "" for nobody's


def course_of(page):
    from courses.models import CoursePage

    course = CoursePage.objects.ancestor_of(page, inclusive=True).first()
    return course.pk if course else None


def attempt_ids(world, page):
    """Each attempt-taking sub-route gets A's attempt, B's attempt and a nonexistent one."""
    ids = {"a": [], "b": [], "": [NONEXISTENT_ID]}
    for attempt in [world.a_attempt, world.a_open_attempt, world.b_attempt, world.a_final_attempt]:
        if attempt.quiz_id == page.pk:
            ids["a" if attempt.enrolment.user_id == world.a.pk else "b"].append(attempt.pk)
    return ids


def page_tree_targets(world):
    targets = []
    for page in Page.objects.live().specific().order_by("path"):
        if page.url is None:
            continue
        common = {
            "route": "page-tree",
            "variant": "live",
            "page_type": type(page).__name__,
            "course_id": course_of(page),
        }
        targets.append(Target(page.url, **common))
        if not isinstance(page, RoutablePageMixin):
            continue
        for sub in page.get_subpage_urls():
            route = str(sub.pattern)
            if not route:
                continue
            if "<" not in route:
                targets.append(Target(page.url + route, subroute=sub.name, **common))
                continue
            for owner, ids in attempt_ids(world, page).items():
                for pk in ids:
                    url = page.url + PARAM.sub(str(pk), route)
                    targets.append(Target(url, subroute=sub.name, attempt_owner=owner, **common))
    return targets


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
        lambda t, w, role: t.subroute in {"attempt", "submit", "result"} and t.attempt_owner != ENROLLED.get(role),
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


def resolver_targets(world):
    """Each resolver pattern as URLs, with each URL checked to reach the pattern it was made from."""
    routes = resolver_routes()
    order = {route.route: index for index, route in enumerate(routes)}
    targets, unreachable = [], []
    for index, route in enumerate(routes):
        for variant, url in concrete_urls(route, world):
            reached = resolve(url).route
            if reached != route.route and order.get(reached, len(routes)) >= index:
                unreachable.append(f"{url} was made for {route.route!r} but reached {reached!r}")
            targets.append(Target(url, route.route, variant))
    assert unreachable == [], unreachable
    return routes, targets


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
