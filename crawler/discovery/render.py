"""Rendering a JavaScript listing once in the system Chromium, to learn the JSON API its script calls.

Discovery first reads the data URL out of a page's inline scripts (cheap, no browser).  When a page that should
list reports shows an empty list and names no data URL (the request is built inside a shared .js file), the page
is opened once in a browser: the links it draws are read, and — more useful — the XHR/fetch URLs it called are
kept, so the API is then paged with plain requests (whose bytes, unlike a DOM, are what the archive keeps).
The browser's traffic is routed as for challenges (crawler/browser.py `init_page`): recorded in the archive, and
sent to the replica when REPLICA_URL is set.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from crawler.browser import abort_request, init_page

log = logging.getLogger(__name__)

_DATA_TYPES = {"xhr", "fetch"}
# A pager a script draws and binds (`javascript:` buttons): clicked through, each click's data request kept.
_NEXT_BUTTON = "a:text-is('下一页'), a:text-is('下页'), button:text-is('下一页'), a:text-is('>')"
MAX_PAGER_CLICKS = 30


@dataclass
class Rendered:
    url: str
    html: str = ""
    data_urls: list[str] = field(default_factory=list)  # XHR/fetch requests the page's scripts made
    requests: int = 0  # requests the page sent to the site (the crawl budget counts them)
    error: str | None = None


async def render(url: str, *, user_agent: str, launch: dict[str, Any], timeout_ms: int = 30_000) -> Rendered:
    """Open `url`, wait until the network is idle, return the DOM and the data requests it made."""
    result = Rendered(url)

    def seen(request: Any) -> None:
        if abort_request(request):
            return  # images, fonts and media are never fetched
        result.requests += 1
        if request.resource_type in _DATA_TYPES and request.method == "GET":
            result.data_urls.append(request.url)

    try:
        from playwright.async_api import async_playwright  # (only when a page is rendered)

        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(**launch)
            try:
                context = await browser.new_context(user_agent=user_agent, locale="zh-CN")
                page = await context.new_page()
                await init_page(page)  # routed like every browser page: to the replica if set, into the archive
                page.on("request", seen)
                await page.goto(url, wait_until="load", timeout=timeout_ms)
                try:
                    await page.wait_for_load_state("networkidle", timeout=timeout_ms)
                except Exception:  # a page that never idles (polling, long-poll) has still drawn its list
                    log.debug("page did not reach network idle: %s", url)
                result.html = await page.content()
                await _click_through(page, result, timeout_ms)
            finally:
                await browser.close()
    except Exception as exc:  # a browser failure costs this page only, never the crawl
        result.error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        log.warning("could not render %s: %s", url, result.error)
    result.data_urls = list(dict.fromkeys(result.data_urls))
    return result


async def _click_through(page: Any, result: Rendered, timeout_ms: int) -> None:
    """Follow a script-built pager: click 下一页 while each click makes the page ask for data it had not asked for
    (the list's next page); stop at the last page, or when a click loads nothing new."""
    for _ in range(MAX_PAGER_CLICKS):
        button = page.locator(_NEXT_BUTTON).first
        if not await button.count() or not await button.is_visible():
            return
        known = len(set(result.data_urls))
        try:
            await button.click(timeout=timeout_ms)
            await page.wait_for_load_state("networkidle", timeout=timeout_ms)
        except Exception:  # a button that navigates away or never settles: what was learnt so far stands
            log.debug("pager click did not settle on %s", result.url)
            return
        if len(set(result.data_urls)) == known:
            return
