"""Anti-bot challenges: recognise, solve once in a real browser, replay the cookie, never archive as content.

`ChallengeMiddleware` sees a challenge response (crawler/challenge.py), lets the system Chromium open the page so
the challenge script can set its cookie, and re-sends the original request as a plain request carrying that cookie
(the archive keeps the server's real bytes, not a browser DOM).  A challenge that survives the browser is given up:
the request is dropped with a warning and counted, so a challenged listing reads as "unknown", never as "empty".
`ChallengeCookiesMiddleware` adds the earned cookies to later plain requests to the same host.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from crawler import browser, challenge

log = logging.getLogger(__name__)

SOLVED_META = "nianbao_challenge_solved"


# Per crawl (a worker runs many in one process): host → cookie name → value.
_JARS: weakref.WeakKeyDictionary[Crawler, dict[str, dict[str, str]]] = weakref.WeakKeyDictionary()


def cookie_jar(crawler: Crawler) -> dict[str, dict[str, str]]:
    """Cookies earned by the browser, per host, shared by the two middlewares of one crawl."""
    return _JARS.setdefault(crawler, {})


class ChallengeMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.jar = cookie_jar(crawler)
        self.launch = browser.launch_options(crawler.settings)
        self.user_agent = crawler.settings.get("USER_AGENT")
        self.enabled = crawler.settings.getbool("NIANBAO_SOLVE_CHALLENGES", True)
        self.locks: dict[str, asyncio.Lock] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ChallengeMiddleware:
        return cls(crawler)

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if "playwright" in response.flags:
            return response
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, vs in response.headers.items() for v in vs]
        kind = challenge.detect(response.status, headers, response.body, request.url)
        if kind is None:
            return response
        stats = self.crawler.stats
        host = urlsplit(request.url).hostname or ""
        if request.meta.get(SOLVED_META) or not self.enabled:
            stats.inc_value("nianbao/challenge/unresolved")
            log.warning("challenge (%s) not passed for %s: the page is unknown, not empty", kind, request.url)
            raise IgnoreRequest(f"unresolved {kind} challenge")
        async with self.locks.setdefault(host, asyncio.Lock()):  # one browser per host, not one per request
            if self.jar.get(host) and not _sent_cookies(request, self.jar[host]):
                return _solved(request)  # another request earned the cookie while this one was in flight
            return await self._solve(request, kind, host)

    async def _solve(self, request: Request, kind: str, host: str) -> Request:
        stats = self.crawler.stats
        log.info("challenge (%s) at %s: asking the browser", kind, request.url)
        try:
            cookies = await browser.solve_challenge(request.url, user_agent=self.user_agent, launch=self.launch)
        except Exception as exc:  # a browser failure must not stop the crawl
            log.warning("browser could not open %s: %s", request.url, str(exc).splitlines()[0])
            cookies = {}
        stats.inc_value("nianbao/challenge/browser")
        if not cookies:
            stats.inc_value("nianbao/challenge/unresolved")
            raise IgnoreRequest(f"browser earned no cookie for {kind} challenge")
        self.jar.setdefault(host, {}).update(cookies)  # ChallengeCookiesMiddleware sends them from now on
        return _solved(request)


def _solved(request: Request) -> Request:
    retry = request.replace(dont_filter=True)
    retry.headers.pop(b"Cookie", None)  # rebuilt by the cookie middlewares, now with the earned cookies
    retry.meta[SOLVED_META] = True
    return retry


def _sent_cookies(request: Request, cookies: dict[str, str]) -> bool:
    sent = (request.headers.get(b"Cookie") or b"").decode("latin-1")
    return all(f"{name}=" in sent for name in cookies)


class ChallengeCookiesMiddleware:
    """Replay browser-earned challenge cookies on plain requests to the same host (after CookiesMiddleware)."""

    def __init__(self, crawler: Crawler) -> None:
        self.jar = cookie_jar(crawler)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ChallengeCookiesMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        cookies = self.jar.get(urlsplit(request.url).hostname or "")
        if not cookies:
            return
        present = (request.headers.get(b"Cookie") or b"").decode("latin-1")
        merged = dict(part.strip().split("=", 1) for part in present.split(";") if "=" in part)
        merged.update(cookies)  # the browser's cookies belong together (a clearance is tied to its session id)
        request.headers[b"Cookie"] = "; ".join(f"{k}={v}" for k, v in merged.items())
