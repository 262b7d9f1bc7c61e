"""What the parser made of a new document, recorded: its parse status on its row, and a report's tables.

The pipeline parses (crawler/pipelines.py) and hands on a ParsedReportItem; when Scrapy has it (`item_scraped`),
this records it (`record_parse`) in a thread of its own, so a report's rows never stall the
downloads.  Scrapy awaits the handler before it lets the spider close, so every parse is recorded before the crawl
run's stats are (`nianbao/documents/<parsed|not_report|failed>`).  A crawl killed in between leaves the document
pending: the next crawl (or `reparse`) parses it again.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler

from crawler.archiving.parsing import ParseResult, record_parse
from crawler.context import crawl_context
from crawler.items import ParsedReportItem


class ParseRecorder:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nianbao-record")
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ParseRecorder:
        return cls(crawler)

    async def item_scraped(self, item: Any, **_: Any) -> None:
        if not isinstance(item, ParsedReportItem):
            return
        result = await asyncio.get_running_loop().run_in_executor(self.executor, self._record, item)
        self.crawler.stats.inc_value(f"nianbao/documents/{result.status}")

    def spider_closed(self, **_: Any) -> None:
        self.executor.shutdown(wait=True)

    def _record(self, item: ParsedReportItem) -> ParseResult:
        return record_parse(crawl_context(self.crawler).archive, item.outcome)
