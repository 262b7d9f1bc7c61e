"""The Redis server every worker shares (REDIS_URL), and the errors of the distributed mode."""

from __future__ import annotations

import os

import redis

from crawler.errors import NianbaoError

REDIS_ENV = "REDIS_URL"


class DistributedError(NianbaoError):
    """The distributed mode cannot work: no or unreachable Redis, an unknown spider, a conflicting crawl."""


class CrawlBusyError(DistributedError):
    """Another crawl of the same site is still active (one crawl per site at a time, as on one machine)."""


def redis_url(explicit: str | None = None) -> str:
    url = explicit or os.environ.get(REDIS_ENV)
    if not url:
        raise DistributedError(f"the distributed mode needs a Redis server: set {REDIS_ENV} (redis://host:6379/0)")
    return url


def text(reply: object) -> str:
    """A Redis reply as text (this mode's clients answer bytes: queued requests are pickles)."""
    if isinstance(reply, bytes):
        return reply.decode()
    if isinstance(reply, str):
        return reply
    raise DistributedError(f"unexpected Redis reply {reply!r}")


def connect(url: str | None = None) -> redis.Redis:
    """A client on REDIS_URL (bytes in, bytes out: queued requests are pickles), checked with a PING."""
    url = redis_url(url)
    try:
        client = redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=10, retry_on_timeout=True)
        client.ping()
    except (redis.RedisError, ValueError) as exc:
        raise DistributedError(f"cannot reach Redis at {url}: {str(exc).splitlines()[0] if str(exc) else exc}") \
            from None
    return client
