"""`scrapy crawl discover -a start_url=https://www.example.gov.cn/`: the reports of a site nobody wrote a spider for.

A best-first crawl from the home page within a hard request budget (docs/discovery.md): the search of
crawler/discovery/search.py is the whole crawl (site spiders run the same search as their fallback).  The crawl
stays on the start URL's registrable domain.

Arguments (besides ReportSpider's years / sample / agency / run_key):
    start_url    the site's home page (required; a *.gov.cn host)
    max_pages    hard cap on requests the site sees, all of them counted (default 500)
    max_renders  browser renderings of JavaScript lists allowed (default 3; 0: never start a browser)
    pin          write what was found as a site file (sites/<name>.toml form) to this path at the end
    title        the site's government when known beforehand (the season: the registry's `滦州市人民政府`);
                 otherwise read from the home page's <title>
    -a name=…    file the crawl under this site name in the archive (default: from the host, as discover-pin
                 names the site: www.qinglan.gov.cn → qinglan)
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.settings import BaseSettings

from crawler.base import ReportSpider
from crawler.discovery.domains import DiscoveryError, check_start_url, on_domain, registrable_domain
from crawler.discovery.pin import site_name
from crawler.discovery.pinning import EXTENSION as PIN_EXTENSION
from crawler.discovery.search import DEFAULT_MAX_RENDERS
from crawler.discovery.sitefile import SiteFile
from crawler.pagechrome import government_name

DEFAULT_MAX_PAGES = 500


class DiscoverSpider(ReportSpider):
    """Discovery: the annual reports of any government site, found from its home page."""

    name = "discover"
    base_url = ""  # set per crawl from start_url
    generic = True
    heals = False  # the search is the crawl: nothing to fall back to

    def __init__(self, *args: Any, start_url: str | None = None, max_pages: str | int | None = None,
                 max_renders: str | int | None = None, pin: str | None = None, title: str | None = None,
                 **kwargs: Any) -> None:
        self.start_url = check_start_url(start_url)
        parts = urlsplit(self.start_url)
        self.base_url = f"{parts.scheme}://{parts.netloc}"
        # Each discovered site is a site of its own in the archive, never all of them one `discover`.
        kwargs["name"] = kwargs.get("name") or site_name(parts.hostname or "")
        super().__init__(*args, **kwargs)
        self.domain = registrable_domain(parts.hostname or "")
        self.allowed_domains = [self.domain]  # Scrapy's offsite filter: the domain and its hosts
        self.max_pages = _positive(max_pages, DEFAULT_MAX_PAGES, "max_pages")
        self.max_renders = _positive(max_renders, DEFAULT_MAX_RENDERS, "max_renders", zero=True)
        self.pin_path = Path(pin) if pin else None
        self.site_title = title.strip() if title and title.strip() else None
        if self.site_title:
            self.site_government = government_name(self.site_title)

    @classmethod
    def check_arguments(cls, *, start_url: str | None = None, max_pages: str | None = None,
                        max_renders: str | None = None, title: str | None = None, **arguments: str | None) -> None:
        super().check_arguments(**arguments)
        check_start_url(start_url)
        _positive(max_pages, DEFAULT_MAX_PAGES, "max_pages")
        _positive(max_renders, DEFAULT_MAX_RENDERS, "max_renders", zero=True)

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        # `-a pin=…`: the site file of what was found is written when the crawl ends (extensions write).
        settings.set("EXTENSIONS", {**settings.getdict("EXTENSIONS"), PIN_EXTENSION: 500}, priority="spider")

    def on_site(self, url: str) -> bool:
        return on_domain(url, self.domain)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        requests = self.start_search(self.start_url, self.max_pages, self.max_renders, counts_all=True)
        if self.site_title:  # known beforehand: the home page's <title> is not asked
            self._state().site_title = self.site_title
        for request in requests:
            yield request

    def closed(self, reason: str) -> None:
        super().closed(reason)
        search = self.search
        if search is not None:
            self.logger.info("discovery of %s: %d reports requested from %d listings, %d requests of %d",
                             self.start_url, self.reports_requested, len(search.trail.productive),
                             search.budget.sent + search.budget.extra, self.max_pages)

    def found_site(self, name: str | None = None) -> SiteFile:
        return super().found_site(name or self.name)


def _positive(value: str | int | None, default: int, name: str, *, zero: bool = False) -> int:
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise DiscoveryError(f"{name} must be a whole number, not {value!r}") from None
    if number < (0 if zero else 1):
        raise DiscoveryError(f"{name} must be at least {0 if zero else 1}, not {number}")
    return number
