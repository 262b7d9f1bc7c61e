"""The archive, the crawl run and the conditional-GET validators shared by every component of one crawl.

Scrapy builds middlewares, pipelines and extensions separately; they meet here, on the crawler object, so one
crawl opens the archive once, records everything under one crawl run and keeps one set of validators.

Recording goes through the archive's writer thread (storage/writer.py): `record` is awaited on the crawl's own
thread, which never waits for a disk meanwhile.  Before the run is finished, `settle` waits for every write and
for what the crawl's components registered in `before_finish` (the parses the crawl waits for).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import Future
from dataclasses import dataclass, field

from scrapy.crawler import Crawler
from scrapy.utils.misc import load_object

from crawler import SOFTWARE
from crawler.validators import Validators
from storage.archive import Archive, Run
from storage.observation import FetchResult, Observation

log = logging.getLogger(__name__)

_ATTRIBUTE = "_nianbao_context"
# The context of this process's crawl, for code Scrapy does not hand a crawler to (the browser's request routes).
_current: CrawlContext | None = None


@dataclass
class CrawlContext:
    archive: Archive
    run: Run | None = None
    validators: Validators = field(init=False)
    # Awaited in order by `settle`, before the crawl run is finished (crawler/extensions/parses.py adds one).
    before_finish: list[Callable[[], Awaitable[None]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.validators = Validators(self.archive)

    async def record(self, obs: Observation) -> FetchResult:
        """Record one exchange under the crawl run (its site: the run's spider, unless the exchange names one),
        durably (the writer thread does it); its validators are the URL's from now on.  Raises what kept it out of
        the archive."""
        result = await asyncio.wrap_future(self.archive.writer.record_fetch(self._sited(obs), self.run))
        self.validators.learn(obs, result)
        return result

    def record_later(self, obs: Observation) -> Future[FetchResult]:
        """Record an exchange nothing waits for (a request that got no response): a failure is only logged."""
        future = self.archive.writer.record_fetch(self._sited(obs), self.run)
        future.add_done_callback(_log_failure)
        return future

    def _sited(self, obs: Observation) -> Observation:
        if self.run is not None and not (obs.context or {}).get("site"):
            obs.context = {**(obs.context or {}), "site": self.run.spider}
        return obs

    async def settle(self) -> None:
        """Every write of the crawl durable, then what `before_finish` waits for."""
        await asyncio.to_thread(self.archive.writer.flush)
        for step in self.before_finish:
            await step()


def crawl_context(crawler: Crawler) -> CrawlContext:
    """The crawl's context, opening the archive (NIANBAO_DATA / DATABASE_URL) on first use.

    `NIANBAO_ARCHIVE_FACTORY` (import path of a callable taking the crawler) may supply the archive instead: a
    distributed worker runs many crawls in one process and gives them one archive (one database pool)."""
    global _current
    context = getattr(crawler, _ATTRIBUTE, None)
    if context is None:
        factory = crawler.settings.get("NIANBAO_ARCHIVE_FACTORY")
        context = CrawlContext(load_object(factory)(crawler) if factory else Archive.open(software=SOFTWARE))
        setattr(crawler, _ATTRIBUTE, context)
        _current = context
    return context


def current_context() -> CrawlContext | None:
    """The running crawl's context in this process (one crawl per process), or None outside a crawl."""
    return _current


def _log_failure(future: Future[FetchResult]) -> None:
    if future.exception() is not None:
        log.error("could not archive a failed exchange: %s", future.exception())


def close_context(crawler: Crawler) -> None:
    global _current
    context = getattr(crawler, _ATTRIBUTE, None)
    if context is not None:
        context.archive.close()
        delattr(crawler, _ATTRIBUTE)
        if _current is context:
            _current = None
