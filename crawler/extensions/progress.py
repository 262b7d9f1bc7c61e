"""The crawl's progress line on the terminal: pages answered, report documents found and new (crawler/progress.py).

Installed for every crawl, active only when the crawl command asked for it (NIANBAO_PROGRESS: a terminal, the log
in a file); the summary at the end is the crawl command's (crawler/scrapy_commands/crawl.py).
"""

from __future__ import annotations

from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from crawler import crawl_summary
from crawler.progress import PROGRESS_SETTING, bar


class CrawlProgress:
    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.getbool(PROGRESS_SETTING):
            raise NotConfigured
        self.crawler = crawler
        self.bar: Any = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.response_received, signal=signals.response_received)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlProgress:
        return cls(crawler)

    def spider_opened(self, spider: Any) -> None:
        self.bar = bar(f"crawl {spider.name}", unit=" pages")

    def response_received(self, **_: Any) -> None:
        if self.bar is None:
            return
        stats = self.crawler.stats
        assert stats is not None
        self.bar.set_postfix_str(f"report documents {stats.get_value(crawl_summary.REPORTS + 'found', 0)}, "
                                 f"new {stats.get_value(crawl_summary.REPORTS + 'new', 0)}", refresh=False)
        self.bar.update(1)

    def spider_closed(self, **_: Any) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
