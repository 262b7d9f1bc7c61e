"""Politeness per host across every worker: one request at a time per host, and a pause after each one.

Scrapy's DOWNLOAD_DELAY and per-domain concurrency hold per process; N workers would hit a host N times as hard.
Here the host is a token in Redis (`nianbao:host:<host>`): a worker may send a request to the host only while it
holds the token, takes it only once `free_at` has passed, and on the response (or the failure) gives it back
with `free_at = now + NIANBAO_HOST_DELAY`.  So the server sees, from all workers together, at most one request
in progress and at least the delay between the end of one exchange and the start of the next (Heritrix's rule),
whatever the number of workers.  The clock is Redis' own (`TIME`), so workers' clocks need not agree.  A
Retry-After answer (429/503) holds the host that long for all of them.

A token held by a dead worker (heartbeat expired) is taken over; a long download keeps its token however long it
takes.  Inside one worker, requests for the same host queue on a local lock, so only one of them polls Redis.

The middleware sits nearest the wire (990, after every other middleware): every request Scrapy sends passes it,
the robots.txt fetch and retries included; what it cannot see are the sub-resources a browser page loads itself.
(The exchange recorder hears a response from the downloader's signal before this process_response gives the token
back, so the token is also held while the exchange is archived: milliseconds, and never less polite.)
"""

from __future__ import annotations

import asyncio
import logging

import redis
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

from crawler.distributed import keys
from crawler.distributed.connection import text
from crawler.distributed.settings import redis_client  # one client per worker process
from crawler.middlewares.retry_after import STATUSES, parse_retry_after

log = logging.getLogger(__name__)

GATE_META = "nianbao_host_gate"  # the host whose token this request holds
POLL_SECONDS = 0.05  # how soon to ask again while another worker's request to the host is in progress
WAITED_STAT = "nianbao/host_gate/waited_seconds"  # how long requests waited for the host's token

# KEYS: gate, holder's heartbeat (or the gate again when there is no holder); ARGV: worker, safety TTL (ms).
# Returns 0 when the token is ours, -1 while another live worker holds it, else milliseconds until free_at.
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local holder = redis.call('HGET', KEYS[1], 'holder')
if holder and holder ~= ARGV[1] and redis.call('EXISTS', KEYS[2]) == 1 then return -1 end
local free_at = tonumber(redis.call('HGET', KEYS[1], 'free_at') or '0')
if now < free_at then return free_at - now end
redis.call('HSET', KEYS[1], 'holder', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 0
"""

# KEYS: gate; ARGV: worker, delay (ms), safety TTL (ms).
_RELEASE = """
if redis.call('HGET', KEYS[1], 'holder') ~= ARGV[1] then return 0 end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('HDEL', KEYS[1], 'holder')
redis.call('HSET', KEYS[1], 'free_at', now + tonumber(ARGV[2]))
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
"""


class HostGate:
    """The Redis side: try to take a host's token, give it back."""

    def __init__(self, server: redis.Redis, worker: str, delay: float, *, safety_ttl: float = 3600.0) -> None:
        self.server = server
        self.worker = worker
        self.delay_ms = int(delay * 1000)
        # The gate key expires if everyone forgets it (a worker dead with the token and no one asking since).
        self.ttl_ms = int(safety_ttl * 1000)
        self._acquire = server.register_script(_ACQUIRE)
        self._release = server.register_script(_RELEASE)

    def try_acquire(self, host: str) -> float:
        """0.0 when the token is ours; otherwise how long to wait (seconds) before asking again."""
        gate = keys.host_gate(host)
        holder = self.server.hget(gate, "holder")
        holder_alive = keys.heartbeat(text(holder)) if holder else gate
        answer = int(self._acquire(keys=[gate, holder_alive], args=[self.worker, self.ttl_ms]))
        if answer == 0:
            return 0.0
        return POLL_SECONDS if answer < 0 else answer / 1000

    def release(self, host: str, pause: float = 0.0) -> None:
        """Give the token back; no one takes it before the delay, or `pause` seconds if longer (Retry-After)."""
        delay_ms = max(self.delay_ms, int(pause * 1000))
        self._release(keys=[keys.host_gate(host)], args=[self.worker, delay_ms, self.ttl_ms + delay_ms])


class HostGateMiddleware:
    def __init__(self, crawler: Crawler, gate: HostGate) -> None:
        self.crawler = crawler
        self.gate = gate
        self.max_pause = crawler.settings.getfloat("RETRY_AFTER_MAX_WAIT", 300)
        self._local: dict[str, asyncio.Lock] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HostGateMiddleware:
        settings = crawler.settings
        gate = HostGate(redis_client(settings), settings["NIANBAO_WORKER_ID"], settings.getfloat("NIANBAO_HOST_DELAY"))
        return cls(crawler, gate)

    async def process_request(self, request: Request) -> None:
        host = (urlparse_cached(request).hostname or "").lower()
        lock = self._local.setdefault(host, asyncio.Lock())
        await lock.acquire()  # released in process_response / process_exception, when the exchange is over
        try:
            waited = 0.0
            while (wait := self.gate.try_acquire(host)) > 0:
                waited += wait
                await asyncio.sleep(wait)
        except BaseException:
            lock.release()
            raise
        if waited:  # seconds, a float (inc_value counts in integers)
            stats = self.crawler.stats
            stats.set_value(WAITED_STAT, stats.get_value(WAITED_STAT, 0.0) + waited)
        request.meta[GATE_META] = host

    def process_response(self, request: Request, response: Response) -> Response:
        self._release(request, self._asked_pause(response))
        return response

    def process_exception(self, request: Request, exception: BaseException) -> None:
        self._release(request)

    def _asked_pause(self, response: Response) -> float:
        """A 429/503 with Retry-After holds the host for every worker, not only for the request that got it
        (RetryAfterMiddleware makes that request wait; the others would go on knocking)."""
        if response.status not in STATUSES:
            return 0.0
        header = response.headers.get(b"Retry-After")
        wait = parse_retry_after(header.decode("latin-1") if header else None)
        return min(wait or 0.0, self.max_pause)

    def _release(self, request: Request, pause: float = 0.0) -> None:
        host = request.meta.pop(GATE_META, None)
        if host is None:
            return
        try:
            self.gate.release(host, pause)
        finally:
            self._local[host].release()
