"""ReportSpider: the base of every site spider (kingfisher-collect style: site spiders only declare attributes).

Flow, one callback per kind of response:
    listing  → parse_listing:    report links (by the title test), sub-columns below the listing, next pages
    detail   → parse_detail:     a ReportItem for the page, a request per attachment
    file     → parse_attachment: a ReportItem for the file

Spider arguments (`scrapy crawl haizhu -a years=2021-2024 -a sample=1 -a agency=信访局`):
    years   only reports of these years (2023, 2021-2024, 2021-, -2020)
    sample  stop after this many reports (a quick check that the site still works)
    agency  only reports whose title contains this text
    run_key identity of the crawl run (the scheduler passes one so a retried launch is recognised)

Site attributes (class attributes of the spider):
    base_url            the site's real origin; allowed_domains is derived from it
    generic             True for a spider that crawls whatever site its arguments name (discover, site): not a
                        site of its own, so never scheduled, demoed or recorded unless named (crawler/sites.py)
    listing_urls        where the annual-report columns start (real URLs)
    js_listing          listing pages are drawn by JavaScript: fetch them through the browser
    js_wait_for         CSS selector the browser waits for on a JS listing (default: network idle)
    follow_sub_listings follow columns linked below a listing (`bm/`, `2019n/`, `<unit>/index.html`)
    sub_listing_text    per listing root: a pattern the link text of a followed sub-column must match
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.settings import BaseSettings

from crawler.browser import init_page
from crawler.items import FETCH_META, ReportItem
from crawler.links import attachment_links, is_document, next_pages, report_links, sub_listings
from crawler.middlewares.conditional import NOT_MODIFIED_META
from crawler.pagechrome import Chrome, read_chrome, year_from_published
from crawler.titles import report_year
from crawler.transport import download_handlers
from crawler.years import parse_years

REPORT_LINKS_STAT = "nianbao/report_links"


class ReportSpider(scrapy.Spider):
    # What a site spider declares on its class (a spider built from a site file or a start URL sets them per crawl).
    base_url: str
    generic: ClassVar[bool] = False
    listing_urls: tuple[str, ...] = ()
    js_listing: ClassVar[bool] = False
    js_wait_for: ClassVar[str | None] = None
    follow_sub_listings: bool = True
    # The government whose site this is (`麓塘县人民政府`): the agency of a report nothing else names, marked inferred.
    site_government: str | None = None
    # Root listing URL → pattern a link's text must match to be followed as a sub-column below it (for roots
    # such as a department index, where most sub-columns are not report columns).
    sub_listing_text: ClassVar[dict[str, str]] = {}
    # Bounds of a listing crawl (see parse_listing).
    MAX_LISTING_LEVELS: ClassVar[int] = 6
    MAX_BARREN_PAGES: ClassVar[int] = 5
    MAX_LISTING_PAGES: ClassVar[int] = 2000

    def __init__(self, *args: Any, years: str | None = None, sample: str | None = None, agency: str | None = None,
                 run_key: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.years = parse_years(years)
        self.sample = int(sample) if sample else None
        self.agency = agency or None
        self.run_key = run_key
        self.allowed_domains = [urlsplit(self.base_url).hostname or ""]
        self.reports_requested = 0
        self.report_links_seen: set[str] = set()
        self.pages_per_root: dict[str, int] = {}

    @classmethod
    def site_domain(cls) -> str:
        """The host (or, for a site spanning hosts, the domain) the spider crawls, known without arguments."""
        return urlsplit(cls.base_url).hostname or ""

    @classmethod
    def check_arguments(cls, *, years: str | None = None, sample: str | None = None, **_: str | None) -> None:
        """Raise ValueError for arguments the spider cannot use (`scrapy crawl` turns it into one line)."""
        parse_years(years)
        if sample is not None and not (sample.isdigit() and int(sample) > 0):
            raise ValueError(f"sample must be a positive number of reports, not {sample!r}")

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        handlers = download_handlers(js=cls.js_listing)
        if handlers:
            settings.set("DOWNLOAD_HANDLERS", {**settings.getdict("DOWNLOAD_HANDLERS"), **handlers}, priority="spider")
        settings.set("NIANBAO_JS", cls.js_listing, priority="spider")

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.listing_urls:
            yield self.listing_request(url, root=url)
        for request in self.start_requests_extra():
            yield request

    def start_requests_extra(self) -> Iterable[scrapy.Request]:
        """Site-specific entry points besides the listing columns (e.g. a disclosure-catalogue API)."""
        return ()

    # -- listings -------------------------------------------------------------------------------------------
    def listing_request(self, url: str, root: str, **meta: Any) -> scrapy.Request:
        meta = {"listing_root": root, **meta}
        if self.js_listing:
            from scrapy_playwright.page import PageMethod  # (Playwright loads only for a browser spider)

            wait = (PageMethod("wait_for_selector", self.js_wait_for) if self.js_wait_for
                    else PageMethod("wait_for_load_state", "networkidle"))
            meta |= {"playwright": True, "playwright_page_methods": [wait],
                     "playwright_page_init_callback": init_page}
        return scrapy.Request(url, callback=self.parse_listing, meta=meta)

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        """Reports, sub-columns and further pages of a listing.

        How far to go is decided here, not by Scrapy's DEPTH_LIMIT (which would count every 下一页 as a level and
        cut long columns short): sub-columns nest at most MAX_LISTING_LEVELS deep; a pager is followed while its
        pages bring report links not seen before, and given up after MAX_BARREN_PAGES pages in a row that bring
        none (what ends a calendar-style trap); no listing root gets more than MAX_LISTING_PAGES pages."""
        root = response.meta.get("listing_root", response.url)
        level = response.meta.get("listing_level", 0)
        self.crawler.stats.inc_value("nianbao/listing_pages")
        self.pages_per_root[root] = self.pages_per_root.get(root, 0) + 1
        new_reports = 0
        for link, year in report_links(response):
            if link.url not in self.report_links_seen:
                self.report_links_seen.add(link.url)
                new_reports += 1
            yield from self.report_request(link.url, link.text, year, listing=response.url)
        if self.pages_per_root[root] >= self.MAX_LISTING_PAGES:
            self.crawler.stats.inc_value("nianbao/listing_cap_reached")
            return
        if self.follow_sub_listings and level < self.MAX_LISTING_LEVELS:
            pattern = self.sub_listing_text.get(root)
            for url in sub_listings(response, root, text=re.compile(pattern) if pattern else None):
                yield self.listing_request(url, root=root, listing_level=level + 1)
        barren = 0 if new_reports else response.meta.get("barren_pages", 0) + 1
        if barren > self.MAX_BARREN_PAGES:
            self.crawler.stats.inc_value("nianbao/pager_abandoned")
            return
        for url in next_pages(response):
            yield self.listing_request(url, root=root, listing_level=level, barren_pages=barren)

    # -- reports --------------------------------------------------------------------------------------------
    def wanted(self, title: str, year: int | None) -> bool:
        if self.years and (year is None or not self.years[0] <= year <= self.years[1]):
            return False
        return not (self.agency and self.agency not in "".join(title.split()))

    def on_site(self, url: str) -> bool:
        """May this spider fetch `url`?  Its own host only (discovery widens this to the site's domain)."""
        return (urlsplit(url).hostname or "") in self.allowed_domains

    def report_request(self, url: str, title: str, year: int | None, *, listing: str,
                       agency_hint: str | None = None) -> Iterator[scrapy.Request]:
        """A request for a report found on a listing (its page, or the file itself when the listing links it)."""
        # Counted before any filter: the zero-reports alarm asks whether the site still shows reports at all.
        self.crawler.stats.inc_value(REPORT_LINKS_STAT)
        if not self.wanted(title, year):
            return
        if not self.on_site(url):
            self.crawler.stats.inc_value("nianbao/offsite_report_links")
            self.logger.info("report linked off-site, recorded not fetched: %s (%s)", url, title)
            return
        if self.sample is not None and self.reports_requested >= self.sample:
            return
        self.reports_requested += 1
        meta = {"title": title, "year": year, "listing_url": listing, "agency_hint": agency_hint}
        callback = self.parse_attachment if is_document(url) else self.parse_detail
        yield scrapy.Request(url, callback=callback, meta=meta)

    def parse_detail(self, response: Response) -> Iterator[ReportItem | scrapy.Request]:
        page_title = _page_title(response)
        title = response.meta.get("title") or page_title
        chrome = read_chrome(response.text) if isinstance(response, TextResponse) else Chrome()
        # The year: the link's title, else the page's own title, else the publication date the page prints.
        year = response.meta.get("year") or report_year(title) or report_year(page_title) \
            or year_from_published(chrome.published)
        agency_hint = response.meta.get("agency_hint") or chrome.agency
        yield self.item(response, "page", title, year=year, agency_hint=agency_hint, published=chrome.published)
        for link in attachment_links(response):
            if not self.on_site(link.url):
                continue
            yield scrapy.Request(link.url, callback=self.parse_attachment, meta={
                "title": title, "year": year, "listing_url": response.meta.get("listing_url"),
                "page_url": response.url, "agency_hint": agency_hint, "published": chrome.published,
                "attachment_text": link.text})

    def parse_attachment(self, response: Response) -> Iterator[ReportItem]:
        yield self.item(response, "attachment", response.meta.get("title"))

    def item(self, response: Response, kind: str, title: str | None, *, year: int | None = None,
             agency_hint: str | None = None, published: Any = None) -> ReportItem:
        fetch = response.meta.get(FETCH_META)
        published = published or response.meta.get("published")
        return ReportItem(
            site=self.name, kind=kind, url=response.url, title=title,
            year=year or response.meta.get("year") or report_year(title),
            agency_hint=agency_hint or response.meta.get("agency_hint"), listing_url=response.meta.get("listing_url"),
            published=published.isoformat() if published else None,
            page_url=response.meta.get("page_url"), sha256=fetch.sha256 if fetch else None,
            outcome="not_modified" if response.meta.get(NOT_MODIFIED_META) else (fetch.outcome if fetch else None),
            extra={"site_government": self.site_government} if self.site_government else {},
        )


def _page_title(response: Response) -> str | None:
    if not isinstance(response, TextResponse):
        return None
    for query in ("h1::text", "title::text"):
        text = " ".join(response.css(query).getall()).strip()
        if text:
            return " ".join(text.split())
    return None
