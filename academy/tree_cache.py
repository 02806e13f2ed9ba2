"""What is derived from the live page tree (routes, sites, view restrictions, course outlines), cached by version.

Every process reads the tree's version from the shared cache once a request; everything derived from the
tree is stored under that version, in the shared cache and in a memo in this process keyed by it. Any change
to a page, a site or a view restriction sets a new version (academy/signals.py), so the next request in every
gunicorn process rebuilds from the database: nothing must be found and deleted, and a process that missed a
change cannot keep serving it, because it asks the shared cache which version is current.

The version is set again when the changing transaction commits: another process may have rebuilt from the
database between the first change and the commit, and stored what it saw under the first new version.
While Redis is down (academy.cache answers from this process's memory) nothing here is shared between
processes, so nothing is cached: every request reads the tree from the database, as it did before.
"""

import pickle
import threading
import time
import uuid

from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "academy:tree:version"
TIMEOUT = 6 * 3600  # builds for an old version are never read again; let them go in time

_request = threading.local()  # the version read at the start of the current request, if in one
_memo = {"version": None, "values": {}}  # this process's builds for one version


def cache_is_shared():
    """False while the Redis cache is down and each process answers from its own memory."""
    return getattr(cache, "down_until", 0.0) <= time.monotonic()


def read_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        # A random version, never a counter: after Redis is emptied no process may mistake a new tree for its memo.
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    return version if cache_is_shared() else None


def tree_version():
    """The current version of the tree, or None when it cannot be shared (then nothing is cached)."""
    version = getattr(_request, "version", None)
    return version if version is not None else read_version()


def bump_version():
    """Mark everything derived from the tree out of date, now and again when this transaction commits."""
    set_new_version()
    transaction.on_commit(set_new_version)


def set_new_version():
    version = uuid.uuid4().hex
    cache.set(VERSION_KEY, version, None)
    if getattr(_request, "version", None) is not None:
        _request.version = version


def cached(key, build):
    """`build()`'s value for the current tree version: from this process, the shared cache, or built now."""
    version = tree_version()
    if version is None:
        return build()
    memo = _memo
    if memo["version"] != version:
        memo = {"version": version, "values": {}}
        globals()["_memo"] = memo  # replaced whole, so a reader never sees one version's values under another
    if key in memo["values"]:
        return memo["values"][key]
    shared_key = f"academy:tree:{version}:{key}"
    stored = cache.get(shared_key)
    if stored is None:
        stored = (build(),)  # a tuple, so a build that is None is stored too
        cache.set(shared_key, stored, TIMEOUT)
    memo["values"][key] = stored[0]
    return stored[0]


def cached_page(page_id, model):
    """The `model` page with this id as the tree's version stands (None if there is none): loaded once, then
    a fresh copy for each caller, since serving a page may set attributes on it. Every save of a page sets a
    new version, so the copy is never older than the row."""
    pickled = cached(f"page:{page_id}", lambda: pickle.dumps(model.objects.filter(pk=page_id).first()))
    return pickle.loads(pickled)


class TreeVersionMiddleware:
    """Reads the tree's version once per request, so a page asking several cached questions pays one round trip."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        _request.version = read_version()
        try:
            return self.get_response(request)
        finally:
            _request.version = None
