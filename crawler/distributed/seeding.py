"""A crawl's start requests are queued once, by `enqueue`, never by the workers.

`enqueue` builds the spider with the crawl's arguments exactly as a worker will (same settings, same class) and
runs its `async def start()` to completion, putting every request into the shared queue through the shared
duplicate filter.  So the queue holds the crawl's start before any worker sees the crawl, and a worker that
joins late, or restarts, cannot start the crawl again: QueuedStartMiddleware discards what `start()` yields in a
worker.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any, TypeVar

import redis
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.settings import Settings
from scrapy_redis.dupefilter import RFPDupeFilter

from crawler.distributed.connection import DistributedError
from crawler.distributed.keys import CrawlKeys
from crawler.distributed.queue import ReliableQueue

S = TypeVar("S", bound=Spider)


def build_spider(spidercls: type[S], settings: Settings, arguments: dict[str, str]) -> S:
    """The spider as a worker will build it, without running a crawl."""
    crawler = Crawler(spidercls, settings)
    try:
        return spidercls.from_crawler(crawler, **arguments)
    except (TypeError, ValueError) as exc:  # a bad argument (years=abc) is the user's to fix: one line
        raise DistributedError(f"{spidercls.name}: bad arguments {arguments}: {exc}") from None


def start_requests(spider: Spider) -> list[Request]:
    """What the spider's `start()` yields, run to the end outside any crawl."""

    async def collect() -> list[Request]:
        return [r async for r in spider.start() if isinstance(r, Request)]

    try:
        return asyncio.run(collect())
    except Exception as exc:  # e.g. discovery, whose start needs a running crawl: it keeps its own frontier
        raise DistributedError(f"{spider.name}: its start cannot be queued for workers ({type(exc).__name__}: "
                               f"{str(exc).splitlines()[0] if str(exc) else ''}); crawl it with `scrapy crawl`") \
            from None


def seed(server: redis.Redis, spider: Spider, requests: list[Request]) -> int:
    """Queue the start requests (through the crawl's duplicate filter); returns how many were queued."""
    keys = CrawlKeys(spider.name)
    queue = ReliableQueue(server, spider, keys, worker="enqueue")
    seen = RFPDupeFilter(server, key=keys.dupefilter)
    queued = 0
    for request in requests:
        if request.dont_filter or not seen.request_seen(request):
            queue.push(request)
            queued += 1
    return queued


class QueuedStartMiddleware:
    """Spider middleware of the workers: the start requests are already queued (see the module docstring)."""

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        return
        yield
