"""The crawl run in a worker: recorded under the enqueued run, kept open until the crawl drains, finished once.

Replaces CrawlRunExtension in workers.  Opening is the same (the run key comes from the crawl, so start_run
returns the run `enqueue` opened and every worker records under it).  While other workers still have requests of
the crawl in progress, an idle spider stays open: their callbacks may queue more work.  On close the worker
leaves the crawl (crawler.distributed.crawls.leave); the last one out finishes the run with everyone's summed
stats, and raises the zero-reports alarm on those sums (listing pages read, no report item at all).
"""

from __future__ import annotations

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CloseSpider, DontCloseSpider

from crawler.context import close_context, crawl_context
from crawler.distributed import crawls
from crawler.distributed.settings import redis_client
from crawler.extensions.runs import ZERO_REPORTS_ALARM, CrawlRunExtension, raise_zero_reports_alarm

CRAWL_SETTING = "NIANBAO_CRAWL"  # the Crawl this crawler works, set by the worker (crawler.distributed.worker)


class DistributedRunExtension(CrawlRunExtension):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.server = redis_client(crawler.settings)
        self.worker = crawler.settings["NIANBAO_WORKER_ID"]
        self.crawl = crawls.Crawl(**crawler.settings.getdict(CRAWL_SETTING))
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)

    def spider_idle(self, spider: Spider) -> None:
        if not crawls.is_current(self.server, self.crawl):
            raise CloseSpider("cancelled")  # finished by others or cancelled while this worker idled
        if not crawls.is_drained(self.server, self.crawl):
            raise DontCloseSpider  # other workers' requests in progress may still queue more

    async def spider_closed(self, spider: Spider, reason: str) -> None:
        context = crawl_context(self.crawler)
        await context.settle()
        left = crawls.leave(self.server, self.crawl, self.worker, self.crawler.stats.get_stats())
        spider.logger.info("left crawl %s (%s): %s", self.crawl.name, self.crawl.run_key, left.outcome)
        if left.outcome == "finish" and context.run is not None:
            stats = left.stats
            if raise_zero_reports_alarm(stats, spider):
                stats[ZERO_REPORTS_ALARM] = 1
            stats["distributed/finished_by"] = self.worker
            context.archive.finish_run(context.run, "finished", stats)
        elif context.run is not None:
            context.archive.close_run_files(context.run)  # the worker's archive stays open for its other crawls
        close_context(self.crawler)
