"""The archive, the crawl run and the conditional-GET validators shared by every component of one crawl.

Scrapy builds middlewares, pipelines and extensions separately; they meet here, on the crawler object, so one
crawl opens the archive once, records everything under one crawl run and keeps one set of validators.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from scrapy.crawler import Crawler
from scrapy.utils.misc import load_object

from crawler import SOFTWARE
from crawler.validators import Validators
from storage.archive import Archive, Run
from storage.observation import FetchResult, Observation

_ATTRIBUTE = "_nianbao_context"
# The context of this process's crawl, for code Scrapy does not hand a crawler to (the browser's request routes).
_current: CrawlContext | None = None


@dataclass
class CrawlContext:
    archive: Archive
    run: Run | None = None
    validators: Validators = field(init=False)

    def __post_init__(self) -> None:
        self.validators = Validators(self.archive)

    def record(self, obs: Observation) -> FetchResult:
        """Record one exchange under the crawl run (its site: the run's spider, unless the exchange names one);
        its validators are the URL's from now on."""
        if self.run is not None and not (obs.context or {}).get("site"):
            obs.context = {**(obs.context or {}), "site": self.run.spider}
        result = self.archive.record_fetch(obs, run=self.run)
        self.validators.learn(obs, result)
        return result


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


def close_context(crawler: Crawler) -> None:
    global _current
    context = getattr(crawler, _ATTRIBUTE, None)
    if context is not None:
        context.archive.close()
        delattr(crawler, _ATTRIBUTE)
        if _current is context:
            _current = None
