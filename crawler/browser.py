"""What the crawler does with a real browser (the system Chromium through Playwright).

Two uses only, both for pages a plain request cannot read:
- listing pages whose report list is drawn by JavaScript (scrapy-playwright, `js_listing = True` spiders);
- anti-bot challenges that set a cookie from JavaScript (`solve_challenge`): the browser earns the cookie once,
  plain requests replay it.  Documents are never fetched through the browser: only plain responses carry the
  server's true bytes and headers, which is what the archive keeps.

With REPLICA_URL set the browser's traffic goes to the replica too, through a route on every page.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from playwright.async_api import Page, Route
from playwright.async_api import Request as PlaywrightRequest

from crawler.transport import replica_url_for

log = logging.getLogger(__name__)

_ABORTED_RESOURCES = {"image", "media", "font"}


def abort_request(request: PlaywrightRequest) -> bool:
    """Images, media and fonts are never needed to read a listing (PLAYWRIGHT_ABORT_REQUEST)."""
    return request.resource_type in _ABORTED_RESOURCES


def launch_options(settings: Any) -> dict[str, Any]:
    return dict(settings.getdict("PLAYWRIGHT_LAUNCH_OPTIONS"))


async def route_to_replica(page: Page, replica: str) -> None:
    """Send every request of the page to the replica, keeping the real URL in the browser."""

    from crawler.replica.browser_routing import fulfil_kwargs

    async def handle(route: Route) -> None:
        request = route.request
        if abort_request(request):
            await route.abort()
            return
        headers = await request.all_headers()  # includes the cookies the page's scripts set
        response = await route.fetch(url=replica_url_for(request.url, replica), headers=headers,
                                     max_redirects=0)
        # route.fetch hands over the body decoded: its Content-Encoding no longer applies.
        pairs = [(h["name"], h["value"]) for h in response.headers_array if h["name"].lower() != "content-encoding"]
        await route.fulfill(**fulfil_kwargs(response.status, pairs, await response.body(),
                                            request.is_navigation_request()))

    await page.route("**/*", handle)


def page_init_callback(replica: str) -> Callable[[Page, Any], Awaitable[None]]:
    async def init(page: Page, request: Any) -> None:
        await route_to_replica(page, replica)

    return init


async def solve_challenge(url: str, *, user_agent: str, launch: dict[str, Any], replica: str | None,
                          timeout_ms: int = 30_000) -> dict[str, str]:
    """Open `url` in a fresh browser, let its challenge script run, and return the cookies it earned for the host.

    An empty dict means the browser did not get past the challenge either.
    """
    from playwright.async_api import async_playwright

    host = urlsplit(url).hostname or ""
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(**launch)
        try:
            context = await browser.new_context(user_agent=user_agent, locale="zh-CN")
            page = await context.new_page()
            if replica:
                await route_to_replica(page, replica)
            await page.goto(url, wait_until="load", timeout=timeout_ms)
            # Challenge scripts set their cookie and reload; wait for the page to settle after that.
            try:
                await page.wait_for_load_state("networkidle", timeout=timeout_ms)
            except Exception:  # a page that never idles still has its cookies
                log.debug("page did not reach network idle: %s", url)
            cookies = await context.cookies()
        finally:
            await browser.close()
    return {c["name"]: c["value"] for c in cookies if host.endswith(c.get("domain", "").lstrip("."))}
