"""Redirecting the transport, never the URLs: all traffic to an offline replica of the sites.

With `REPLICA_URL=http://127.0.0.1:PORT`, a request for `https://www.haizhu.gov.cn/zwgk/…` is sent as
`GET http://127.0.0.1:PORT/www.haizhu.gov.cn/zwgk/…`, and the response is handed back under the real URL, so
spiders, items, fetch rows and WARC records only ever see real URLs.  This is done in the download handler, the
layer that owns the transport: middlewares, the scheduler and the dupefilter are unaware of it.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.utils.misc import build_from_crawler, load_object

REPLICA_ENV = "REPLICA_URL"
HTTP_HANDLER = "scrapy.core.downloader.handlers.http11.HTTP11DownloadHandler"
PLAYWRIGHT_HANDLER = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"


def replica_url() -> str | None:
    return os.environ.get(REPLICA_ENV) or None


def replica_url_for(url: str, replica: str) -> str:
    """`https://host/path?q` → `<replica>/host/path?q` (the replica routes by the real host)."""
    parts = urlsplit(url)
    path = parts.path or "/"
    query = f"?{parts.query}" if parts.query else ""
    return f"{replica.rstrip('/')}/{parts.netloc}{path}{query}"


def download_handlers(js: bool) -> dict[str, str]:
    """DOWNLOAD_HANDLERS for a spider: the browser handler only for spiders that need it, wrapped by the
    replica transport when REPLICA_URL is set."""
    if replica_url():
        relay = "crawler.transport.ReplicaDownloadHandler"
        return {"http": relay, "https": relay}
    if js:
        return {"http": PLAYWRIGHT_HANDLER, "https": PLAYWRIGHT_HANDLER}
    return {}


class ReplicaDownloadHandler(BaseDownloadHandler):
    """Download through the wrapped handler (plain HTTP, or scrapy-playwright for browser requests) from the
    replica instead of the real host."""

    lazy = False

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        replica = replica_url()
        if not replica:
            raise ValueError("ReplicaDownloadHandler needs REPLICA_URL")
        self.replica = replica
        inner = PLAYWRIGHT_HANDLER if crawler.settings.getbool("NIANBAO_JS") else HTTP_HANDLER
        self.inner: Any = build_from_crawler(load_object(inner), crawler)

    async def download_request(self, request: Request) -> Response:
        if request.meta.get("playwright"):  # the page's own route (crawler.browser.init_page) relays its traffic
            return await self.inner.download_request(request)
        relayed = request.replace(url=replica_url_for(request.url, self.replica))
        response = await self.inner.download_request(relayed)
        return response.replace(url=request.url, request=request)

    async def close(self) -> None:
        await self.inner.close()
