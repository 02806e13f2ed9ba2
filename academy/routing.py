"""Serving pages without walking the tree level by level: Wagtail's own serve view, handed the site and route.

Wagtail finds a page by loading each ancestor in turn (a query a level, ten for a lesson's sub-URL, paid even
by a redirect to sign in) and its site with another query. Here the site and a table of every page's URL under
it come from the tree cache (academy/tree_cache.py), the table is walked as Wagtail walks the tree, and only
the page found is loaded. Wagtail's view then runs unchanged: its before/on-serve hooks (view restrictions),
the page's own route() for sub-URLs and serve(). A URL the table does not know is left to Wagtail's walk.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.urls import Resolver404
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from academy.sites import site_for_request
from academy.tree_cache import cached, cached_page


@dataclass(frozen=True)
class RouteEntry:
    page_id: int
    content_type_id: int
    live: bool


def serve(request, path):
    """Wagtail's serve view, with the site and the route found from the cache when they can be."""
    site = site_for_request(request)
    if site is not None:
        try:
            found = cached_route(request, site, path)
        except Http404:
            request._wagtail_route_for_request = None  # Wagtail's own record of "no such page"
        else:
            if found is not None:
                request._wagtail_route_for_request = found
    return wagtail_views.serve(request, path)


def route_table(site):
    """{URL path below the site's root ("" for the root, "courses/" ...): RouteEntry} for every page under it."""
    root = site.root_page
    pages = Page.objects.filter(path__startswith=root.path).values_list("url_path", "pk", "content_type_id", "live")
    prefix = len(root.url_path)
    return {url_path[prefix:]: RouteEntry(pk, content_type_id, live) for url_path, pk, content_type_id, live in pages}


def cached_route(request, site, path):
    """Wagtail's RouteResult for `path`, loading only the page found; None to leave it to Wagtail's own walk."""
    table = cached(f"routes:{site.pk}", lambda: route_table(site))
    components = [component for component in path.split("/") if component]
    entry, consumed = table.get(""), 0
    while entry is not None and consumed < len(components):
        if entry.live and serves_sub_url(entry, components[consumed:]):
            break  # as in RoutablePageMixin.route: a sub-URL of a live page wins over a child of that name
        consumed += 1
        entry = table.get("/".join(components[:consumed]) + "/")
    if entry is None:
        return None  # an unknown URL: Wagtail's walk finds the same nothing, or a page added a moment ago
    page = routed_page(entry)
    if page is None:
        return None
    return page.route(request, components[consumed:])  # checks live, resolves a sub-URL; may raise Http404


def routed_page(entry):
    """The page an entry names; the cached page keys on the id alone, so it is always loaded as its specific type."""
    return cached_page(entry.page_id, ContentType.objects.get_for_id(entry.content_type_id).model_class())


def serves_sub_url(entry, components):
    model = ContentType.objects.get_for_id(entry.content_type_id).model_class()
    if model is None or not issubclass(model, RoutablePageMixin):
        return False
    try:
        model.get_resolver().resolve("/" + "".join(f"{c}/" for c in components))
    except Resolver404:
        return False
    return True
