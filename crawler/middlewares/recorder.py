"""Every HTTP exchange into the archive: a fetch row, the bytes (content-addressed) and a WARC record.

Placed outermost, it sees responses exactly as the downloader produced them: redirects before they are followed,
a 503 before it is retried, a 304 before it is replaced by the archived copy, a gzip body before it is decoded.
What the archive answers (new / unchanged / not_modified / challenge / error, and the document's SHA-256) is left
in `request.meta["nianbao_fetch"]` for the pipeline.
"""

from __future__ import annotations

import logging

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response

from crawler import challenge, completeness
from crawler.context import crawl_context
from crawler.extract import sniff
from storage.observation import Observation

log = logging.getLogger(__name__)

FETCH_META = "nianbao_fetch"


class ArchiveRecorderMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.max_size = crawler.settings.getint("DOWNLOAD_MAXSIZE")

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveRecorderMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if "playwright" in response.flags:
            return response  # a rendered DOM, not what the server sent: not an HTTP observation of ours
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, vs in response.headers.items() for v in vs]
        encoding = (response.headers.get(b"Content-Encoding") or b"").decode("latin-1").strip().lower()
        body, undecodable = completeness.decode(response.body, encoding, self.max_size)
        if undecodable:
            log.warning("%s: %s; keeping the bytes as received", request.url, undecodable)
        kind = challenge.detect(response.status, headers, body, request.url)
        error = None
        if kind is None and 200 <= response.status < 300 and challenge.wrong_body_for_document(request.url, body):
            error = "a document URL answered with an HTML page"
        if kind is None and error is None and completeness.retries_left(request, self.crawler.settings):
            # A damaged body that will be fetched again is an error, not a document; the last attempt's body is
            # archived as the site sent it (crawler/completeness.py).
            error = undecodable or completeness.damage(response.status, _header_value(response, b"Content-Type"),
                                                       body)
        obs = Observation(
            url=request.url, status=response.status, headers=headers, body=body,
            wire_body=response.body if body is not response.body else None,
            final_url=response.url, referrer=_header(request, b"Referer"), method=request.method,
            request_headers=[(k.decode("latin-1"), v.decode("latin-1"))
                             for k, vs in request.headers.items() for v in vs],
            request_body=request.body, ip=str(response.ip_address) if response.ip_address else None,
            challenge=kind is not None, error=error, media_type=sniff(body),
        )
        context = crawl_context(self.crawler)
        result = context.archive.record_fetch(obs, run=context.run)
        request.meta[FETCH_META] = result
        stats = self.crawler.stats
        stats.inc_value(f"nianbao/fetch/{result.outcome}")
        if kind:
            stats.inc_value(f"nianbao/challenge/{kind}")
        return response

    def process_exception(self, request: Request, exception: BaseException) -> None:
        """A request that got no response at all (timeout, reset, DNS) is an observation too."""
        context = crawl_context(self.crawler)
        error = f"{type(exception).__name__}: {exception}".splitlines()[0][:500]
        context.archive.record_fetch(Observation(url=request.url, status=None, error=error, method=request.method,
                                                 referrer=_header(request, b"Referer")), run=context.run)
        self.crawler.stats.inc_value("nianbao/fetch/error")


def decode_body(body: bytes, encoding: str, max_size: int) -> bytes:
    """The payload after Content-Encoding (what a document's SHA-256 is taken of); wire bytes if undecodable."""
    return completeness.decode(body, encoding, max_size)[0]


def _header_value(response: Response, name: bytes) -> str:
    return (response.headers.get(name) or b"").decode("latin-1")


def _header(request: Request, name: bytes) -> str | None:
    value = request.headers.get(name)
    return value.decode("latin-1") if value else None
