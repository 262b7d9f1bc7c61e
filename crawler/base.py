"""ReportSpider: the base of every site spider (kingfisher-collect style: site spiders only declare attributes).

Flow, one callback per kind of response:
    listing  → parse_listing:    report links (by the title test, on the page read as discovery reads a list:
                                 crawler/discovery/pages.py), sub-columns below the listing, next pages
    detail   → parse_detail:     a ReportItem for the page, a request per attachment; a page whose tables are
                                 pictures fetches them first (parse_picture, one after the other) and yields its
                                 item last, so the page is parsed with its pictures' text
    file     → parse_attachment: a ReportItem for the file
    picture  → parse_picture:    a ReportItem (kind "picture", never parsed alone), then the next picture or the
                                 page's item

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
    heals               when a configured listing is gone (404, redirected off its column, no report link where
                        the last crawl found some) or the crawl found no report link at all, search the site from
                        its home page within NIANBAO_HEAL_MAX_PAGES requests (crawler/discovery/search.py) and
                        record what failed and what was found (crawler/healing.py; default True)
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any, ClassVar
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response, TextResponse
from scrapy.settings import BaseSettings
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler import healing
from crawler.browser import init_page
from crawler.discovery.frontier import url_key
from crawler.discovery.pages import read_page
from crawler.discovery.search import DEFAULT_MAX_RENDERS, SiteSearch
from crawler.items import FETCH_META, ReportItem
from crawler.links import anchors, attachment_links, is_document, sub_listings, table_image_links
from crawler.middlewares.conditional import NOT_MODIFIED_META
from crawler.pagechrome import Chrome, read_chrome, year_from_published
from crawler.roles import ATTACHMENT, LISTING, PICTURE, REPORT, ROLE_META
from crawler.titles import report_year
from crawler.transport import download_handlers
from crawler.years import parse_years

REPORT_LINKS_STAT = "nianbao/report_links"
DEFAULT_HEAL_MAX_PAGES = 300


class ReportSpider(SiteSearch, scrapy.Spider):
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
    heals: ClassVar[bool] = True

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
        self.listings = healing.Listings(tuple(self.configured_roots()))
        # The last crawl's report links per configured root (CrawlRunExtension tells the spider at its start).
        self.listings_seen_before: dict[str, int] = {}
        self.requested: set[str] = set()  # what the configured crawl asked for (a fallback search skips it)
        self.listing_keys: set[str] = set()  # listing pages asked for, in any of their URL forms
        self.heal_tried = False
        self.heal_failures: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> ReportSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider._idle, signal=signals.spider_idle)
        return spider

    def configured_roots(self) -> list[str]:
        """The entry points the spider's definition names (each is watched: gone ⇒ the fallback search)."""
        return list(self.listing_urls)

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
        # The browser's pages carry the crawl's User-Agent too, whatever set it (environment or `-s USER_AGENT=…`).
        contexts = {name: {**options, "user_agent": settings.get("USER_AGENT")}
                    for name, options in settings.getdict("PLAYWRIGHT_CONTEXTS").items()}
        settings.set("PLAYWRIGHT_CONTEXTS", contexts, priority=settings.getpriority("PLAYWRIGHT_CONTEXTS") or "spider")

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.listing_urls:
            # (dont_filter: two gone columns redirected to one home page must both be seen to fail)
            yield self.listing_request(url, root=url).replace(dont_filter=True)
        for request in self.start_requests_extra():
            yield request

    def start_requests_extra(self) -> Iterable[scrapy.Request]:
        """Site-specific entry points besides the listing columns (e.g. a disclosure-catalogue API)."""
        return ()

    # -- listings -------------------------------------------------------------------------------------------
    def listing_request(self, url: str, root: str, **meta: Any) -> scrapy.Request:
        meta = {"listing_root": root, ROLE_META: LISTING, **meta}
        if self.js_listing:
            from scrapy_playwright.page import PageMethod  # (Playwright loads only for a browser spider)

            wait = (PageMethod("wait_for_selector", self.js_wait_for) if self.js_wait_for
                    else PageMethod("wait_for_load_state", "networkidle"))
            meta |= {"playwright": True, "playwright_page_methods": [wait],
                     "playwright_page_init_callback": init_page}
        self.requested.add(url)
        self.listing_keys.add(url_key(url))
        return scrapy.Request(url, callback=self.parse_listing, errback=self.listing_failed, meta=meta)

    def listing_answered(self, response: Response) -> bool:
        """A listing page arrived: if it is a configured root's first page, was it sent off its column?  (False:
        do not read it as the column: it is the home page a redesigned site sends old URLs to.)"""
        root = response.meta.get("listing_root")
        asked = response.request.url if response.request is not None else response.url
        first = (response.meta.get("redirect_urls") or [asked])[0]
        if root is None or first != root:
            return True
        # (a browser follows redirects itself: only the page's final URL tells)
        return self.listings.first_page_answered(root, response.url, redirected=response.url != root)

    def listing_failed(self, failure: Failure) -> None:
        """A listing request failed for good (404, 410, an error that outlived the retries)."""
        request = failure.request  # type: ignore[attr-defined]  # Scrapy hands an errback its request this way
        root = request.meta.get("listing_root")
        first = (request.meta.get("redirect_urls") or [request.url])[0]
        if isinstance(failure.value, HttpError):
            status = failure.value.response.status
            reason = f"HTTP {status}" + (" (gone)" if status in healing.GONE_STATUSES else "")
        else:
            reason = type(failure.value).__name__
        self.logger.info("listing %s failed: %s", request.url, reason)
        if root is not None and first == root:
            self.listings.first_page_failed(root, reason)

    def count_report_links(self, root: str, found: int) -> None:
        self.listings.count(root, found)

    def listing_extras(self, response: Response, links: list[str]) -> Iterator[scrapy.Request]:
        """Requests a listing page leads to besides reports, sub-columns and pages (a site's catalogue, …)."""
        return iter(())

    def parse_listing(self, response: Response) -> Iterator[scrapy.Request]:
        """Reports, sub-columns and further pages of a listing.

        How far to go is decided here, not by Scrapy's DEPTH_LIMIT (which would count every 下一页 as a level and
        cut long columns short): sub-columns nest at most MAX_LISTING_LEVELS deep; a pager is followed while its
        pages bring report links not seen before, and given up after MAX_BARREN_PAGES pages in a row that bring
        none (what ends a calendar-style trap); no listing root gets more than MAX_LISTING_PAGES pages."""
        root = response.meta.get("listing_root", response.url)
        level = response.meta.get("listing_level", 0)
        if not self.listing_answered(response):
            return
        self.crawler.stats.inc_value("nianbao/listing_pages")
        self.pages_per_root[root] = self.pages_per_root.get(root, 0) + 1
        new_reports = 0
        view = read_page(response)  # as discovery reads a list: anchors, script-held links, rows titled by text
        found = view.reports
        for link, year in found:
            if link.url not in self.report_links_seen:
                self.report_links_seen.add(link.url)
                new_reports += 1
            yield from self.report_request(link.url, link.text, year, listing=response.url)
        self.count_report_links(root, len(found))
        yield from self.listing_extras(response, [link.url for link in anchors(response)])
        if self.pages_per_root[root] >= self.MAX_LISTING_PAGES:
            self.crawler.stats.inc_value("nianbao/listing_cap_reached")
            return
        if self.follow_sub_listings and level < self.MAX_LISTING_LEVELS:
            pattern = self.sub_listing_text.get(root)
            reports = {link.url for link, _ in found}
            for url in sub_listings(response, root, text=re.compile(pattern) if pattern else None):
                if url not in reports:
                    yield self.listing_request(url, root=root, listing_level=level + 1)
        barren = 0 if new_reports else response.meta.get("barren_pages", 0) + 1
        if barren > self.MAX_BARREN_PAGES:
            self.crawler.stats.inc_value("nianbao/pager_abandoned")
            return
        for url in view.next_pages:
            if url_key(url) not in self.listing_keys:  # (a pager's 首页 / 1 is the page already read)
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
        document = is_document(url)
        self.requested.add(url)
        yield scrapy.Request(url, callback=self.parse_attachment if document else self.parse_detail,
                             meta={**meta, ROLE_META: ATTACHMENT if document else REPORT})

    def parse_detail(self, response: Response) -> Iterator[ReportItem | scrapy.Request]:
        page_title = _page_title(response)
        title = response.meta.get("title") or page_title
        chrome = read_chrome(response.text) if isinstance(response, TextResponse) else Chrome()
        # The year: the link's title, else the page's own title, else the publication date the page prints.
        year = response.meta.get("year") or report_year(title) or report_year(page_title) \
            or year_from_published(chrome.published)
        agency_hint = response.meta.get("agency_hint") or chrome.agency
        page_item = self.item(response, "page", title, year=year, agency_hint=agency_hint, published=chrome.published)
        for link in attachment_links(response):
            if not self.on_site(link.url):
                continue
            self.requested.add(link.url)
            yield scrapy.Request(link.url, callback=self.parse_attachment, meta={
                "title": title, "year": year, "listing_url": response.meta.get("listing_url"),
                "page_url": response.url, "agency_hint": agency_hint, "published": chrome.published,
                "attachment_text": link.text, ROLE_META: ATTACHMENT})
        pictures = table_image_links(response) if self.settings.getbool("NIANBAO_TABLE_IMAGES", True) else []
        yield from self._next_picture(page_item, pictures, response.meta)

    def parse_attachment(self, response: Response) -> Iterator[ReportItem]:
        yield self.item(response, "attachment", response.meta.get("title"))

    def _next_picture(self, page_item: ReportItem, pictures: list[str], meta: dict[str, Any]
                      ) -> Iterator[ReportItem | scrapy.Request]:
        """A request for the first picture still to fetch, or the page's item when there is none left.  The picture's
        fetch records its page, year and publisher (role `picture`: archived, never parsed alone; the page's parse
        looks it up by URL: crawler/archiving/parsing.py)."""
        if not pictures:
            yield page_item
            return
        yield scrapy.Request(pictures[0], callback=self.parse_picture, errback=self.picture_failed,
                             dont_filter=True, meta={
                                 "title": page_item.title, "year": page_item.year, "page_url": page_item.url,
                                 "listing_url": meta.get("listing_url"), "agency_hint": page_item.agency_hint,
                                 ROLE_META: PICTURE, "page_item": page_item, "pictures": pictures[1:],
                                 "download_maxsize": self.settings.getint("NIANBAO_TABLE_IMAGE_MAX_BYTES")})

    def parse_picture(self, response: Response) -> Iterator[ReportItem | scrapy.Request]:
        yield self.item(response, "picture", response.meta.get("title"))
        yield from self._next_picture(response.meta["page_item"], response.meta["pictures"], response.meta)

    def picture_failed(self, failure: Any) -> Iterator[ReportItem | scrapy.Request]:
        """A picture that cannot be fetched (gone, too large) leaves the page to be parsed without it."""
        meta = failure.request.meta
        self.logger.info("picture not fetched: %s (%s)", failure.request.url, failure.getErrorMessage())
        yield from self._next_picture(meta["page_item"], meta["pictures"], meta)

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


    # -- self-healing: the fallback search when configured listings are gone -----------------------------------
    def _idle(self) -> None:
        """Nothing in flight: the search's next requests, or — once the configured crawl is done — the fallback."""
        requests = self.idle_requests()
        for request in requests:
            self.crawler.engine.crawl(request)
        if requests:
            raise DontCloseSpider

    def idle_requests(self) -> list[scrapy.Request]:
        if self.search is not None:
            return self.search_idle()
        return self.heal()

    def heal(self) -> list[scrapy.Request]:
        """Start the fallback search if configured listings are gone (once per crawl); its first requests."""
        if not self.heals or not self.settings.getbool("NIANBAO_HEAL", True) or self.heal_tried or not self.base_url:
            return []
        self.heal_tried = True
        if self.sample is not None and self.reports_requested >= self.sample:
            return []
        any_links = bool(self.crawler.stats.get_value(REPORT_LINKS_STAT, 0))
        self.heal_failures = self.listings.failures(self.listings_seen_before, any_links)
        if not self.heal_failures:
            return []
        budget = self.settings.getint("NIANBAO_HEAL_MAX_PAGES", DEFAULT_HEAL_MAX_PAGES)
        renders = self.settings.getint("NIANBAO_HEAL_MAX_RENDERS", DEFAULT_MAX_RENDERS)
        self.logger.warning("configured listings gone (%s): searching %s/ within %d requests",
                            "; ".join(f"{url}: {why}" for url, why in self.heal_failures.items()), self.base_url,
                            budget)
        self.crawler.stats.set_value("nianbao/heal/searched", 1)
        return self.start_search(self.base_url + "/", budget, renders, known=self.requested)

    def closed(self, reason: str) -> None:
        stats = self.crawler.stats
        whole = self.sample is None and reason == "finished" and self.settings.getbool("NIANBAO_HEAL", True)
        if self.listings.configured and whole:  # (a whole crawl's figures: not a sample's, nor one worker's share)
            stats.set_value(healing.ROOT_LINKS, self.listings.stats())
        if self.search is None:
            return
        self.search_stats()
        if self.heal_failures:
            site = self.found_site()
            result = healing.outcome(self.listings.configured, self.heal_failures, site.listing_urls,
                                     site.data_urls)
            for key, value in result.stats().items():
                stats.set_value(key, value)
            self.logger.error("configured listings gone: %s; the search found reports on %s; suggested listings: "
                              "%s (python -m crawler heal %s)", result.failed,
                              [*result.found, *result.found_data] or "nothing", result.suggested, self.name)


def _page_title(response: Response) -> str | None:
    if not isinstance(response, TextResponse):
        return None
    for query in ("h1::text", "title::text"):
        text = " ".join(response.css(query).getall()).strip()
        if text:
            return " ".join(text.split())
    return None
