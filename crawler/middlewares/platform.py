"""A connection reset on a platform endpoint (the gkmlpt JSON API), retried once through the browser context.

Public scrapers of gd.gov.cn note that the provincial platform resets connections of clients it does not take for
a browser (real-evidence.md; unverified for haizhu and panyu), and Shenzhen's needed a TLS-compatibility retry.  A
request marked PLATFORM_META whose connection is reset (or dropped before any answer) is fetched once more by the
system Chromium, in a browser context with the crawl's User-Agent (crawler/browser.py `fetch`): the browser's
route records the exchange in the archive like any browser request, and the spider gets the answer as if Scrapy had
downloaded it.  If the browser fails too, the failure goes on to Scrapy's plain retries.
"""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import DownloadFailedError, ResponseDataLossError
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from twisted.internet.error import ConnectionDone, ConnectionLost
from twisted.web.client import ResponseFailed

from crawler import browser

log = logging.getLogger(__name__)

PLATFORM_META = "nianbao_platform_endpoint"  # request.meta: a platform API (a reset is retried in the browser)
_BROWSER_RETRIED = "nianbao_platform_browser_retried"
# A connection dropped before a whole answer came: Twisted's own errors, and what Scrapy wraps them in.
RESETS = (ConnectionLost, ConnectionDone, ConnectionResetError, ResponseFailed, DownloadFailedError,
          ResponseDataLossError)


class PlatformResetMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.launch = browser.launch_options(crawler.settings)
        self.user_agent = crawler.settings.get("USER_AGENT")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PlatformResetMiddleware:
        return cls(crawler)

    async def process_exception(self, request: Request, exception: BaseException) -> Response | None:
        if not request.meta.get(PLATFORM_META) or request.meta.get(_BROWSER_RETRIED) \
                or not isinstance(exception, RESETS):
            return None
        request.meta[_BROWSER_RETRIED] = True
        stats = self.crawler.stats
        stats.inc_value("nianbao/platform/browser_retries")
        log.info("connection reset on %s: retrying it once in the browser", request.url)
        try:
            status, headers, body = await browser.fetch(request.url, user_agent=self.user_agent, launch=self.launch)
        except Exception as exc:  # a browser failure must not stop the crawl: Scrapy's own retries take over
            stats.inc_value("nianbao/platform/browser_failures")
            log.warning("the browser could not fetch %s either: %s", request.url, str(exc).splitlines()[0])
            return None
        response_headers = Headers({name: value for name, value in headers})
        cls = responsetypes.from_args(headers=response_headers, url=request.url, body=body)
        return cls(url=request.url, status=status, headers=response_headers, body=body, request=request,
                   flags=["browser"])
