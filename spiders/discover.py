"""`scrapy crawl discover -a start_url=https://www.example.gov.cn/`: the reports of a site nobody wrote a spider for.

A best-first crawl from the home page within a hard request budget (docs/discovery.md): links are ranked by
their evidence (crawler/discovery/ranking.py) and opened best first; reports are recognised by the title test
and go through the same archive and parser as every spider's; lists are followed through every pager form, the
JSON behind JavaScript lists (read from inline scripts, or learnt once from a browser rendering), and probed
page URLs when a pager shows no link.  The crawl stays on the start URL's registrable domain.

Arguments (besides ReportSpider's years / sample / agency / run_key):
    start_url    the site's home page (required; a *.gov.cn host)
    max_pages    hard cap on requests the site sees, all of them counted (default 500)
    max_renders  browser renderings of JavaScript lists allowed (default 3; 0: never start a browser)
    pin          write what was found as a site file (sites/<name>.toml form) to this path at the end
    -a name=…    file the crawl under this site name in the archive (default: discover)
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.settings import BaseSettings
from twisted.python.failure import Failure

from crawler import browser
from crawler.base import ReportSpider
from crawler.discovery import datalists, evidence, probing, ranking
from crawler.discovery.budget import MIDDLEWARE, MIDDLEWARE_ORDER, Budget
from crawler.discovery.domains import DiscoveryError, check_start_url, on_domain, registrable_domain
from crawler.discovery.frontier import Frontier
from crawler.discovery.pages import PageView, lists_reports, other_reports, read_page
from crawler.discovery.pin import pin_site
from crawler.discovery.pinning import EXTENSION as PIN_EXTENSION
from crawler.discovery.render import render
from crawler.discovery.sitefile import SiteFile
from crawler.discovery.trail import DATA, LINK, PAGE, PROBE, RENDER, START, SUB, Step, Trail, is_below
from crawler.pagechrome import government_name
from crawler.titles import is_report_title, read_title

STEP_META = "discover_step"
PROBE_META = "discover_probe"
HOME_META = "discover_homes"
HOME_FILES = ("index.html", "index.shtml", "index.htm", "index.jsp", "index.php", "default.html")
RELEASED_META = "discover_released"
DEFAULT_MAX_PAGES = 500
DEFAULT_MAX_RENDERS = 3
# Requests a browser-solved challenge costs (the page, its script, the reload); the budget counts them too.
CHALLENGE_REQUESTS = 3
RENDER_RESERVE = 10  # a rendering (page, scripts, data calls) starts only while this much budget is left


class DiscoverSpider(ReportSpider):
    """Discovery: the annual reports of any government site, found from its home page."""

    name = "discover"
    base_url = ""  # set per crawl from start_url
    generic = True

    def __init__(self, *args: Any, start_url: str | None = None, max_pages: str | int | None = None,
                 max_renders: str | int | None = None, pin: str | None = None, **kwargs: Any) -> None:
        self.start_url = check_start_url(start_url)
        parts = urlsplit(self.start_url)
        self.base_url = f"{parts.scheme}://{parts.netloc}"
        super().__init__(*args, **kwargs)
        self.domain = registrable_domain(parts.hostname or "")
        self.allowed_domains = [self.domain]  # Scrapy's offsite filter: the domain and its hosts
        self.max_pages = _positive(max_pages, DEFAULT_MAX_PAGES, "max_pages")
        self.max_renders = _positive(max_renders, DEFAULT_MAX_RENDERS, "max_renders", zero=True)
        self.pin_path = Path(pin) if pin else None
        self.budget = Budget(self.max_pages)
        self.frontier: Frontier | None = None  # needs the crawler's settings (window size)
        self.trail = Trail()
        self.renders = 0
        self.renders_requests = 0  # what rendered pages fetched (the browser's requests bypass Scrapy)
        self.site_title: str | None = None
        self.offsite_reports: list[tuple[str, str]] = []

    @classmethod
    def check_arguments(cls, *, start_url: str | None = None, max_pages: str | None = None,
                        max_renders: str | None = None, **arguments: str | None) -> None:
        super().check_arguments(**arguments)
        check_start_url(start_url)
        _positive(max_pages, DEFAULT_MAX_PAGES, "max_pages")
        _positive(max_renders, DEFAULT_MAX_RENDERS, "max_renders", zero=True)

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> DiscoverSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        window = crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 2) + 2
        spider.frontier = Frontier(spider.budget, window)
        crawler.signals.connect(spider._idle, signal=signals.spider_idle)
        crawler.signals.connect(spider._closed, signal=signals.spider_closed)
        return spider

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        # The budget is counted and enforced where requests leave (after every project middleware).
        settings.set("DOWNLOADER_MIDDLEWARES", {**settings.getdict("DOWNLOADER_MIDDLEWARES"),
                                                MIDDLEWARE: MIDDLEWARE_ORDER}, priority="spider")
        # `-a pin=…`: the site file of what was found is written when the crawl ends (extensions write).
        settings.set("EXTENSIONS", {**settings.getdict("EXTENSIONS"), PIN_EXTENSION: 500}, priority="spider")
        # Depth is the trail's business: Scrapy's would count the releasing response's depth, not the page's.
        settings.set("DEPTH_LIMIT", 0, priority="spider")

    def on_site(self, url: str) -> bool:
        return on_domain(url, self.domain)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        step = Step(self.start_url, 0.0, 0, START)
        homes = HOME_FILES if urlsplit(self.start_url).path.endswith("/") else ()
        self._queue(scrapy.Request(self.start_url, callback=self.parse_page), 0.0, step, meta={HOME_META: homes})
        for request in self._release():
            yield request

    # -- queueing and the budget ---------------------------------------------------------------------------------
    def _queue(self, request: scrapy.Request, score: float, step: Step | None = None, *, again: bool = False,
               meta: dict[str, Any] | None = None) -> bool:
        """Queue `request` (once per page; `again`: a form of a page already tried, asked for anyway)."""
        assert self.frontier is not None
        meta = dict(meta or {})
        if step is not None:
            meta[STEP_META] = step
        request = request.replace(errback=self._failed, meta={**request.meta, **meta, RELEASED_META: True})
        queued = self.frontier.add(request, score, force=again or PROBE_META in meta)
        if queued and step is not None:
            self.trail.add(step)
        return queued

    def _release(self) -> list[scrapy.Request]:
        assert self.frontier is not None
        self.budget.extra = self.renders_requests + CHALLENGE_REQUESTS * int(
            self.crawler.stats.get_value("nianbao/challenge/browser", 0))
        released = self.frontier.release()
        if self.budget.left <= 0 and len(self.frontier):
            self.crawler.stats.set_value("discover/budget_exhausted", 1)
            self.logger.warning("request budget of %d spent; %d requests left unsent", self.max_pages,
                                self.frontier.close())
        return released

    def budget_sent(self, request: scrapy.Request) -> None:
        """BudgetMiddleware counted `request` as sent: it no longer waits among the released ones."""
        if request.meta.pop(RELEASED_META, False):
            self.budget.released = max(0, self.budget.released - 1)

    def _answered(self, request: scrapy.Request | None) -> None:
        assert self.frontier is not None
        self.frontier.answered()
        if request is not None and request.meta.pop(RELEASED_META, False):  # dropped before it was sent
            self.budget.released = max(0, self.budget.released - 1)

    def _idle(self) -> None:
        """Nothing in flight: hand Scrapy the next best requests, if the frontier and the budget allow."""
        assert self.frontier is not None
        self.frontier.in_flight = 0
        self.budget.released = 0
        released = self._release()
        for request in released:
            self.crawler.engine.crawl(request)
        if released:
            raise DontCloseSpider

    def _failed(self, failure: Failure) -> Iterable[scrapy.Request]:
        request = failure.request  # type: ignore[attr-defined]  # Scrapy hands an errback its request this way
        self._answered(request)
        homes = request.meta.get(HOME_META)
        if homes:  # a server that serves no directory index: its home page under the usual file names
            url = urljoin(self.start_url, homes[0])
            self._queue(scrapy.Request(url, callback=self.parse_page), 0.0, Step(url, 0.0, 0, START), again=True,
                        meta={HOME_META: homes[1:]})
        probe = request.meta.get(PROBE_META)
        if probe is not None:  # that page form does not exist: try the next one
            self._failed_probe(request, request.meta[STEP_META], probe)
        return self._release()

    # -- pages ---------------------------------------------------------------------------------------------------
    async def parse_page(self, response: Response) -> AsyncIterator[scrapy.Request]:
        self._answered(response.request)
        step: Step = response.meta.get(STEP_META) or Step(response.url, 0.0, 0, START)
        if not isinstance(response, HtmlResponse):
            self._data(response, step)
            for request in self._release():
                yield request
            return
        self.trail.visit(response.url)
        if step.relation == START and self.site_title is None:
            self.site_title = _site_title(response)
            self.site_government = government_name(self.site_title)
        view = read_page(response)
        probe = response.meta.get(PROBE_META)
        if probe is not None:
            self._probed(response, step, probe, view)
        self._explore(response, step, view)
        if self._should_render(step, view):
            await self._render(response, step)
        for request in self._release():
            yield request

    def _explore(self, response: Response, step: Step, view: PageView) -> None:
        """Queue what a page offers: its reports, the rest of its list, its data, and the links worth opening."""
        self.crawler.stats.inc_value("nianbao/listing_pages")
        found = 0
        for link, year in view.reports:
            found += self._report(link.url, link.text, year, response.url, step)
        productive = found > 0 or self.trail.productive[response.url] > 0
        for url in view.next_pages:
            if self.on_site(url):
                self._queue(scrapy.Request(url, callback=self.parse_page),
                            ranking.listing_part(step, productive, ranking.PAGINATION),
                            Step(url, step.evidence, step.depth, PAGE, response.url, step.strong))
        for url in view.data_urls:
            self._queue_data(url, step, productive, Step(url, step.evidence, step.depth, DATA, response.url,
                                                         step.strong, base_url=response.url))
        if view.pager is not None and step.relation not in (PAGE, PROBE) and not view.next_pages and (
                view.reports or view.items) and not view.unread_data:
            # (a pager over an empty or script-fed list pages nothing: its script's data does)
            first = probing.start(response.url, view.pager.total)
            if first is not None:
                url, probe = first
                self.crawler.stats.inc_value("discover/pager_probes")
                self._queue(scrapy.Request(url, callback=self.parse_page),
                            ranking.listing_part(step, productive, ranking.PAGINATION),
                            Step(url, step.evidence, step.depth, PROBE, response.url, step.strong),
                            meta={PROBE_META: probe})
        reports = {link.url for link, _ in view.reports}
        for link in view.links:
            if link.url not in reports:
                self._candidate(link.text, link.url, step, productive)

    def _candidate(self, text: str, url: str, parent: Step, productive: bool) -> None:
        if not self.on_site(url):
            return
        assert self.frontier is not None
        if self.frontier.seen(url):
            return
        candidate = ranking.rank_link(text, url, parent, productive)
        if candidate is None:
            return
        relation = SUB if is_below(url, parent.url) else LINK
        self._queue(scrapy.Request(url, callback=self.parse_page), candidate.score,
                    Step(url, candidate.evidence, parent.depth + 1, relation, parent.url, candidate.strong))

    def _queue_data(self, url: str, parent: Step, productive: bool, step: Step) -> None:
        """Queue a JSON list (`step` says how it was found; `parent` is the page or list it belongs to)."""
        if not self.on_site(url):
            return
        self._queue(scrapy.Request(url, callback=self.parse_page, headers=datalists.REQUEST_HEADERS),
                    ranking.listing_part(parent, productive, ranking.DATA), step)

    def _probed(self, response: Response, step: Step, probe: probing.Probe, view: PageView) -> None:
        """A probed page answered: if it is a page of the list (reports or a pager on it), ask for the next ones."""
        if not (view.reports or view.pager or view.next_pages):
            if response.request is not None:
                self._failed_probe(response.request, step, probe)  # a soft 404 (the home page for any URL)
            return
        for url, following in probing.found(response.url, probe):
            self._queue(scrapy.Request(url, callback=self.parse_page),
                        ranking.listing_part(step, True, ranking.PAGINATION),
                        Step(url, step.evidence, step.depth, PROBE, probe.listing, step.strong),
                        meta={PROBE_META: following})

    def _failed_probe(self, request: scrapy.Request, step: Step, probe: probing.Probe) -> None:
        following = probing.missing(probe)
        if following is not None:
            url, nxt = following
            self._queue(scrapy.Request(url, callback=self.parse_page), request.priority,
                        Step(url, step.evidence, step.depth, PROBE, step.parent), meta={PROBE_META: nxt})

    # -- JSON lists ----------------------------------------------------------------------------------------------
    def _data(self, response: Response, step: Step) -> None:
        page = datalists.read_text(response.text, response.url, step.base_url) \
            if isinstance(response, TextResponse) else None
        if page is None:
            return
        self.trail.visit(response.url)
        found = 0
        for row in page.rows:
            title = read_title(row.title)
            if title is not None:
                found += self._report(row.url, row.title, title.year, response.url, step, agency_hint=row.agency)
        productive = found > 0
        base = self.trail.get(step.base_url) if step.base_url else None
        for url in page.next_urls:
            self._queue_data(url, step, productive, Step(url, step.evidence, step.depth, PAGE, response.url,
                                                         step.strong, base_url=step.base_url, rendered=step.rendered))
        for row in page.rows:
            if not is_report_title(row.title):  # sub-columns a JSON tree lists (chuanhui's units)
                self._candidate(row.title, row.url, base or step, productive)

    # -- reports -------------------------------------------------------------------------------------------------
    def _report(self, url: str, title: str, year: int | None, listing: str, step: Step,
                agency_hint: str | None = None) -> int:
        assert self.frontier is not None
        if not self.on_site(url):
            self.offsite_reports.append((url, title))
        elif self.frontier.seen(url):
            self.trail.productive[listing] += 1
            return 1
        queued = 0
        for request in self.report_request(url, title, year, listing=listing, agency_hint=agency_hint):
            queued += self._queue(request, ranking.REPORT)
        if queued:
            self.trail.productive[listing] += 1
        return queued

    def parse_detail(self, response: Response) -> Iterator[Any]:
        self._answered(response.request)
        view = read_page(response) if isinstance(response, HtmlResponse) else PageView()
        others = other_reports(response, view)
        if lists_reports(response, view):
            # A report title that leads to a list of reports (a year's column): read it as a listing.
            self.crawler.stats.inc_value("discover/report_titled_listings")
            step = Step(response.url, evidence.REPORT_COLUMN, response.meta.get("depth", 1), LINK,
                        response.meta.get("listing_url"), True)
            self.trail.add(step)
            self._explore(response, step, view)
        else:
            for output in super().parse_detail(response):
                if isinstance(output, scrapy.Request):
                    self._queue(output, ranking.ATTACHMENT)
                else:
                    yield output
            for link, year in view.reports:  # 上一篇 / related reports named on the page
                if link.url not in others:
                    continue  # (its own files were queued above)
                self._report(link.url, link.text, year, response.meta.get("listing_url") or response.url,
                             Step(response.url, 0.0, 0, LINK))
        yield from self._release()

    def parse_attachment(self, response: Response) -> Iterator[Any]:
        self._answered(response.request)
        yield from super().parse_attachment(response)
        yield from self._release()

    # -- JavaScript lists ----------------------------------------------------------------------------------------
    def _should_render(self, step: Step, view: PageView) -> bool:
        """A page that should hold a list but shows none of it: it runs scripts, shows no item (no report, no
        article, no data URL), and either its link named the report column and it has an empty list element or
        no lead to a sub-column, or it is a disclosure page whose only content is an empty list element (a
        catalogue tree drawn by a script).  Its list is drawn from data we cannot see."""
        if self.renders >= self.max_renders or step.relation in (DATA, RENDER, PAGE, PROBE):
            return False
        if self.budget.left < RENDER_RESERVE or not view.scripted or view.data_urls:
            return False
        if view.unread_data and view.empty_list and (step.strong or view.reports):
            return True  # a list drawn from data whose URL the script builds, beside what the HTML shows statically
        if view.reports or view.items:
            return False
        leads = any(is_below(link.url, step.url) or evidence.text_evidence(
            link.text, in_disclosure=True) >= evidence.REPORT_COLUMN for link in view.links
            if self.on_site(link.url) and link.url != step.url)  # sub-columns: a column index, not a list
        if step.strong:
            return view.empty_list or not leads
        return step.evidence >= evidence.DISCLOSURE and view.empty_list and not leads

    async def _render(self, response: Response, step: Step) -> None:
        self.renders += 1
        self.crawler.stats.inc_value("discover/renders")
        self.logger.info("rendering %s: its list is drawn by a script", response.url)
        rendered = await render(response.url, user_agent=self.settings.get("USER_AGENT"),
                                launch=browser.launch_options(self.settings))
        self.renders_requests += rendered.requests
        self.logger.info("rendered %s: %d requests, data URLs %s", response.url, rendered.requests,
                         rendered.data_urls)
        if rendered.error:
            self.crawler.stats.inc_value("discover/render_errors")
            return
        dom = HtmlResponse(url=response.url, body=rendered.html.encode("utf-8"), encoding="utf-8",
                           request=response.request)
        view = read_page(dom)
        view.next_pages = [url for url in view.next_pages if not url.startswith("javascript")]
        productive = False
        for link, year in view.reports:
            productive |= bool(self._report(link.url, link.text, year, response.url, step))
        for url in rendered.data_urls:
            self._queue_data(url, step, productive, Step(url, step.evidence, step.depth, RENDER, response.url,
                                                         step.strong, base_url=response.url, rendered=True))
        reports = {link.url for link, _ in view.reports}
        for link in view.links:
            if link.url not in reports:
                self._candidate(link.text, link.url, step, productive)

    # -- the end -------------------------------------------------------------------------------------------------
    def _closed(self, spider: scrapy.Spider, reason: str) -> None:
        stats = self.crawler.stats
        stats.set_value("discover/budget", self.max_pages)
        stats.set_value("discover/requests", self.budget.sent + self.budget.extra)
        stats.set_value("discover/pages_read", self.trail.pages)
        stats.set_value("discover/report_listings", len(self.trail.productive))
        stats.set_value("discover/offsite_reports", len(self.offsite_reports))
        self.logger.info("discovery of %s: %d reports requested from %d listings, %d requests of %d",
                         self.start_url, self.reports_requested, len(self.trail.productive),
                         self.budget.sent + self.budget.extra, self.max_pages)

    def found_site(self) -> SiteFile:
        """What the crawl found, as a site file: its report columns (crawler/discovery/pin.py).  With `-a pin=…`,
        crawler/discovery/pinning.py writes it when the crawl ends."""
        return pin_site(self.start_url, self.trail, name=self.name if self.name != "discover" else None,
                        title=self.site_title)


def _site_title(response: HtmlResponse) -> str | None:
    """The site's name as its home page's <title> gives it (`青岚县人民政府` of `首页_青岚县人民政府`)."""
    title = " ".join(" ".join(response.xpath("//title//text()").getall()).split())
    parts = [p.strip() for p in re.split(r"[-_|—–]+", title) if p.strip() and p.strip() not in ("首页", "网站首页")]
    return parts[0] if parts else None


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
