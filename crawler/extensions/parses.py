"""The parse of every new document a report item names: queued in the archive, parsed by a pool of processes.

On `item_scraped` (a report page or file whose bytes are archived), the document is put on the archive's parse
queue (storage/parse_queue.py) through the writer thread, once per crawl; a document the parser has read already
(an earlier crawl, another URL) is left alone.  Scrapy awaits the handler, so an item is done — and in distributed
mode its request acknowledged — only once its parse request is durable.

The parsing itself happens in other processes: a pool of `NIANBAO_PARSE_PROCESSES` (default: one per core)
started with the first queued document (crawler/archiving/pool.py), or parse workers elsewhere (`python -m crawler
parse-worker`, with `NIANBAO_PARSE_PROCESSES=0` here).  Before the crawl run is finished (CrawlContext.settle) the
crawl waits until every document it queued is parsed (`NIANBAO_PARSE_WAIT`, default on: a one-off crawl ends
with parsed reports), then counts them in its stats: `nianbao/documents/<parsed|not_report|failed|pending>`.
With `NIANBAO_PARSE_WAIT=0` it ends as soon as it has crawled, leaving what is not parsed yet queued for the
next crawl's pool, a parse worker or `reparse`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

from crawler.archiving.pool import ParsePool
from crawler.context import crawl_context
from crawler.items import ReportItem

log = logging.getLogger(__name__)

WAIT_POLL_SECONDS = 0.2
PROGRESS_SECONDS = 30.0  # how often a crawl waiting for its parses says how many are left


class ParseRequester:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.processes = crawler.settings.getint("NIANBAO_PARSE_PROCESSES")
        self.wait = crawler.settings.getbool("NIANBAO_PARSE_WAIT")
        self.requested: set[str] = set()  # documents this crawl asked to have parsed (or found parsed)
        self.queued: set[str] = set()  # … of which the parser had not read yet: queued by this crawl
        self.pool: ParsePool | None = None
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ParseRequester:
        return cls(crawler)

    async def item_scraped(self, item: Any, **_: Any) -> None:
        if not isinstance(item, ReportItem):
            return
        stats = self.crawler.stats
        if item.sha256 is None:
            stats.inc_value("nianbao/items/not_archived")  # a challenge or error response: nothing to parse
            return
        if item.sha256 in self.requested:
            stats.inc_value("nianbao/documents/already_parsed")  # the same bytes under another URL of this crawl
            return
        context = crawl_context(self.crawler)
        if not self.requested:
            context.before_finish.append(self.finish)
        self.requested.add(item.sha256)
        # (what the spider knew of the document — title, year, agency, site — was recorded with its fetch)
        queued = await asyncio.wrap_future(context.archive.writer.enqueue_parse(item.sha256, context.run))
        if not queued:
            stats.inc_value("nianbao/documents/already_parsed")  # same bytes parsed before: an unchanged recrawl
            return
        stats.inc_value("nianbao/documents/queued")
        self.queued.add(item.sha256)
        if self.processes > 0:
            if self.pool is None:
                self.pool = ParsePool(context.archive, self.processes)
            self.pool.wake(queued=len(self.queued))

    async def finish(self) -> None:
        """Wait for the parses this crawl queued (if it waits), stop the pool, count how they came out."""
        context = crawl_context(self.crawler)
        try:
            if self.wait and self.queued and context.run is not None:
                await self._wait_for_parses()
        finally:
            if self.pool is not None:
                await asyncio.to_thread(self.pool.stop)
                self._pool_stats(self.pool)
        counts = await asyncio.to_thread(context.archive.parse_statuses, self.queued)
        for status, count in counts.items():
            self.crawler.stats.set_value(f"nianbao/documents/{status}", count)

    async def _wait_for_parses(self) -> None:
        context = crawl_context(self.crawler)
        assert context.run is not None
        said = time.monotonic()
        if self.pool is None:
            log.info("waiting for parse workers to parse the documents this crawl queued")
        while (left := await asyncio.to_thread(context.archive.parses_waiting, context.run)) > 0:
            if self.pool is not None and self.pool.failure:
                log.error("%d documents stay queued: %s", left, self.pool.failure)
                return
            if time.monotonic() - said > PROGRESS_SECONDS:
                log.info("waiting for %d parses", left)
                said = time.monotonic()
            await asyncio.sleep(WAIT_POLL_SECONDS)

    def _pool_stats(self, pool: ParsePool) -> None:
        stats = self.crawler.stats
        stats.set_value("nianbao/parse/processes_started", pool.stats.started)
        stats.set_value("nianbao/parse/processes_recycled", pool.stats.recycled)
        stats.set_value("nianbao/parse/processes_died", pool.stats.died)
        stats.set_value("nianbao/parse/peak_rss_mb", round(pool.stats.peak_rss_mb, 1))
