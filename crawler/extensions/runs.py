"""The crawl run record (start, end, finish reason, stats) and the zero-reports alarm.

The run is finished once the crawl has settled (crawler/context.py): everything it recorded is durable and the
parses it waits for are done, so the run's stats count them.

A site that silently broke is the most common failure of scrapers: a crawl that read listing pages but found no
report link at all is flagged in its stats (`nianbao/alarm/zero_reports`) and logged as an error.  At the start of
a crawl the spider is told what its last crawl found per configured listing (crawler/healing.py): a listing that
listed reports then and none now is gone.
"""

from __future__ import annotations

import resource
from typing import Any
from urllib.parse import urlsplit

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from crawler import healing
from crawler.base import REPORT_LINKS_STAT
from crawler.context import close_context, crawl_context


class CrawlRunExtension:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlRunExtension:
        return cls(crawler)

    def spider_opened(self, spider: Spider) -> None:
        context = crawl_context(self.crawler)
        base_url = getattr(spider, "base_url", None)
        context.archive.ensure_site(spider.name, base_url=base_url, name=_site_name(spider, base_url))
        if hasattr(spider, "listings_seen_before"):
            spider.listings_seen_before = healing.previous_root_links(context.archive.last_run_stats(spider.name))
        context.run = context.archive.start_run(spider.name, _arguments(spider), key=getattr(spider, "run_key", None))
        spider.logger.info("crawl run %s into %s", context.run.key, context.archive.config.data_dir)

    async def spider_closed(self, spider: Spider, reason: str) -> None:
        context = crawl_context(self.crawler)
        await context.settle()  # every write durable, the parses the crawl waits for done: then the run ends
        stats = self.crawler.stats
        # (Scrapy's memusage/max is sampled once a minute; the kernel's peak is exact)
        stats.set_value("nianbao/peak_rss_mb", round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1))
        if raise_zero_reports_alarm(stats.get_stats(), spider):
            stats.set_value(ZERO_REPORTS_ALARM, 1)
        if getattr(spider, "generic", False) and getattr(spider, "site_government", None):
            # discovery learns whose site it is from the home page, after the site's row was made
            context.archive.ensure_site(spider.name, name=_site_name(spider, getattr(spider, "base_url", None)))
        if context.run is not None:
            context.archive.finish_run(context.run, reason, _json_safe(stats.get_stats()))
        close_context(self.crawler)


ZERO_REPORTS_ALARM = "nianbao/alarm/zero_reports"


def raise_zero_reports_alarm(stats: dict[str, Any], spider: Spider) -> bool:
    """Listings were read but showed no report link at all (filters aside): the site's layout has probably changed
    and its reports are no longer found — an error, never mistaken for "no new reports"."""
    if stats.get("nianbao/listing_pages", 0) and not stats.get(REPORT_LINKS_STAT, 0):
        spider.logger.error("no report link found on %d listing pages: the site's layout may have changed",
                            stats["nianbao/listing_pages"])
        return True
    return False


def _arguments(spider: Spider) -> dict[str, Any]:
    keys = ("years", "sample", "agency", "run_key")
    return {k: getattr(spider, k) for k in keys if getattr(spider, k, None) is not None}


def _site_name(spider: Spider, base_url: str | None) -> str | None:
    """`<government> — <host>` when the spider knows whose site it is (a site file's title, discovery's home
    page), which storage reads as the site's government (the agency of a report that names none); else the first
    line of its docstring, which says the same for a hand-written spider (a generic spider's says nothing of the
    site: the name is left unknown)."""
    government = getattr(spider, "site_government", None)
    if government:
        return f"{government} — {urlsplit(base_url or '').hostname or spider.name}"
    if getattr(spider, "generic", False):
        return None
    doc = (type(spider).__doc__ or "").strip().splitlines()
    return doc[0].strip() if doc else None


def _json_safe(stats: dict[str, Any]) -> dict[str, Any]:
    """Scalars, and the lists and mappings of URLs the healing records, as they are; anything else as text."""
    return {k: v if isinstance(v, int | float | str | bool | type(None) | list | dict) else str(v)
            for k, v in stats.items()}
