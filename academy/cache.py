"""A Redis cache that degrades to this process's memory while Redis is down, instead of failing the page.

Django's RedisCache raises when Redis stops, and every page that touches the cache (Wagtail's site
lookup, allauth's rate limits and used TOTP codes) then gives a 500. This backend wraps Django's own
RedisCache with short socket timeouts; when a call fails it serves from a per-process LocMemCache and
stops asking Redis for RETRY_AFTER seconds, so an outage costs one refused connection per process
every few seconds rather than a timeout on every call. Rate limits and code reuse checks keep working,
per process, while Redis is away. (django-redis's IGNORE_EXCEPTIONS was considered: it answers "not
stored" to cache.add(), which makes every TOTP code look used and spins allauth's lock for a second.)
"""

import logging
import time

from django.core.cache.backends.base import BaseCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

REDIS_BACKENDS = {"django.core.cache.backends.redis.RedisCache", "django_redis.cache.RedisCache"}
DEFAULT_OPTIONS = {"socket_connect_timeout": 0.25, "socket_timeout": 0.5}


def resilient_cache(config):
    """A CACHES entry from CACHE_URL, with a Redis backend swapped for the degrading one below."""
    if config.get("BACKEND") in REDIS_BACKENDS:
        config = {**config, "BACKEND": "academy.cache.ResilientRedisCache"}
    return config


class ResilientRedisCache(BaseCache):
    """Redis while it answers; this process's memory for RETRY_AFTER seconds after it does not."""

    def __init__(self, server, params):
        super().__init__(params)
        options = dict(params.get("OPTIONS") or {})
        self.retry_after = float(options.pop("RETRY_AFTER", 5))
        self.redis = RedisCache(server, {**params, "OPTIONS": {**DEFAULT_OPTIONS, **options}})
        self.fallback = LocMemCache(f"redis-fallback-{server}", {k: v for k, v in params.items() if k != "OPTIONS"})
        self.down_until = 0.0

    def call(self, name, *args, **kwargs):
        if time.monotonic() >= self.down_until:
            try:
                return getattr(self.redis, name)(*args, **kwargs)
            except RedisError as error:
                self.down_until = time.monotonic() + self.retry_after
                logger.warning("Cache unavailable, using local memory for %ss: %s", self.retry_after, error)
        return getattr(self.fallback, name)(*args, **kwargs)

    def ping(self):
        """True when Redis itself answers (the health check asks this, not the fallback)."""
        try:
            self.redis._cache.get_client(write=True).ping()
        except RedisError:
            return False
        self.down_until = 0.0
        return True

    def close(self, **kwargs):
        try:
            self.redis.close(**kwargs)
        except RedisError:
            pass


def delegated(name):
    def method(self, *args, **kwargs):
        return self.call(name, *args, **kwargs)

    method.__name__ = name
    method.__doc__ = f"RedisCache.{name}, or the local fallback while Redis is down."
    return method


for _name in (
    "add",
    "get",
    "set",
    "touch",
    "delete",
    "get_many",
    "set_many",
    "delete_many",
    "has_key",
    "incr",
    "clear",
):
    setattr(ResilientRedisCache, _name, delegated(_name))
