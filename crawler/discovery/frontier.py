"""The best-first frontier of a discovery crawl and its request budget.

Scrapy's scheduler would happily send a page of low evidence while a better one waits behind a slow response,
so discovery keeps its own queue: requests wait here, ranked by score, and only a small window of them is handed
to Scrapy at a time (with the score as Scrapy priority too).  Nothing is released once the budget
(crawler/discovery/budget.py) is spent.
"""

from __future__ import annotations

import heapq
import itertools
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit

from scrapy import Request

from crawler.discovery.budget import Budget

_INDEX_FILE = re.compile(r"/(?:index|default)\.(?:s?html?|jsp|aspx?|php)$", re.I)
# Form fields that carry a page's state, not which page a POST asks for (crawler/discovery/postbacks.py).
_VOLATILE = re.compile(r"^__(?:VIEWSTATE\w*|EVENTVALIDATION|PREVIOUSPAGE|LASTFOCUS|REQUESTDIGEST)$", re.I)


def url_key(url: str) -> str:
    """One key for the forms of one page: scheme, `index.html` after a directory, query order and fragments
    do not make another page."""
    parts = urlsplit(url)
    path = _INDEX_FILE.sub("/", parts.path or "/")
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return f"{parts.netloc.lower()}{path}" + (f"?{query}" if query else "")


def post_key(url: str, fields: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> str:
    """One key for one page asked for by POST: the URL's key and the form fields that name the page (a postback's
    target and argument alone: the other fields are the page it was sent from)."""
    named = sorted((name, value) for name, value in fields if not _VOLATILE.match(name))
    if any(name == "__EVENTTARGET" for name, _ in named):
        named = [(name, value) for name, value in named if name in ("__EVENTTARGET", "__EVENTARGUMENT")]
    return f"{url_key(url)}|POST|{urlencode(named)}"


def request_key(request: Request) -> str:
    """A GET is its URL's page; a POST is the page its form fields name."""
    if request.method != "POST":
        return url_key(request.url)
    return post_key(request.url, parse_qsl(request.body.decode("utf-8", errors="replace"), keep_blank_values=True))


@dataclass(order=True)
class _Waiting:
    rank: tuple[float, int]
    request: Request = field(compare=False)


class Frontier:
    def __init__(self, budget: Budget, window: int) -> None:
        self.budget = budget
        self.window = window
        self.in_flight = 0  # released and not answered yet
        self._heap: list[_Waiting] = []
        self._seen: set[str] = set()
        self._order = itertools.count()
        self.dropped = 0  # waiting requests never sent because the budget ran out

    def seen(self, url: str) -> bool:
        return url_key(url) in self._seen

    def mark(self, url: str) -> None:
        self._seen.add(url_key(url))

    def add(self, request: Request, score: float, *, force: bool = False) -> bool:
        """Queue `request` unless a form of its URL was queued before (`force`: queue a retry of one anyway)."""
        key = request_key(request)
        if key in self._seen and not force:
            return False
        self._seen.add(key)
        request.priority = int(score)
        heapq.heappush(self._heap, _Waiting((-score, next(self._order)), request))
        return True

    def release(self) -> list[Request]:
        """The best waiting requests, as many as the window and the budget allow."""
        out: list[Request] = []
        while self._heap and self.in_flight < self.window and self.budget.left > 0:
            out.append(heapq.heappop(self._heap).request)
            self.in_flight += 1
            self.budget.released += 1
        return out

    def answered(self) -> None:
        self.in_flight = max(0, self.in_flight - 1)

    def __len__(self) -> int:
        return len(self._heap)

    def close(self) -> int:
        """Give up what still waits (the budget is spent); returns how many requests that was."""
        self.dropped += len(self._heap)
        self._heap.clear()
        return self.dropped
