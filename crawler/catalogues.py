"""Site spiders on the Guangdong platform: the gkmlpt disclosure catalogues they read besides their columns.

`GkmlptMixin` reads the site's own catalogue (`gkmlpt_index`) through its JSON API (crawler/gkmlpt.py: the index
page's config, the API's rows), and every other catalogue the crawl comes across: a department's or subdistrict's
`<prefix>/gkmlpt/`, linked from a listing or named by a report link or an API row.  API requests are marked as
platform endpoints (PLATFORM_META): the real platform resets connections of clients it does not take for browsers
(crawler/middlewares/platform.py retries them once through the browser).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import scrapy
from scrapy.http import Response

from crawler.base import ReportSpider
from crawler.gkmlpt import api_url, articles, catalogue_index, more_pages, read_index
from crawler.middlewares.platform import PLATFORM_META
from crawler.roles import API, LISTING, ROLE_META
from crawler.titles import read_title


class GkmlptMixin(ReportSpider):
    """For ReportSpider subclasses on the Guangdong platform: set `gkmlpt_index` to the site's catalogue page.

    Every other catalogue the crawl comes across (a link into a department's `<prefix>/gkmlpt/`, on a listing or
    as a report link) is read the same way, once."""

    gkmlpt_index: str | None = None

    def configured_roots(self) -> list[str]:
        return [*super().configured_roots(), *([self.gkmlpt_index] if self.gkmlpt_index else [])]

    def start_requests_extra(self) -> Iterable[scrapy.Request]:
        yield from super().start_requests_extra()
        if self.gkmlpt_index:
            yield from self.catalogue_requests([self.gkmlpt_index], self.gkmlpt_index)

    def listing_request(self, url: str, root: str, **meta: Any) -> scrapy.Request:
        """A configured listing that is a catalogue's index page is read as a catalogue."""
        if catalogue_index(url) == url:
            return next(self.catalogue_requests([url], root), None) or super().listing_request(url, root, **meta)
        return super().listing_request(url, root, **meta)

    def catalogue_requests(self, urls: Iterable[str], root: str) -> Iterator[scrapy.Request]:
        """The index pages of the catalogues `urls` lead into, each requested once per crawl; their reports count
        for the configured listing `root` that led to them."""
        read: set[str] = self.__dict__.setdefault("_catalogues_read", set())
        for url in urls:
            index = catalogue_index(url)
            if index is None or index in read or not self.on_site(index):
                continue
            read.add(index)
            self.requested.add(index)
            yield scrapy.Request(index, callback=self.parse_gkmlpt_index, errback=self.listing_failed,
                                 meta={"listing_root": root, ROLE_META: LISTING})

    def listing_extras(self, response: Response, links: list[str]) -> Iterator[scrapy.Request]:
        yield from super().listing_extras(response, links)
        yield from self.catalogue_requests(links, response.meta.get("listing_root", response.url))

    def parse_gkmlpt_index(self, response: Response) -> Iterator[scrapy.Request]:
        if not self.listing_answered(response):
            return
        catalogue = read_index(response.text) if hasattr(response, "text") else None
        if catalogue is None:
            self.logger.warning("gkmlpt: no site id or annual-report column in %s; layout changed?", response.url)
            self.crawler.stats.inc_value("nianbao/gkmlpt/index_unreadable")
            return
        # (counted as read, not as requested: a worker's start is built outside any crawl, without stats)
        self.crawler.stats.inc_value("nianbao/gkmlpt/catalogues")
        root = response.meta.get("listing_root", response.url)
        for classify_id in catalogue.classify_ids:
            yield self._api_request(response.url, classify_id, catalogue.sid, 1, root)

    def _api_request(self, index_url: str, classify_id: int, sid: str, page: int, root: str) -> scrapy.Request:
        self.requested.add(api_url(index_url, classify_id, sid, page))
        return scrapy.Request(api_url(index_url, classify_id, sid, page), callback=self.parse_gkmlpt_api,
                              meta={"gkmlpt": (index_url, classify_id, sid, page), "listing_root": root,
                                    PLATFORM_META: True, ROLE_META: API})

    def parse_gkmlpt_api(self, response: Response) -> Iterator[scrapy.Request]:
        index_url, classify_id, sid, page = response.meta["gkmlpt"]
        root = response.meta.get("listing_root", index_url)
        try:
            payload = json.loads(response.text)
        except (ValueError, AttributeError):
            self.logger.warning("gkmlpt: API page is not JSON: %s", response.url)
            return
        self.crawler.stats.inc_value("nianbao/listing_pages")
        found = 0
        rows = list(articles(payload, response.url))
        for article in rows:
            title = read_title(article.title)
            if title is None:
                continue
            found += 1
            yield from self.report_request(article.url, article.title, title.year, listing=response.url,
                                           agency_hint=article.publisher)
        self.count_report_links(root, found)
        yield from self.catalogue_requests((article.url for article in rows), root)  # another unit's catalogue
        if more_pages(payload, page) and page < 1000:
            yield self._api_request(index_url, classify_id, sid, page + 1, root)
