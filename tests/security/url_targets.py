"""The URLs the access matrix requests: the resolver walked and its parameters filled, and the page tree.

Each path parameter is filled with a real id from the `world` fixture, and again with an id that does not
exist; the page tree adds every live page and its routable sub-routes (enrol/, complete/, start/, ...).
"""

import re
from dataclasses import dataclass, field

from django.urls import URLPattern, URLResolver, get_resolver, resolve
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Collection, Page, Site

from tests.security.conftest import NONEXISTENT_ID

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
