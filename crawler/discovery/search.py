"""The budgeted best-first search for a site's reports from its home page (docs/discovery.md), as a spider mixin.

Two spiders run it: the `discover` spider (spiders/discover.py), for which the search is the whole crawl, and every
site spider (crawler/base.py), as its fallback when its configured listings are gone (self-healing).  Links are
ranked by their evidence (crawler/discovery/ranking.py) and opened best first; reports are recognised by the title
test and go through the same archive and parser as every spider's; lists are followed through every pager form,
the JSON behind JavaScript lists (read from inline scripts, or learnt once from a browser rendering), and probed
page URLs when a pager shows no link.

The search keeps its own queue (`Frontier`) and hands Scrapy a small window of it at a time; `search_idle` hands
out the next window when Scrapy runs dry.  Every request the search sends carries SEARCH_META; the request budget
(crawler/discovery/budget.py) counts those (or, for the discover spider, every request of the crawl).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import HtmlResponse, Response, TextResponse
from twisted.python.failure import Failure

from crawler import browser
from crawler.discovery import datalists, evidence, probing, ranking
from crawler.discovery.budget import Budget
from crawler.discovery.frontier import Frontier
from crawler.discovery.pages import PageView, lists_reports, other_reports, read_page
from crawler.discovery.pin import pin_site
from crawler.discovery.render import render
from crawler.discovery.sitefile import SiteFile
from crawler.discovery.trail import DATA, LINK, PAGE, PROBE, RENDER, START, SUB, Step, Trail, is_below
from crawler.pagechrome import government_name
from crawler.roles import LISTING, ROLE_META
from crawler.titles import is_report_title, read_title

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

SEARCH_META = "nianbao_search"  # request.meta: a request the search sent (the budget counts it)
STEP_META = "discover_step"
PROBE_META = "discover_probe"
HOME_META = "discover_homes"
RELEASED_META = "discover_released"
HOME_FILES = ("index.html", "index.shtml", "index.htm", "index.jsp", "index.php", "default.html")
DEFAULT_MAX_RENDERS = 3
# Requests a browser-solved challenge costs (the page, its script, the reload); the budget counts them too.
CHALLENGE_REQUESTS = 3
RENDER_RESERVE = 10  # a rendering (page, scripts, data calls) starts only while this much budget is left


@dataclass
class SearchState:
    start_url: str
    budget: Budget
    frontier: Frontier
    max_renders: int
    counts_all: bool  # the budget counts every request of the crawl (discovery), or only the search's own
    trail: Trail = field(default_factory=Trail)
    renders: int = 0
    renders_requests: int = 0  # what rendered pages fetched (the browser's requests bypass Scrapy)
    site_title: str | None = None
    offsite_reports: list[tuple[str, str]] = field(default_factory=list)


class SiteSearch:
    """Mixed into crawler.base.ReportSpider: `start_search` begins a search, the `search_*` callbacks run it."""

    search: SearchState | None = None

    if TYPE_CHECKING:  # provided by ReportSpider / scrapy.Spider
        crawler: Crawler
        logger: Any
        settings: Any
        name: str
        site_government: str | None

        def on_site(self, url: str) -> bool: ...
        def report_request(self, url: str, title: str, year: int | None, *, listing: str,
                           agency_hint: str | None = None) -> Iterator[scrapy.Request]: ...
        def parse_detail(self, response: Response) -> Iterator[Any]: ...
        def parse_attachment(self, response: Response) -> Iterator[Any]: ...

    # -- the budget (crawler/discovery/budget.py reads these) ---------------------------------------------------
    @property
    def budget(self) -> Budget | None:
        return self.search.budget if self.search is not None else None

    def budget_counts(self, request: scrapy.Request) -> bool:
        return self.search is not None and (self.search.counts_all or bool(request.meta.get(SEARCH_META)))

    def budget_sent(self, request: scrapy.Request) -> None:
        """BudgetMiddleware counted `request` as sent: it no longer waits among the released ones."""
        if self.search is not None and request.meta.pop(RELEASED_META, False):
            self.search.budget.released = max(0, self.search.budget.released - 1)

    # -- starting, queueing, releasing --------------------------------------------------------------------------
    def start_search(self, start_url: str, max_pages: int, max_renders: int = DEFAULT_MAX_RENDERS, *,
                     counts_all: bool = False, known: Iterable[str] = ()) -> list[scrapy.Request]:
        """Begin the search at `start_url` (pages in `known` were fetched already: not queued again); the first
        requests to send."""
        budget = Budget(max_pages)
        window = self.crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 2) + 2
        self.search = SearchState(start_url, budget, Frontier(budget, window), max_renders, counts_all)
        for url in known:
            self.search.frontier.mark(url)
        step = Step(start_url, 0.0, 0, START)
        homes = HOME_FILES if urlsplit(start_url).path.endswith("/") else ()
        # (dont_filter: a site spider's listing may have been redirected to the home page already)
        self._queue(scrapy.Request(start_url, callback=self.search_page, dont_filter=True), 0.0, step,
                    meta={HOME_META: homes}, again=True)
        return self._release()

    def _queue(self, request: scrapy.Request, score: float, step: Step | None = None, *, again: bool = False,
               meta: dict[str, Any] | None = None) -> bool:
        """Queue `request` (once per page; `again`: a form of a page already tried, asked for anyway)."""
        search = self._state()
        meta = dict(meta or {})
        if step is not None:
            meta[STEP_META] = step
        # A page explored for links is fetched as a listing; a report's request keeps the role report_request gave it.
        request = request.replace(errback=self.search_failed, meta={ROLE_META: LISTING, **request.meta, **meta,
                                                                    RELEASED_META: True, SEARCH_META: True})
        queued = search.frontier.add(request, score, force=again or PROBE_META in meta)
        if queued and step is not None:
            search.trail.add(step)
        return queued

    def _release(self) -> list[scrapy.Request]:
        search = self._state()
        # A browser-solved challenge is the search's cost only when the whole crawl is the search.
        challenges = int(self.crawler.stats.get_value("nianbao/challenge/browser", 0)) if search.counts_all else 0
        search.budget.extra = search.renders_requests + CHALLENGE_REQUESTS * challenges
        released = search.frontier.release()
        if search.budget.left <= 0 and len(search.frontier):
            self.crawler.stats.set_value("discover/budget_exhausted", 1)
            self.logger.warning("request budget of %d spent; %d requests left unsent", search.budget.limit,
                                search.frontier.close())
        return released

    def _answered(self, request: scrapy.Request | None) -> None:
        search = self._state()
        search.frontier.answered()
        if request is not None and request.meta.pop(RELEASED_META, False):  # dropped before it was sent
            search.budget.released = max(0, search.budget.released - 1)

    def search_idle(self) -> list[scrapy.Request]:
        """Nothing in flight: the next best requests, if the frontier and the budget allow."""
        search = self._state()
        search.frontier.in_flight = 0
        search.budget.released = 0
        return self._release()

    def _state(self) -> SearchState:
        assert self.search is not None, "the search has not started"
        return self.search

    def search_failed(self, failure: Failure) -> Iterable[scrapy.Request]:
        request = failure.request  # type: ignore[attr-defined]  # Scrapy hands an errback its request this way
        self._answered(request)
        homes = request.meta.get(HOME_META)
        search = self._state()
        if homes:  # a server that serves no directory index: its home page under the usual file names
            url = urljoin(search.start_url, homes[0])
            self._queue(scrapy.Request(url, callback=self.search_page), 0.0, Step(url, 0.0, 0, START), again=True,
                        meta={HOME_META: homes[1:]})
        probe = request.meta.get(PROBE_META)
        if probe is not None:  # that page form does not exist: try the next one
            self._failed_probe(request, request.meta[STEP_META], probe)
        return self._release()

    # -- pages ---------------------------------------------------------------------------------------------------
    async def search_page(self, response: Response) -> Any:
        self._answered(response.request)
        search = self._state()
        step: Step = response.meta.get(STEP_META) or Step(response.url, 0.0, 0, START)
        if not isinstance(response, HtmlResponse):
            self._read_data_list(response, step)
            for request in self._release():
                yield request
            return
        search.trail.visit(response.url)
        if search.site_title is None and step.depth <= 1:
            # The home page's title names the site; a root that only redirects (a script, a frameset) names it on
            # the page it leads to, one step further (replica/sites/xiaoyue.py).
            title = _site_title(response)
            if step.relation == START or government_name(title):
                search.site_title = title
            if search.counts_all:  # discovery: the site's own government is the agency nothing else names
                self.site_government = government_name(search.site_title)
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
        search = self._state()
        self.crawler.stats.inc_value("nianbao/listing_pages")
        found = 0
        for link, year in view.reports:
            found += self._report(link.url, link.text, year, response.url, step)
        productive = found > 0 or search.trail.productive[response.url] > 0
        for url in view.next_pages:
            if self.on_site(url):
                self._queue(scrapy.Request(url, callback=self.search_page),
                            ranking.listing_part(step, productive, ranking.PAGINATION),
                            Step(url, step.evidence, step.depth, PAGE, response.url, step.strong))
        for url in view.data_urls:
            self._queue_data(url, step, productive, Step(url, step.evidence, step.depth, DATA, response.url,
                                                         step.strong, base_url=response.url))
        for post in view.form_pages:  # pages only a POST reaches: postback pagers, jpage data groups
            if self.on_site(post.url):
                part = ranking.DATA if post.is_data else ranking.PAGINATION
                self._queue(scrapy.FormRequest(post.url, formdata=post.fields, callback=self.search_page,
                                               headers=datalists.REQUEST_HEADERS if post.is_data else None),
                            ranking.listing_part(step, productive, part),
                            Step(post.url, step.evidence, step.depth, PAGE, response.url, step.strong,
                                 base_url=response.url))
        if view.pager is not None and step.relation not in (PAGE, PROBE) and not view.next_pages and (
                view.reports or view.items) and not (view.unread_data and view.empty_list):
            # (a pager over an empty or script-fed list pages nothing: its script's data does; a script that only
            # draws the pager of a static list — the Zhoukou CMS's from script.json — leaves the pages to probe)
            first = probing.start(response.url, view.pager.total)
            if first is not None:
                url, probe = first
                self.crawler.stats.inc_value("discover/pager_probes")
                self._queue(scrapy.Request(url, callback=self.search_page),
                            ranking.listing_part(step, productive, ranking.PAGINATION),
                            Step(url, step.evidence, step.depth, PROBE, response.url, step.strong),
                            meta={PROBE_META: probe})
        reports = {link.url for link, _ in view.reports}
        for link in view.links:
            if link.url not in reports:
                self._candidate(link.text, link.url, step, productive)

    def _candidate(self, text: str, url: str, parent: Step, productive: bool) -> None:
        search = self._state()
        if not self.on_site(url) or search.frontier.seen(url):
            return
        candidate = ranking.rank_link(text, url, parent, productive)
        if candidate is None:
            return
        relation = SUB if is_below(url, parent.url) else LINK
        self._queue(scrapy.Request(url, callback=self.search_page), candidate.score,
                    Step(url, candidate.evidence, parent.depth + 1, relation, parent.url, candidate.strong))

    def _queue_data(self, url: str, parent: Step, productive: bool, step: Step) -> None:
        """Queue a JSON list (`step` says how it was found; `parent` is the page or list it belongs to)."""
        if not self.on_site(url):
            return
        self._queue(scrapy.Request(url, callback=self.search_page, headers=datalists.REQUEST_HEADERS),
                    ranking.listing_part(parent, productive, ranking.DATA), step)

    def _probed(self, response: Response, step: Step, probe: probing.Probe, view: PageView) -> None:
        """A probed page answered: if it is a page of the list (reports or a pager on it), ask for the next ones."""
        if not (view.reports or view.pager or view.next_pages):
            if response.request is not None:
                self._failed_probe(response.request, step, probe)  # a soft 404 (the home page for any URL)
            return
        for url, following in probing.found(response.url, probe):
            self._queue(scrapy.Request(url, callback=self.search_page),
                        ranking.listing_part(step, True, ranking.PAGINATION),
                        Step(url, step.evidence, step.depth, PROBE, probe.listing, step.strong),
                        meta={PROBE_META: following})

    def _failed_probe(self, request: scrapy.Request, step: Step, probe: probing.Probe) -> None:
        following = probing.missing(probe)
        if following is not None:
            url, nxt = following
            self._queue(scrapy.Request(url, callback=self.search_page), request.priority,
                        Step(url, step.evidence, step.depth, PROBE, step.parent), meta={PROBE_META: nxt})

    # -- JSON lists ----------------------------------------------------------------------------------------------
    def _read_data_list(self, response: Response, step: Step) -> None:
        search = self._state()
        page = datalists.read_text(response.text, response.url, step.base_url) \
            if isinstance(response, TextResponse) else None
        if page is None:
            return
        search.trail.visit(response.url)
        found = 0
        for row in page.rows:
            title = read_title(row.title)
            if title is not None:
                found += self._report(row.url, row.title, title.year, response.url, step, agency_hint=row.agency)
        productive = found > 0
        base = search.trail.get(step.base_url) if step.base_url else None
        for url in page.next_urls:
            self._queue_data(url, step, productive, Step(url, step.evidence, step.depth, PAGE, response.url,
                                                         step.strong, base_url=step.base_url, rendered=step.rendered))
        for row in page.rows:
            if not is_report_title(row.title):  # sub-columns a JSON tree lists (chuanhui's units)
                self._candidate(row.title, row.url, base or step, productive)

    # -- reports -------------------------------------------------------------------------------------------------
    def _report(self, url: str, title: str, year: int | None, listing: str, step: Step,
                agency_hint: str | None = None) -> int:
        search = self._state()
        if not self.on_site(url):
            search.offsite_reports.append((url, title))
        elif search.frontier.seen(url):
            search.trail.productive[listing] += 1
            return 1
        queued = 0
        for request in self.report_request(url, title, year, listing=listing, agency_hint=agency_hint):
            callback = self.search_detail if request.callback == self.parse_detail else self.search_attachment
            queued += self._queue(request.replace(callback=callback), ranking.REPORT)
        if queued:
            search.trail.productive[listing] += 1
        return queued

    def search_detail(self, response: Response) -> Iterator[Any]:
        self._answered(response.request)
        search = self._state()
        view = read_page(response) if isinstance(response, HtmlResponse) else PageView()
        others = other_reports(response, view)
        if lists_reports(response, view):
            # A report title that leads to a list of reports (a year's column): read it as a listing.
            self.crawler.stats.inc_value("discover/report_titled_listings")
            step = Step(response.url, evidence.REPORT_COLUMN, response.meta.get("depth", 1), LINK,
                        response.meta.get("listing_url"), True)
            search.trail.add(step)
            self._explore(response, step, view)
        else:
            for output in self.parse_detail(response):
                if isinstance(output, scrapy.Request):
                    if output.callback == self.parse_attachment:
                        output = output.replace(callback=self.search_attachment)
                    self._queue(output, ranking.ATTACHMENT)
                else:
                    yield output
            for link, year in view.reports:  # 上一篇 / related reports named on the page
                if link.url not in others:
                    continue  # (its own files were queued above)
                self._report(link.url, link.text, year, response.meta.get("listing_url") or response.url,
                             Step(response.url, 0.0, 0, LINK))
        yield from self._release()

    def search_attachment(self, response: Response) -> Iterator[Any]:
        self._answered(response.request)
        yield from self.parse_attachment(response)
        yield from self._release()

    # -- JavaScript lists ----------------------------------------------------------------------------------------
    def _should_render(self, step: Step, view: PageView) -> bool:
        """A page that should hold a list but shows none of it: it runs scripts, shows no item (no report, no
        article, no data URL), and either its link named the report column and it has an empty list element or
        no lead to a sub-column, or it is a disclosure page whose only content is an empty list element (a
        catalogue tree drawn by a script).  Its list is drawn from data we cannot see."""
        search = self._state()
        if search.renders >= search.max_renders or step.relation in (DATA, RENDER, PAGE, PROBE):
            return False
        if search.budget.left < RENDER_RESERVE or not view.scripted or view.data_urls:
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
        search = self._state()
        search.renders += 1
        self.crawler.stats.inc_value("discover/renders")
        self.logger.info("rendering %s: its list is drawn by a script", response.url)
        rendered = await render(response.url, user_agent=self.settings.get("USER_AGENT"),
                                launch=browser.launch_options(self.settings))
        search.renders_requests += rendered.requests
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
    def search_stats(self) -> None:
        """The search's figures in the crawl's stats (the crawl-run record keeps them)."""
        search = self._state()
        stats = self.crawler.stats
        stats.set_value("discover/budget", search.budget.limit)
        stats.set_value("discover/requests", search.budget.sent + search.budget.extra)
        stats.set_value("discover/pages_read", search.trail.pages)
        stats.set_value("discover/report_listings", len(search.trail.productive))
        stats.set_value("discover/offsite_reports", len(search.offsite_reports))

    def found_site(self, name: str | None = None) -> SiteFile:
        """What the search found, as a site file: its report columns (crawler/discovery/pin.py)."""
        search = self._state()
        return pin_site(search.start_url, search.trail, name=name, title=search.site_title)


def _site_title(response: HtmlResponse) -> str | None:
    """The site's name as its home page's <title> gives it (`青岚县人民政府` of `首页_青岚县人民政府`)."""
    title = " ".join(" ".join(response.xpath("//title//text()").getall()).split())
    parts = [p.strip() for p in re.split(r"[-_|—–]+", title) if p.strip() and p.strip() not in ("首页", "网站首页")]
    return parts[0] if parts else None
