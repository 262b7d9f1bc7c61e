"""`scrapy crawl <name>`: a pinned site, crawled from its site file `sites/<name>.toml`, without Python.

The site file pins the report columns (usually written by a discovery run: `-a pin=…`, or `python -m crawler
discover-pin`); this spider crawls them the way the hand-written spiders crawl theirs (crawler/base.py) and reads
each listing the way discovery does (crawler/discovery/pages.py): report links by the title test, links held in
scripts, every pager form and pager probes, pages only a POST reaches (postback pagers, jpage data groups), the JSON
behind script-drawn lists, the Guangdong catalogue API.
No search: nothing outside the pinned columns, their sub-columns and their data is opened.

The spider loader (spiders/loader.py) makes one spider per site file (`pinned_spider`), named after the site: a
pinned site is a site like any hand-written spider's (scheduled, demoed, tested).  The generic spider `site`
crawls any site file by argument: `-a name=<name>` (looked up in sites/, or NIANBAO_SITES) or `-a file=<path>`.
Both take ReportSpider's years / sample / agency / run_key.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Iterator
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit

import scrapy
from scrapy.http import HtmlResponse, Response, TextResponse
from twisted.python.failure import Failure

from crawler import browser
from crawler.base import ReportSpider
from crawler.discovery import datalists, probing
from crawler.discovery.domains import on_domain
from crawler.discovery.evidence import is_noise
from crawler.discovery.pages import PageView, lists_reports, read_page
from crawler.discovery.render import render
from crawler.discovery.sitefile import SiteFile, load_site
from crawler.discovery.trail import directory
from crawler.errors import one_line
from crawler.links import Link, anchors, is_document
from crawler.pagechrome import government_name
from crawler.roles import API, LISTING, ROLE_META
from crawler.titles import read_title

PROBE_META = "site_probe"
NEXT_PAGE_META = "site_next_page"  # a further page of a list: its own pager is not probed again
_LISTING_PATH = re.compile(r"(?:/|/(?:index|list|default)(?:[_-]?\d+)?\.(?:s?html?|jsp|aspx?|php))$", re.I)


class SiteSpider(ReportSpider):
    """A site crawled from its site file (sites/<name>.toml)."""

    name = "site"
    base_url = ""
    generic = True
    pinned_site: ClassVar[SiteFile | None] = None  # the site file of a pinned site's own spider (pinned_spider) …
    site_file: ClassVar[Path | None] = None  # … and where it is

    def __init__(self, *args: Any, file: str | None = None, **kwargs: Any) -> None:
        self.site: SiteFile = self.pinned_site or load_site(kwargs.get("name"), file)
        parts = urlsplit(self.site.start_url)
        self.base_url = f"{parts.scheme}://{parts.netloc}"
        self.listing_urls = tuple(self.site.listing_urls)
        self.follow_sub_listings = self.site.follow_sub_listings
        kwargs["name"] = self.site.name
        super().__init__(*args, **kwargs)
        self.domain = self.site.domain
        self.allowed_domains = [self.domain]
        self.site_government = government_name(self.site.title)
        self.posted: set[str] = set()  # pages asked for by POST, by the page they name (their state changes)

    @classmethod
    def site_domain(cls) -> str:
        return cls.pinned_site.domain if cls.pinned_site else ""

    @classmethod
    def check_arguments(cls, *, name: str | None = None, file: str | None = None, pin: str | None = None,
                        **arguments: str | None) -> None:
        super().check_arguments(**arguments)
        if cls.pinned_site is None:
            load_site(name, file)
        elif name or file:
            raise ValueError(f"{cls.name} is a pinned site: it takes no name or file (crawl another site file "
                             "with `scrapy crawl site -a file=…`)")

    def on_site(self, url: str) -> bool:
        return on_domain(url, self.domain)

    def start_requests_extra(self) -> Iterable[scrapy.Request]:
        for url in self.site.data_urls:
            yield self._data_request(url, url, None)

    def listing_request(self, url: str, root: str, **meta: Any) -> scrapy.Request:
        # Listings are fetched plainly (the archive keeps the server's bytes); JavaScript lists are rendered
        # afterwards, in parse_site_listing, when the site file says so.
        self.requested.add(url)
        return scrapy.Request(url, callback=self.parse_site_listing, errback=self._failed,
                              meta={"listing_root": root, ROLE_META: LISTING, **meta})

    def _data_request(self, url: str, root: str, page_url: str | None) -> scrapy.Request:
        self.requested.add(url)
        return scrapy.Request(url, callback=self.parse_site_listing, errback=self._failed,
                              headers=datalists.REQUEST_HEADERS,
                              meta={"listing_root": root, "data_page": page_url, ROLE_META: API})

    async def parse_site_listing(self, response: Response) -> AsyncIterator[Any]:
        root = response.meta.get("listing_root", response.url)
        if not self.listing_answered(response):
            return
        if not isinstance(response, HtmlResponse):
            for output in self._data(response, root):
                yield output
            return
        self.crawler.stats.inc_value("nianbao/listing_pages")
        view = self._view(response)
        for output in self._listing(response, root, view):
            yield output
        if self.site.js_listing and not view.reports and response.meta.get(PROBE_META) is None:
            for output in await self._rendered(response, root):
                yield output

    def _view(self, response: HtmlResponse) -> PageView:
        view = read_page(response)
        if self.site.report_links:  # the pinned selector narrows where report links are looked for
            allowed = {link.url for link in _anchors_in(response, self.site.report_links)}
            view.reports = [(link, year) for link, year in view.reports if link.url in allowed]
        if self.site.next_page:
            extra = [link.url for link in _anchors_in(response, self.site.next_page)]
            view.next_pages = list(dict.fromkeys([*view.next_pages, *extra]))
        return view

    def _listing(self, response: HtmlResponse, root: str, view: PageView) -> Iterator[Any]:
        probe = response.meta.get(PROBE_META)
        if probe is not None:
            if view.reports or view.pager or view.next_pages:
                for url, following in probing.found(response.url, probe):
                    yield self.listing_request(url, root, **{PROBE_META: following})
            else:
                yield from self._next_probe(probe, root)
        for link, year in view.reports:
            yield from self.report_request(link.url, link.text, year, listing=response.url)
        self.count_report_links(root, len(view.reports))
        reports = {link.url for link, _ in view.reports}
        if self.follow_sub_listings:  # (the list's own pages are pages, not sub-columns)
            for url in self._sub_listings(view.links, root, reports | set(view.next_pages)):
                yield self.listing_request(url, root)
        for url in view.next_pages:
            if self.on_site(url):
                yield self.listing_request(url, root, **{NEXT_PAGE_META: True})
        for url in view.data_urls:
            yield self._data_request(url, root, response.url)
        for post in view.form_pages:  # postback pagers, jpage data groups (crawler/discovery/postbacks.py)
            if self.on_site(post.url) and post.key not in self.posted:
                self.posted.add(post.key)
                yield scrapy.FormRequest(post.url, formdata=post.fields, callback=self.parse_site_listing,
                                         errback=self._failed, dont_filter=True,
                                         headers=datalists.REQUEST_HEADERS if post.is_data else None,
                                         meta={"listing_root": root, NEXT_PAGE_META: True,
                                               "data_page": response.url if post.is_data else None})
        first_page = probe is None and not response.meta.get(NEXT_PAGE_META)
        if view.pager is not None and not view.next_pages and first_page and (view.reports or view.items):
            first = probing.start(response.url, view.pager.total)
            if first is not None:
                url, following = first
                yield self.listing_request(url, root, **{PROBE_META: following})

    def _sub_listings(self, links: list[Link], root: str, reports: set[str]) -> list[str]:
        """Columns below the pinned root: links (anchors, script-held, JSON rows) to list-shaped URLs under it."""
        base = directory(root)
        found = []
        for link in links:
            if link.url in reports or is_document(link.url) or not self.on_site(link.url) or is_noise(link.text):
                continue  # (上一页 / 首页 links are the list's own pages, not sub-columns)
            if directory(link.url).startswith(base) and _LISTING_PATH.search(urlsplit(link.url).path):
                found.append(link.url)
        return list(dict.fromkeys(found))

    def _data(self, response: Response, root: str) -> Iterator[Any]:
        page_url = response.meta.get("data_page")
        data = datalists.read_text(response.text, response.url, page_url) \
            if isinstance(response, TextResponse) else None
        if data is None:
            return
        self.crawler.stats.inc_value("nianbao/listing_pages")
        links = []
        for row in data.rows:
            title = read_title(row.title)
            if title is not None:
                self.count_report_links(root, 1)
                yield from self.report_request(row.url, row.title, title.year, listing=response.url,
                                               agency_hint=row.agency)
            else:
                links.append(Link(row.url, row.title))
        for url in data.next_urls:
            yield self._data_request(url, root, page_url)
        if self.follow_sub_listings:
            for url in self._sub_listings(links, root, set()):
                yield self.listing_request(url, root)

    async def _rendered(self, response: HtmlResponse, root: str) -> list[Any]:
        rendered = await render(response.url, user_agent=self.settings.get("USER_AGENT"),
                                launch=browser.launch_options(self.settings))
        self.crawler.stats.inc_value("site/renders")
        if rendered.error:
            return []
        dom = HtmlResponse(url=response.url, body=rendered.html.encode("utf-8"), encoding="utf-8",
                           request=response.request)
        out: list[Any] = [self._data_request(url, root, response.url) for url in rendered.data_urls
                          if self.on_site(url)]
        view = read_page(dom)
        view.data_urls = []  # the rendered page's data URLs are the ones the browser called (above)
        view.pager = None
        out += list(self._listing(dom, root, view))
        return out

    def parse_detail(self, response: Response) -> Iterator[Any]:
        """A report page, unless the report title led to a list of reports (a year's column named like a report):
        that is read as a listing (below the listing that linked it)."""
        view = read_page(response) if isinstance(response, HtmlResponse) else PageView()
        if isinstance(response, HtmlResponse) and lists_reports(response, view):
            self.crawler.stats.inc_value("site/report_titled_listings")
            yield from self._listing(response, response.url, view)
            return
        yield from super().parse_detail(response)

    def _failed(self, failure: Failure) -> Iterator[scrapy.Request]:
        request = failure.request  # type: ignore[attr-defined]  # Scrapy hands an errback its request this way
        probe = request.meta.get(PROBE_META)
        if probe is not None:
            self.logger.info("probe %s failed: %s", request.url, one_line(failure.value))
            yield from self._next_probe(probe, request.meta.get("listing_root", request.url))
        else:
            self.listing_failed(failure)

    def _next_probe(self, probe: probing.Probe, root: str) -> Iterator[scrapy.Request]:
        following = probing.missing(probe)
        if following is not None:
            url, nxt = following
            yield self.listing_request(url, root, **{PROBE_META: nxt})


def pinned_spider(path: Path) -> type[SiteSpider]:
    """The spider of the site file at `path`, named after its site (DiscoveryError if the file is broken)."""
    site = load_site(path=path)
    parts = urlsplit(site.start_url)
    words = re.split(r"[-_]", site.name)
    return type(f"{''.join(w.capitalize() for w in words)}PinnedSpider", (SiteSpider,), {
        "__module__": __name__, "__doc__": _pinned_docstring(site, path), "name": site.name,
        "base_url": f"{parts.scheme}://{parts.netloc}", "generic": False, "pinned_site": site, "site_file": path})


def _pinned_docstring(site: SiteFile, path: Path) -> str:
    """A pinned site's metadata in the form of the hand-written spiders' docstrings (first line: the site's name,
    which the archive shows; Evidence: the file's `pinned` provenance)."""
    fields = [("Site", site.start_url), ("Listings", "\n            ".join(site.listing_urls) or "-"),
              ("Data", "\n            ".join(site.data_urls) or "-"),
              ("JS", "yes: listings are also rendered in the browser" if site.js_listing else "no"),
              ("Evidence", site.pinned or "not stated (the site file has no `pinned` line)"),
              ("Defined in", f"{path} (a pinned site; schema: sites/README.md)")]
    body = "\n".join(f"{label:<12}{value}" for label, value in fields)
    return f"{site.title or site.name} — {urlsplit(site.start_url).hostname}\n\n{body}\n"


def _anchors_in(response: HtmlResponse, selector: str) -> list[Link]:
    """Anchors inside the elements a CSS selector matches (or the anchors it matches itself)."""
    urls = set()
    for node in response.css(selector):
        for href in node.xpath("descendant-or-self::a/@href").getall():
            urls.add(response.urljoin(href.strip()).split("#", 1)[0])
    return [link for link in anchors(response) if link.url in urls]
