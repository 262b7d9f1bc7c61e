"""The worker's Scrapy scheduler: scrapy-redis' shared queue and duplicate filter, with requests acknowledged.

A request taken from the shared queue stays parked under this worker (crawler.distributed.queue) until Scrapy is
completely done with it: its response went through the callback and every request the callback yielded is in the
shared queue, every item through the pipeline (the document parsed), or a redirect or retry that replaced it is
queued.  Scrapy marks that moment by removing the request from the engine slot's `inprogress` set (which it also
uses to know when a spider may close); the scheduler watches that set, then deletes the parked copy.

Scrapy has no public signal for "request completely processed", hence the watched set; `open` fails loudly if a
Scrapy upgrade moves it, rather than silently never acknowledging.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler

from crawler.distributed.keys import CrawlKeys
from crawler.distributed.queue import ReliableQueue
from crawler.distributed.settings import redis_client

log = logging.getLogger(__name__)


class _WatchedSet(set[Request]):
    """The engine's in-progress set, calling back when a request leaves it."""

    def __init__(self, items: Iterable[Request], on_remove: Callable[[Request], None]) -> None:
        super().__init__(items)
        self._on_remove = on_remove

    def remove(self, request: Request) -> None:
        super().remove(request)
        self._on_remove(request)


class DistributedScheduler(Scheduler):
    crawler: Crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DistributedScheduler:
        scheduler = cls(server=redis_client(crawler.settings), persist=True)
        scheduler.stats = crawler.stats
        scheduler.crawler = crawler
        return scheduler

    def open(self, spider: Spider) -> None:
        self.spider = spider
        self.keys = CrawlKeys(spider.name)
        self.queue = ReliableQueue(self.server, spider, self.keys, self.crawler.settings["NIANBAO_WORKER_ID"])
        self.df = RFPDupeFilter(self.server, key=self.keys.dupefilter)
        self._parked: dict[Request, str] = {}
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is None or not isinstance(getattr(slot, "inprogress", None), set):
            raise RuntimeError("the engine slot's inprogress set is gone (Scrapy upgrade?): requests taken from the "
                               "shared queue could never be acknowledged")
        slot.inprogress = _WatchedSet(slot.inprogress, self._completed)

    def close(self, reason: str) -> None:
        """The queue and the filter belong to the crawl, not to this worker: nothing is flushed."""

    # The parent's versions pass `spider=` to the stats collector, deprecated since Scrapy 2.16.
    def enqueue_request(self, request: Request) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self) -> Request | None:
        try:
            taken = self.queue.take()
        except Exception:
            log.exception("a queued request of %s cannot be read; dropped", self.keys.name)
            self.stats.inc_value("nianbao/distributed/unreadable_requests")
            return None
        if taken is None:
            return None
        request, field = taken
        self._parked[request] = field
        self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def _completed(self, request: Request) -> None:
        field = self._parked.pop(request, None)
        if field is not None:  # (robots.txt fetches pass through the slot too, never through the queue)
            self.queue.ack(field)
