"""The Wagtail Site answering a request, from the tree cache instead of a query on every request."""

from django.http.request import split_domain_port
from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname

from academy.tree_cache import cached


def site_for_request(request):
    """Site.find_for_request, remembered on the request where Wagtail looks for it, found without a query."""
    if not hasattr(request, "_wagtail_site"):
        hostname, port = split_domain_port(request._get_raw_host())[0], request.get_port()
        request._wagtail_site = cached(f"site:{hostname}:{port}", lambda: find_site(hostname, port))
        # Every page URL on the page needs the sites' root paths, which Wagtail keeps in Redis: kept here as well.
        request._wagtail_cached_site_root_paths = cached("site-root-paths", Site.get_site_root_paths)
    return request._wagtail_site


def find_site(hostname, port):
    try:
        return get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None
