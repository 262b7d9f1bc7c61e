"""Strict fixture playback for spider tests (city-scrapers style, made strict).

Fixtures live in `tests/fixtures/<spider>/`: one body file per captured response plus `<name>.meta.json`
(`url`, `status`, `headers`, `evidence`), as described in ../shared/reference/sites.md §11.  `crawl()` starts from
the spider's `start()`, answers every request from the fixtures and follows what the callbacks yield, like a tiny
engine without network or middlewares.  A request with no fixture fails the test (a crawl must never receive an
empty page it did not ask for); off-site requests are dropped as Scrapy's offsite filter would, a redirect is
followed as Scrapy's RedirectMiddleware would (its `redirect_urls` in meta), and a non-2xx answer goes to the
request's errback as Scrapy's HttpErrorMiddleware would send it (a probed page that is not there).

`python -m tests.spiders.record SITE` records a site's fixtures (from the offline replica, or `--live`).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterable, Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from scrapy import Request, Spider
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from crawler.items import ReportItem

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass
class Fixture:
    url: str
    status: int
    headers: dict[str, str]
    body: bytes


def load_fixtures(spider_name: str) -> dict[str, Fixture]:
    folder = FIXTURES / spider_name
    fixtures = {}
    for meta_path in sorted(folder.glob("*.meta.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        body_path = meta_path.with_name(meta_path.name.removesuffix(".meta.json"))
        fixtures[meta["url"]] = Fixture(meta["url"], meta.get("status", 200), meta.get("headers", {}),
                                        body_path.read_bytes() if body_path.exists() else b"")
    return fixtures


@dataclass
class Playback:
    spider: Spider
    items: list[ReportItem] = field(default_factory=list)
    requested: list[Request] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    offsite: list[str] = field(default_factory=list)


def make_spider(spider_cls: type[Spider], settings: dict[str, object] | None = None, **arguments: str) -> Spider:
    crawler = get_crawler(spider_cls, settings_dict={"REMOTE_CONTROL_ENABLED": False, **(settings or {})})
    spider = spider_cls.from_crawler(crawler, **arguments)
    crawler.spider = spider
    return spider


def crawl(spider_cls: type[Spider], fixtures: dict[str, Fixture] | None = None, *, limit: int = 2000,
          fetch: Callable[[Request], Fixture | None] | None = None, idle: bool = False,
          settings: dict[str, object] | None = None, **arguments: str) -> Playback:
    """Run the spider over its fixtures (breadth first, each URL once) and collect what it yields.

    `fetch` replaces the fixture lookup (the recorder fetches from the replica with it); `idle`: when nothing is
    left, ask the spider what it does when Scrapy runs dry (`idle_requests`: a search's next requests, the fallback
    search of a site spider whose listings are gone) as the spider_idle signal would."""
    spider = make_spider(spider_cls, settings, **arguments)
    if fetch is None:
        fixtures = load_fixtures(spider.name) if fixtures is None else fixtures
        fetch = lambda request: fixtures.get(request.url)  # noqa: E731
    result = Playback(spider)
    queue: list[Request] = asyncio.run(_start_requests(spider))
    seen: set[str] = set()
    while len(seen) < limit:
        if not queue and idle:
            queue += spider.idle_requests()  # type: ignore[attr-defined]  # (a ReportSpider)
        if not queue:
            break
        request = queue.pop(0)
        if request.url in seen and not request.dont_filter:
            continue
        seen.add(request.url)
        if not _on_site(request.url, spider.allowed_domains):
            result.offsite.append(request.url)
            continue
        result.requested.append(request)
        fixture = fetch(request)
        if fixture is None:
            result.missing.append(request.url)
            continue
        location = {k.lower(): v for k, v in fixture.headers.items()}.get("location")
        if fixture.status in REDIRECTS and location:
            redirects = [*request.meta.get("redirect_urls", []), request.url]
            queue.append(request.replace(url=urljoin(request.url, location),
                                         meta={**request.meta, "redirect_urls": redirects}))
            continue
        for output in _call(request, _response(request, fixture)):
            if isinstance(output, Request):
                queue.append(output)
            elif isinstance(output, ReportItem):
                result.items.append(output)
    closed = getattr(spider, "closed", None)
    if callable(closed):
        closed("finished")  # as Scrapy ends a crawl
    return result


async def _start_requests(spider: Spider) -> list[Request]:
    return [request async for request in spider.start()]


def _response(request: Request, fixture: Fixture) -> Response:
    headers = Headers(fixture.headers)
    cls = responsetypes.from_args(headers=headers, url=fixture.url, body=fixture.body)
    return cls(url=fixture.url, status=fixture.status, headers=headers, body=fixture.body, request=request)


def _on_site(url: str, domains: list[str]) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == domain or host.endswith("." + domain) for domain in domains)


def _call(request: Request, response: Response) -> Iterable[object]:
    if not 200 <= response.status < 300:
        if request.errback is None:
            return ()
        failure = Failure(HttpError(response, "Ignoring non-200 response"))
        failure.request = request  # type: ignore[attr-defined]  # as Scrapy hands errbacks their request
        outputs = request.errback(failure)
    else:
        callback = request.callback
        assert callback is not None, f"request without callback: {request.url}"
        outputs = callback(response)
    if isinstance(outputs, AsyncIterable):  # an async callback (the site-file and discovery spiders')
        return asyncio.run(_collect(outputs))
    return outputs or ()


async def _collect(outputs: AsyncIterable[object]) -> list[object]:
    return [output async for output in outputs]
