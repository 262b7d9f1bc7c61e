"""What the crawler does with a real browser (the system Chromium through Playwright).

Three uses only, all for pages a plain request cannot read:
- listing pages whose report list is drawn by JavaScript (scrapy-playwright, `js_listing = True` spiders);
- anti-bot challenges that set a cookie from JavaScript (`solve_challenge`): the browser earns the cookie once,
  plain requests replay it;
- a platform endpoint that reset a plain connection (`fetch`, crawler/middlewares/platform.py).
Documents are never fetched through the browser: only plain responses carry the server's true bytes and headers,
which is what the archive keeps.

With REPLICA_URL set the browser's traffic goes to the replica too, through a route on every page (`init_page`).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from crawler import challenge
from crawler.browser_relay import fulfil_kwargs
from crawler.context import current_context
from crawler.extract import sniff
from crawler.roles import API, ASSET, CHALLENGE, LISTING
from crawler.transport import replica_url, replica_url_for
from storage.observation import Observation

if TYPE_CHECKING:  # Playwright itself loads only when a browser is used (0.1 s of every crawl's start-up)
    from playwright.async_api import BrowserContext, Page, Route
    from playwright.async_api import Request as PlaywrightRequest

log = logging.getLogger(__name__)

# A listing is read from its DOM and the data its scripts load: pictures, styles and fonts are never needed.
_ABORTED_RESOURCES = {"image", "media", "font", "stylesheet"}


def abort_request(request: PlaywrightRequest) -> bool:
    """Resources never needed to read a listing (PLAYWRIGHT_ABORT_REQUEST)."""
    return request.resource_type in _ABORTED_RESOURCES


def launch_options(settings: Any) -> dict[str, Any]:
    return dict(settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS"))


async def init_page(page: Page, request: Any = None) -> None:
    """Set up a page before it navigates (scrapy-playwright's `playwright_page_init_callback`).  A module-level
    coroutine function, so requests carrying it can be serialised (distributed queue)."""
    await page.route("**/*", _handle)


def _listing_role(request: PlaywrightRequest) -> str:
    """A listing page's own document is the listing; what its scripts fetch is an API answer or an asset."""
    if request.is_navigation_request():
        return LISTING
    return API if request.resource_type in ("xhr", "fetch") else ASSET


async def _handle(route: Route) -> None:
    await _fetch(route, _listing_role)


async def _handle_challenge(route: Route) -> None:
    await _fetch(route, lambda _request: CHALLENGE)


async def _fetch(route: Route, role: Callable[[PlaywrightRequest], str]) -> None:
    """Every request of the page: unneeded resources aborted; the rest fetched here (from the replica if
    REPLICA_URL is set), revalidated against the archive and recorded in it like any plain fetch.

    Playwright's routing switches Chromium's HTTP cache off; the archive takes its place: a resource fetched before
    (this crawl or the last) is asked for with If-None-Match / If-Modified-Since and, when unchanged, served from
    the archive.  So browser pages cost no downloads on a recrawl, and their scripts and data land in WARC.
    (The route handler is the browser's transport, as the download handler is Scrapy's: it records what it
    fetched itself, through the crawl context, with the validators the crawl keeps in memory.)"""
    request = route.request
    if abort_request(request):
        await route.abort()
        return
    context = current_context()
    replica = replica_url()
    if context is None and replica is None:
        await route.fallback()  # outside a crawl: scrapy-playwright's own handler sends it
        return
    headers = await request.all_headers()  # includes the cookies the page's scripts set
    previous = None
    if context is not None and request.method == "GET":
        previous = context.validators.last_fetch(request.url)
        if previous is not None and previous.sha256 and (previous.etag or previous.last_modified):
            headers |= {k: v for k, v in (("if-none-match", previous.etag),
                                          ("if-modified-since", previous.last_modified)) if v}
    target = replica_url_for(request.url, replica) if replica else request.url
    response = await route.fetch(url=target, headers=headers, max_redirects=0)
    body = await response.body()
    # route.fetch hands the body over decoded: its Content-Encoding no longer describes it.
    pairs = [(h["name"], h["value"]) for h in response.headers_array if h["name"].lower() != "content-encoding"]
    status = response.status
    if context is not None:
        await context.record(Observation(
            url=request.url, status=status, headers=pairs, body=body, method=request.method,
            request_headers=list(headers.items()), referrer=headers.get("referer"), media_type=sniff(body),
            challenge=challenge.detect(status, pairs, body, request.url) is not None, role=role(request)))
        if status == 304 and previous is not None and previous.sha256:
            body, status = context.archive.document_bytes(previous.sha256), 200
            pairs = [(k, v) for k, v in pairs if k.lower() not in ("content-length", "content-type")]
            if previous.content_type:
                pairs.append(("Content-Type", previous.content_type))
    await route.fulfill(**fulfil_kwargs(status, pairs, body, request.is_navigation_request()))


@asynccontextmanager
async def _routed_page(user_agent: str, launch: dict[str, Any], handler: Callable[[Route], Any] = _handle
                       ) -> AsyncIterator[tuple[BrowserContext, Page]]:
    """A fresh browser and context (the crawl's User-Agent, zh-CN) with one page whose every request goes through
    `handler` (by default the crawl's route, `init_page`'s)."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(**launch)
        try:
            context = await browser.new_context(user_agent=user_agent, locale="zh-CN")
            page = await context.new_page()
            await page.route("**/*", handler)
            yield context, page
        finally:
            await browser.close()


async def fetch(url: str, *, user_agent: str, launch: dict[str, Any], timeout_ms: int = 30_000
                ) -> tuple[int, list[tuple[str, str]], bytes]:
    """`url` fetched by a fresh browser context: status, headers, body.  The page's route (`init_page`) sends it,
    to the replica under REPLICA_URL, and records it in the archive."""
    async with _routed_page(user_agent, launch) as (_, page):
        response = await page.goto(url, wait_until="load", timeout=timeout_ms)
        if response is None:
            raise RuntimeError(f"no response for {url}")
        headers = [(h["name"], h["value"]) for h in await response.headers_array()
                   if h["name"].lower() != "content-encoding"]
        return response.status, headers, await response.body()


async def solve_challenge(url: str, *, user_agent: str, launch: dict[str, Any], timeout_ms: int = 30_000
                          ) -> dict[str, str]:
    """Open `url` in a fresh browser, let its challenge script run, and return the cookies it earned for the host.

    An empty dict means the browser did not get past the challenge either.
    """
    host = urlsplit(url).hostname or ""
    async with _routed_page(user_agent, launch, _handle_challenge) as (context, page):
        await page.goto(url, wait_until="load", timeout=timeout_ms)
        # Challenge scripts set their cookie and reload; wait for the page to settle after that.
        try:
            await page.wait_for_load_state("networkidle", timeout=timeout_ms)
        except Exception:  # a page that never idles still has its cookies
            log.debug("page did not reach network idle: %s", url)
        cookies = await context.cookies()
    return {c["name"]: c["value"] for c in cookies if host.endswith(c.get("domain", "").lstrip("."))}
