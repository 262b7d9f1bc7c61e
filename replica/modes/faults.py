"""Transient failures a crawler must ride out: rate limiting and flaky 5xx answers.

Counters are per rule and per real URL, so switching a mode on starts its count afresh.  Later fault modes
(connection resets, timeouts, slow drip, truncated bodies, bad gzip, redirect loops, traps) go in this module.
"""

from __future__ import annotations

import collections
import random
import time
from typing import Any

from replica.modes.base import Mode, Request, register
from replica.wire import Reply, simple_reply

_BUSY_PAGE = "<html><head><title>{status}</title></head><body><h1>{status}</h1><p>{text}</p></body></html>"


def _busy(request: Request, status: int, text: str, extra: list[tuple[str, str]]) -> Reply:
    body = _BUSY_PAGE.format(status=status, text=text).encode()
    return simple_reply(request.site, status, body, "text/html; charset=utf-8", extra)


@register
class RateLimit(Mode):
    """429 (or 503) with `Retry-After`: for the first `n` requests of each URL, or, with `rps` set, whenever a
    host gets more than `rps` requests within one second."""

    name = "ratelimit"
    params = {"status": 429, "retry_after": 2, "n": 1, "rps": 0.0}

    def __init__(self, params: dict[str, Any], rng: random.Random, secret: bytes) -> None:
        super().__init__(params, rng, secret)
        self.recent: dict[str, collections.deque[float]] = collections.defaultdict(collections.deque)

    def intercept(self, request: Request) -> Reply | None:
        if self.settings["rps"] > 0:
            limited = self._over_rate(request.host)
        else:
            limited = self.count(request.url) <= self.settings["n"]
        if not limited:
            return None
        reply = _busy(request, self.settings["status"], "请求过于频繁，请稍后再试。",
                      [("Retry-After", str(self.settings["retry_after"]))])
        reply.fault = self.name
        return reply

    def _over_rate(self, host: str) -> bool:
        now = time.monotonic()
        with self.lock:
            window = self.recent[host]
            while window and now - window[0] > 1.0:
                window.popleft()
            if len(window) >= self.settings["rps"]:
                return True
            window.append(now)
            return False


@register
class Flaky(Mode):
    """503 without `Retry-After`: for the first `n` requests of each URL, or at random with probability `p`."""

    name = "flaky"
    params = {"n": 2, "p": 0.0, "status": 503}

    def intercept(self, request: Request) -> Reply | None:
        if self.settings["p"] > 0:
            with self.lock:
                failing = self.rng.random() < self.settings["p"]
        else:
            failing = self.count(request.url) <= self.settings["n"]
        if not failing:
            return None
        reply = _busy(request, self.settings["status"], "服务暂时不可用。", [])
        reply.fault = self.name
        return reply
