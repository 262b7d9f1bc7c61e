"""Every HTTP exchange into the archive: a fetch row, the bytes (content-addressed) and a WARC record.

Scrapy's `response_downloaded` signal fires right after the download handler returns, before any downloader
middleware's process_response (scrapy/core/downloader/__init__.py `Downloader._download`): the exchange exactly as
it came off the wire — redirects before they are followed, a 503 before it is retried, a 304 before the
conditional-GET middleware replaces it, a gzip body before it is decoded.  A request that got no response at all
(timeout, reset, DNS, a request refused on its way out) reaches here as the `exchange_failed` signal, which
crawler/middlewares/exchanges.py sends from process_exception (and where it is defined).

The exchange is handed to the archive's writer thread (storage/writer.py), so the reactor never waits for a disk;
what the recording will answer (new / unchanged / not_modified / challenge / error, and the document's SHA-256)
is a task left in the request's meta, which crawler/middlewares/exchanges.py awaits before anything reads the
response: a response reaches the spider only once its blob, WARC record and fetch row are durable.  The answer
is then in `request.meta["nianbao_fetch"]` for the spider's item, and the crawl's conditional-GET validators have
learnt the fetch.  An exchange the archive could not record (a full disk, a lost database) fails the request:
a response the archive does not hold is never read.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response

from crawler import challenge, completeness, crawl_summary
from crawler.context import crawl_context
from crawler.extract import sniff
from crawler.items import FETCH_META
from crawler.middlewares.exchanges import RECORD_ERROR_META, RECORDING_META, exchange_failed
from crawler.roles import CANDIDATES, ROBOTS, context_of, role_of
from storage.observation import FetchResult, Observation

log = logging.getLogger(__name__)


class ExchangeRecorder:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.max_size = crawler.settings.getint("DOWNLOAD_MAXSIZE")
        self.report_outcomes: dict[str, str] = {}  # report document URL → its count in the summary
        crawler.signals.connect(self.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(self.exchange_failed, signal=exchange_failed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExchangeRecorder:
        return cls(crawler)

    def response_downloaded(self, response: Response, request: Request, **_: Any) -> None:
        if "playwright" in response.flags:
            return  # a rendered DOM, not what the server sent: not an HTTP observation of ours
        try:
            obs, kind = self._observation(request, response)
        except Exception as exc:  # (any failure: the request fails with it, see the module docstring)
            request.meta[RECORD_ERROR_META] = exc
            return
        request.meta[RECORDING_META] = asyncio.ensure_future(self._record(request, obs, kind))

    async def _record(self, request: Request, obs: Observation, kind: str | None) -> FetchResult:
        result = await crawl_context(self.crawler).record(obs)
        request.meta[FETCH_META] = result
        stats = self.crawler.stats
        stats.inc_value(f"nianbao/fetch/{result.outcome}")
        if kind:
            stats.inc_value(f"nianbao/challenge/{kind}")
        role = role_of(request.url, request.meta)
        if result.outcome in SERVING_OUTCOMES and role != ROBOTS:
            stats.inc_value(crawl_summary.ANSWERED)
        self._count_report(request.url, role, result.outcome)
        return result

    def exchange_failed(self, request: Request, exception: BaseException, **_: Any) -> None:
        """A request that got no response at all (timeout, reset, DNS) is an observation too (nothing waits for
        it: there is no response to hold back)."""
        error = f"{type(exception).__name__}: {exception}".splitlines()[0][:500]
        crawl_context(self.crawler).record_later(Observation(
            url=request.url, status=None, error=error, method=request.method, referrer=_header(request, b"Referer"),
            **self._annotations(request)))
        self.crawler.stats.inc_value("nianbao/fetch/error")
        self._count_report(request.url, role_of(request.url, request.meta), "error")

    def _count_report(self, url: str, role: str | None, outcome: str) -> None:
        """The crawl summary's counts of report documents (crawler/crawl_summary.py), each URL by its last answer:
        a document fetched again after a failure (a retry) counts once, as what it finally was."""
        if role not in CANDIDATES:
            return
        stats, summary = self.crawler.stats, crawl_summary.REPORTS
        previous = self.report_outcomes.get(url)
        if previous is not None:
            stats.inc_value(summary + previous, -1)
        else:
            stats.inc_value(summary + "found")
        self.report_outcomes[url] = _REPORT_COUNT.get(outcome, "failed")
        stats.inc_value(summary + self.report_outcomes[url])

    def _observation(self, request: Request, response: Response) -> tuple[Observation, str | None]:
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, vs in response.headers.items() for v in vs]
        encoding = (_header(response, b"Content-Encoding") or "").strip().lower()
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
            error = undecodable or completeness.damage(response.status, _header(response, b"Content-Type") or "",
                                                       body)
        return Observation(
            url=request.url, status=response.status, headers=headers, body=body,
            wire_body=response.body if body is not response.body else None,
            final_url=response.url, referrer=_header(request, b"Referer"), method=request.method,
            request_headers=[(k.decode("latin-1"), v.decode("latin-1"))
                             for k, vs in request.headers.items() for v in vs],
            request_body=request.body, ip=str(response.ip_address) if response.ip_address else None,
            challenge=kind is not None, error=error, media_type=sniff(body), **self._annotations(request),
        ), kind

    def _annotations(self, request: Request) -> dict[str, Any]:
        """Why the spider asked and what it knew (crawler/roles.py): stored with the fetch and in WARC."""
        spider = self.crawler.spider
        return {"role": role_of(request.url, request.meta),
                "context": context_of(request.meta, spider.name if spider else None,
                                      getattr(spider, "site_government", None))}


SERVING_OUTCOMES = ("new", "unchanged", "not_modified")
_REPORT_COUNT = {"new": "new", "unchanged": "unchanged", "not_modified": "unchanged"}  # else: failed


def _header(message: Request | Response, name: bytes) -> str | None:
    value = message.headers.get(name)
    return value.decode("latin-1") if value else None
