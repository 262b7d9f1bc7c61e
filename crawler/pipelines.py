"""Item pipeline: a report page or file that reached the archive is parsed into canonical tables.

The bytes were archived by the recorder middleware before the spider saw them; here they are parsed (in a worker
thread: PDF extraction and OCR take seconds and must not stall downloads; one document at a time bounds memory).
A document the parser cannot read stays archived and is flagged on its row; the crawl goes on.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

from scrapy import Spider
from scrapy.crawler import Crawler

from crawler.archiving.parsing import mark_picture, parse_stored
from crawler.context import crawl_context
from crawler.items import ReportItem


class ReportPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nianbao-parse")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReportPipeline:
        return cls(crawler)

    def close_spider(self, spider: Spider | None = None) -> None:
        self.executor.shutdown(wait=True)

    async def process_item(self, item: ReportItem, spider: Spider | None = None) -> ReportItem:
        stats = self.crawler.stats
        if item.sha256 is None:
            stats.inc_value("nianbao/items/not_archived")  # a challenge or error response: nothing to parse
            return item
        loop = asyncio.get_running_loop()
        status = await loop.run_in_executor(self.executor, self._parse_if_needed, item, item.sha256)
        stats.inc_value(f"nianbao/documents/{status}")
        return item

    def _parse_if_needed(self, item: ReportItem, sha256: str) -> str:
        archive = crawl_context(self.crawler).archive
        if item.kind == "picture":  # a page's table picture: archived, and read with its page, never alone
            mark_picture(archive, sha256)
            return "picture"
        document = archive.document(sha256) or {}
        if document.get("parse_status") not in (None, "pending"):
            return "already_parsed"  # the same bytes under another URL or an unchanged recrawl: nothing new
        result = parse_stored(archive, sha256, source_urls=[u for u in (item.page_url,) if u], title=item.title,
                              published=item.published, site=item.site)
        return result.status
