"""Waiting before a request is sent again: `Retry-After` on 429/503, exponential backoff on other retries.

- 429 and 503 with `Retry-After`: RetryMiddleware would retry at once, ignoring the server's wish.  The response is
  turned back into its request with the wait recorded in meta; both forms of the header are accepted (seconds, HTTP
  date); the wait is capped by RETRY_AFTER_MAX_WAIT and the attempts by RETRY_AFTER_MAX_ATTEMPTS, after which the
  response goes on to the normal error handling.
- A request RetryMiddleware sends again after a transient failure (5xx, reset, timeout) waits
  RETRY_BACKOFF_BASE × 2^(attempt − 1) seconds (± 25 %, at most RETRY_BACKOFF_MAX) instead of going at once.

`process_request` awaits the wait with an asyncio sleep: the reactor keeps serving other hosts meanwhile.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response

log = logging.getLogger(__name__)

WAIT_META = "nianbao_retry_after_wait"
ATTEMPT_META = "nianbao_retry_after_attempt"
BACKOFF_DONE_META = "nianbao_backoff_done"  # the retry count whose backoff was already waited
STATUSES = {429, 503}
DEFAULT_WAIT = 30.0


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or an HTTP date); None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RetryAfterMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.max_wait = crawler.settings.getfloat("RETRY_AFTER_MAX_WAIT", 300)
        self.max_attempts = crawler.settings.getint("RETRY_AFTER_MAX_ATTEMPTS", 5)
        self.backoff_base = crawler.settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.backoff_max = crawler.settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        wait = request.meta.pop(WAIT_META, None)
        retries = request.meta.get("retry_times", 0)  # set by RetryMiddleware on the copies it sends again
        if wait is None and retries and request.meta.get(BACKOFF_DONE_META) != retries:
            request.meta[BACKOFF_DONE_META] = retries
            wait = min(self.backoff_base * 2 ** (retries - 1), self.backoff_max) * random.uniform(0.75, 1.25)
            self.crawler.stats.inc_value("nianbao/retry_backoff")
        if wait:
            await asyncio.sleep(wait)

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if response.status not in STATUSES:
            return response
        header = response.headers.get(b"Retry-After")
        wait = parse_retry_after(header.decode("latin-1") if header else None)
        if wait is None and response.status == 503:
            return response  # a plain 503 is RetryMiddleware's business (immediate retries, then give up)
        attempt = request.meta.get(ATTEMPT_META, 0) + 1
        if attempt > self.max_attempts:
            self.crawler.stats.inc_value("nianbao/ratelimited/gave_up")
            return response
        self.crawler.stats.inc_value("nianbao/ratelimited")
        delay = min(wait if wait is not None else DEFAULT_WAIT, self.max_wait)
        log.info("%s asked to wait %.0f s (HTTP %d, attempt %d)", request.url, delay, response.status, attempt)
        retry = request.replace(dont_filter=True)
        retry.meta[WAIT_META] = delay
        retry.meta[ATTEMPT_META] = attempt
        return retry
