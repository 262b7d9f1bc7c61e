"""Item pipeline: a report page or file that reached the archive becomes what the parser makes of its document.

The bytes were archived as they arrived (crawler/extensions/exchanges.py); here a document new to the archive is
parsed — in a worker thread: PDF extraction and OCR take seconds and must not stall downloads; one document at a
time bounds memory — and the item becomes a ParsedReportItem.  Nothing is written here: the parse is recorded by
an extension (crawler/extensions/reports.py), a document the parser cannot read included (flagged on its row).
A document already parsed (by an earlier crawl, or in this one under another URL) passes through unchanged, and so
does one fetched for no report (a page's table picture, role `picture`: its page is parsed with the picture's text).
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

from scrapy import Spider
from scrapy.crawler import Crawler

from crawler.archiving.parsing import ParseOutcome, read_stored
from crawler.context import crawl_context
from crawler.items import ParsedReportItem, ReportItem


class ReportPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nianbao-parse")
        self.taken: set[str] = set()  # documents this crawl has parsed (or is parsing)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReportPipeline:
        return cls(crawler)

    def close_spider(self, spider: Spider | None = None) -> None:
        self.executor.shutdown(wait=True)

    async def process_item(self, item: ReportItem, spider: Spider | None = None) -> ReportItem | ParsedReportItem:
        stats = self.crawler.stats
        if item.sha256 is None:
            stats.inc_value("nianbao/items/not_archived")  # a challenge or error response: nothing to parse
            return item
        outcome = None
        if item.sha256 not in self.taken:
            self.taken.add(item.sha256)
            outcome = await asyncio.get_running_loop().run_in_executor(self.executor, self._parse_if_new, item,
                                                                       item.sha256)
        if outcome is None:
            stats.inc_value("nianbao/documents/already_parsed")  # same bytes elsewhere, an unchanged recrawl
            return item
        return ParsedReportItem(item, outcome)

    def _parse_if_new(self, item: ReportItem, sha256: str) -> ParseOutcome | None:
        archive = crawl_context(self.crawler).archive
        if (archive.document(sha256) or {}).get("parse_status") not in (None, "pending"):
            return None
        return read_stored(archive, sha256)  # with what the spider knew, as its fetch recorded it
