"""robots.txt fetched once per crawl and host, whichever worker needs it first; the others read it from Redis.

Scrapy's RobotsTxtMiddleware keeps the parsed file per process, so N workers would fetch every host's robots.txt
N times.  Here the first worker to need a host's file claims it (SET NX), fetches it as Scrapy does and publishes
the body under the crawl's run key; the others wait for the body and parse that.  If the claimant dies (its
heartbeat expires) another worker claims the fetch; a claim also expires by itself after CLAIM_SECONDS.
"""

from __future__ import annotations

import asyncio

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Response
from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler

from crawler.distributed import keys, liveness
from crawler.distributed.connection import text
from crawler.distributed.settings import redis_client

CLAIM_SECONDS = 120  # a claimant silent this long is presumed dead: another worker fetches the file
POLL_SECONDS = 0.1
KEEP_SECONDS = 7 * 86400  # how long a crawl's copy outlives it (the key names the run: it is never reused)


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.server = redis_client(crawler.settings)
        self.worker = crawler.settings["NIANBAO_WORKER_ID"]

    def _key(self, netloc: str) -> str:
        return keys.robots(getattr(self.crawler.spider, "run_key", None) or "-", netloc)

    async def robot_parser(self, request: Request) -> RobotParser | None:
        netloc = urlparse_cached(request).netloc
        if netloc not in self._parsers:
            body = await self._shared_body(netloc)
            if body is not None:
                self._parsers[netloc] = build_from_crawler(self._parserimpl, self.crawler, body)
                self._stats.inc_value("nianbao/robotstxt/shared")
        return await super().robot_parser(request)  # fetches (and publishes, below) when no one else has

    async def _shared_body(self, netloc: str) -> bytes | None:
        """The body another worker published, or None once this worker has claimed the fetch for itself."""
        key = self._key(netloc)
        while True:
            body = self.server.get(key)
            if body is not None:
                return body.encode() if isinstance(body, str) else body
            claim = f"{key}:claim"
            if self.server.set(claim, self.worker, nx=True, ex=CLAIM_SECONDS):
                return None
            holder = self.server.get(claim)
            if holder is not None and not liveness.is_alive(self.server, text(holder)):
                self.server.delete(claim)  # its claimant died: whoever claims it next fetches
                continue
            await asyncio.sleep(POLL_SECONDS)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        self.server.set(self._key(netloc), response.body, ex=KEEP_SECONDS)
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        # No file (network error): Scrapy then allows everything; so do the other workers, without retrying.
        self.server.set(self._key(netloc), b"", ex=KEEP_SECONDS)
        super()._robots_error(exc, netloc)
