"""Every HTTP exchange into the archive: a fetch row, the bytes (content-addressed) and a WARC record.

Placed outermost, it sees responses exactly as the downloader produced them: redirects before they are followed,
a 503 before it is retried, a 304 before it is replaced by the archived copy, a gzip body before it is decoded.
What the archive answers (new / unchanged / not_modified / challenge / error, and the document's SHA-256) is left
in `request.meta["nianbao_fetch"]` for the pipeline.
"""

from __future__ import annotations

import logging
import zlib

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response

from crawler import challenge
from crawler.context import crawl_context
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
        encoding = response.headers.get(b"Content-Encoding", b"").decode("latin-1").strip().lower()
        body = decode_body(response.body, encoding, self.max_size)
        kind = challenge.detect(response.status, headers, body, request.url)
        error = None
        if kind is None and 200 <= response.status < 300 and challenge.wrong_body_for_document(request.url, body):
            error = "a document URL answered with an HTML page"
        obs = Observation(
            url=request.url, status=response.status, headers=headers, body=body,
            wire_body=response.body if body is not response.body else None,
            final_url=response.url, referrer=_header(request, b"Referer"), method=request.method,
            request_headers=[(k.decode("latin-1"), v.decode("latin-1"))
                             for k, vs in request.headers.items() for v in vs],
            request_body=request.body, ip=str(response.ip_address) if response.ip_address else None,
            challenge=kind is not None, error=error,
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
    """The payload after Content-Encoding (what a document's SHA-256 is taken of); wire bytes if undecodable.

    Decompression is bounded by DOWNLOAD_MAXSIZE, so a gzip bomb cannot exhaust memory here."""
    wbits = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}.get(encoding)
    if wbits is None or not body:
        return body
    try:
        try:
            return _inflate(body, wbits, max_size)
        except zlib.error:
            if encoding != "deflate":
                raise
            return _inflate(body, -zlib.MAX_WBITS, max_size)  # raw deflate, as some servers send
    except (zlib.error, ValueError) as exc:
        log.warning("could not decode %s body (%s); keeping the bytes as received", encoding, exc)
        return body


def _inflate(body: bytes, wbits: int, max_size: int) -> bytes:
    inflater = zlib.decompressobj(wbits)
    data = inflater.decompress(body, max_size + 1 if max_size else 0)
    if max_size and len(data) > max_size:
        raise ValueError(f"decoded body larger than DOWNLOAD_MAXSIZE ({max_size} bytes)")
    return data


def _header(request: Request, name: bytes) -> str | None:
    value = request.headers.get(name)
    return value.decode("latin-1") if value else None
