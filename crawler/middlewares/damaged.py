"""Retry a 2xx response whose body is not whole (crawler/completeness.py): cut short or empty, an undecodable
compressed stream, or an error page answered with 200.

Placed before HttpCompressionMiddleware (590) in process_response, so it sees the body as received and can retry
a gzip stream that Scrapy would otherwise decode to whatever part of it it could read, or fail on.  The retry is
RetryMiddleware's own (`get_retry_request`: same budget, same stats, backoff by RetryAfterMiddleware); once the
budget is spent the response goes on as it is, and the recorder archives it as received.
"""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.http import Response

from crawler import completeness

log = logging.getLogger(__name__)


class DamagedResponseMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.max_size = crawler.settings.getint("DOWNLOAD_MAXSIZE")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DamagedResponseMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if "playwright" in response.flags or "not_modified" in response.flags:
            return response
        problem = body_problem(request, response, self.max_size)
        if problem is None:
            return response
        self.crawler.stats.inc_value("nianbao/damaged")
        assert self.crawler.spider is not None  # a response reached a downloader middleware: the crawl is running
        retry = get_retry_request(request, spider=self.crawler.spider, reason=f"damaged body: {problem}")
        if retry is None:
            log.warning("%s: %s; kept as received after %d attempts", request.url, problem,
                        request.meta.get("retry_times", 0) + 1)
            return response
        return retry


def body_problem(request: Request, response: Response, max_size: int) -> str | None:
    """Why this response's body is not whole (decoding its Content-Encoding first), or None."""
    body, problem = completeness.decoded_body(response, max_size)
    content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
    return problem or completeness.empty(request, response.status, body) \
        or completeness.damage(response.status, content_type, body)
