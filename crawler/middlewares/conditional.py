"""Conditional GET from the archive's fetch history (heritrix's approach; RFC 9110 validators).

A request is sent with `If-None-Match` / `If-Modified-Since` taken from the last successful fetch of its URL, as the
crawl's validators know it (crawler/validators.py: loaded once per host, kept in memory, never a query per request).
A `304 Not Modified` is then replaced by the archived response, so callbacks read an unchanged page exactly as if it
had been downloaded again (a listing still yields its links, a detail page its attachments) while nothing was
transferred and nothing new is stored.  `request.meta["dont_revalidate"] = True` opts a request out.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes

from crawler.context import crawl_context
from storage.observation import LastFetch

PREVIOUS_META = "nianbao_previous_fetch"
NOT_MODIFIED_META = "nianbao_not_modified"


class ConditionalGetMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalGetMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if request.method != "GET" or request.meta.get("dont_revalidate") or request.meta.get("playwright"):
            return
        previous = crawl_context(self.crawler).validators.last_fetch(request.url)
        if previous is None or previous.sha256 is None or not (previous.etag or previous.last_modified):
            return
        if previous.etag:
            request.headers[b"If-None-Match"] = previous.etag
        if previous.last_modified:
            request.headers[b"If-Modified-Since"] = previous.last_modified
        request.meta[PREVIOUS_META] = previous

    def process_response(self, request: Request, response: Response) -> Response:
        previous: LastFetch | None = request.meta.get(PREVIOUS_META)
        if response.status != 304 or previous is None or previous.sha256 is None:
            return response
        archive = crawl_context(self.crawler).archive
        body = archive.document_bytes(previous.sha256)
        content_type = previous.content_type or (archive.document(previous.sha256) or {}).get("media_type")
        headers = Headers(response.headers)
        # The archived body is the decoded document: a 304's Content-Encoding (nginx repeats it) no longer applies.
        for name in (b"Content-Encoding", b"Content-Length"):
            headers.pop(name, None)
        if content_type:
            headers[b"Content-Type"] = content_type
        request.meta[NOT_MODIFIED_META] = True
        self.crawler.stats.inc_value("nianbao/revalidated/not_modified")
        cls = responsetypes.from_args(headers=headers, url=request.url, body=body)
        return cls(url=request.url, status=200, headers=headers, body=body, request=request, flags=["not_modified"])
