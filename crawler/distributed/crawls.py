"""Crawls in Redis: enqueued once, joined by any number of workers, finished by the last one out.

Life of a crawl (one site, one crawl_runs row, one run key):
1. `enqueue` claims the site's descriptor (one active crawl per site), opens the crawl run in the archive under
   the run key, queues the start requests (crawler.distributed.seeding) and only then lists the crawl as active.
2. A worker *joins* (adds itself to the crawl's members) and runs the spider with the crawl's arguments; every
   worker records its fetches under the same run (start_run is idempotent by key).
3. The crawl is *drained* when its queue is empty and no request is parked (taken and not completed) anywhere:
   nothing can add a request any more.  A drained worker closes its spider and *leaves*, adding its numeric
   Scrapy stats to the crawl's; the last member to leave a drained crawl deletes its keys and finishes the run in
   the archive with the summed stats ("finished").
A worker that leaves early (stopped) gives its parked requests back; a dead one's are given back by the reaper.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import redis
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader

from crawler.base import ReportSpider
from crawler.distributed import keys, liveness, seeding
from crawler.distributed.connection import CrawlBusyError, DistributedError, text
from crawler.distributed.keys import CrawlKeys
from crawler.distributed.queue import requeue
from crawler.run_keys import run_key as make_run_key
from storage.archive import Archive

ENQUEUE_KIND = "enqueue"  # run keys `<site>-enqueue-<UTC time>` (crawler/run_keys.py)


@dataclass(frozen=True)
class Crawl:
    name: str  # the spider instance's name: the site (Redis keys and crawl_runs.spider)
    spider: str  # the spider's registry name (`site` for every site file)
    arguments: dict[str, str]
    run_key: str
    enqueued_at: float

    @property
    def keys(self) -> CrawlKeys:
        return CrawlKeys(self.name)


@dataclass(frozen=True)
class Enqueued:
    crawl: Crawl
    queued: int  # start requests put in the queue (0 when `already`)
    already: bool  # the same run was already enqueued: nothing was done


@dataclass
class Left:
    outcome: str  # gone (finished or cancelled meanwhile) | left (work remains) | drained | finish (we were last)
    stats: dict[str, int | float] = field(default_factory=dict)


# KEYS: descriptor, members; ARGV: run key, worker.
_JOIN = """
if redis.call('HGET', KEYS[1], 'run_key') ~= ARGV[1] then return 0 end
redis.call('SADD', KEYS[2], ARGV[2])
return 1
"""

# KEYS: descriptor, members, requests, inflight, stats, dupefilter, active crawls; ARGV: run key, worker, name.
_LEAVE = """
if redis.call('HGET', KEYS[1], 'run_key') ~= ARGV[1] then return {'gone'} end
redis.call('SREM', KEYS[2], ARGV[2])
if redis.call('ZCARD', KEYS[3]) > 0 or redis.call('HLEN', KEYS[4]) > 0 then return {'left'} end
if redis.call('SCARD', KEYS[2]) > 0 then return {'drained'} end
local stats = redis.call('HGETALL', KEYS[5])
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5], KEYS[6])
redis.call('ZREM', KEYS[7], ARGV[3])
return {'finish', stats}
"""


def load_spider_class(settings: Settings, spider: str) -> type[ReportSpider]:
    loader = SpiderLoader.from_settings(settings)
    try:
        found = loader.load(spider)
    except KeyError:
        raise DistributedError(f"no such spider: {spider} (spiders: {', '.join(sorted(loader.list()))})") from None
    if not issubclass(found, ReportSpider):
        raise DistributedError(f"{spider} is not a site spider (crawler.base.ReportSpider): it cannot be enqueued")
    return found


def enqueue(server: redis.Redis, archive: Archive, settings: Settings, spider: str,
            arguments: dict[str, str] | None = None, run_key: str | None = None) -> Enqueued:
    """Enqueue one crawl of `spider`; the same `run_key` again is a no-op, another key while the site's crawl is
    active raises CrawlBusyError."""
    arguments = {k: v for k, v in (arguments or {}).items() if k != "run_key"}
    instance = seeding.build_spider(load_spider_class(settings, spider), settings, arguments)
    now = time.time()
    key = run_key or make_run_key(instance.name, dt.datetime.fromtimestamp(now, dt.UTC), ENQUEUE_KIND)
    instance.run_key = key
    start = seeding.start_requests(instance)  # before anything is recorded: a spider may refuse
    crawl = Crawl(instance.name, spider, arguments, key, now)
    ck = crawl.keys
    if not server.hsetnx(ck.descriptor, "run_key", key):
        active = server.hget(ck.descriptor, "run_key")
        if active is not None and text(active) == key:
            return Enqueued(describe(server, crawl.name) or crawl, 0, already=True)
        raise CrawlBusyError(f"a crawl of {crawl.name} is already queued or running (run "
                             f"{text(active) if active else '?'}); wait for it, or cancel it")
    try:
        archive.ensure_site(crawl.name, base_url=getattr(instance, "base_url", None) or None)
        archive.start_run(crawl.name, {**arguments, "run_key": key}, key=key)
        server.delete(*[k for k in ck.all() if k != ck.descriptor])  # leftovers of a cancelled crawl
        queued = seeding.seed(server, instance, start)
        server.hset(ck.descriptor, mapping={"spider": spider, "arguments": json.dumps(arguments),
                                            "enqueued_at": repr(now)})
        server.zadd(keys.ACTIVE_CRAWLS, {crawl.name: now})  # visible to the workers from here on
    except BaseException:
        server.delete(ck.descriptor)
        raise
    return Enqueued(crawl, queued, already=False)


def describe(server: redis.Redis, name: str) -> Crawl | None:
    """The active crawl of a site, None when there is none (or it is still being enqueued)."""
    return _crawl(name, server.hgetall(CrawlKeys(name).descriptor))


def _crawl(name: str, descriptor: Mapping[Any, Any]) -> Crawl | None:
    fields = {text(k): text(v) for k, v in descriptor.items()}
    if "spider" not in fields:
        return None
    return Crawl(name, fields["spider"], json.loads(fields["arguments"]), fields["run_key"],
                 float(fields["enqueued_at"]))


def active(server: redis.Redis, start: int = 0, count: int | None = None) -> list[Crawl]:
    """Active crawls, oldest first (`count` of them from the `start`-th: a season enqueues thousands)."""
    names = [text(raw) for raw in server.zrange(keys.ACTIVE_CRAWLS, start, -1 if count is None else
                                                   start + count - 1)]
    pipe = server.pipeline(transaction=False)
    for name in names:
        pipe.hgetall(CrawlKeys(name).descriptor)
    crawls = (_crawl(name, descriptor) for name, descriptor in zip(names, pipe.execute(), strict=True))
    return [crawl for crawl in crawls if crawl is not None]


def is_current(server: redis.Redis, crawl: Crawl) -> bool:
    key = server.hget(crawl.keys.descriptor, "run_key")
    return key is not None and text(key) == crawl.run_key


def is_drained(server: redis.Redis, crawl: Crawl) -> bool:
    """Nothing queued, nothing parked: no request of this crawl exists any more (after reaping the dead)."""
    liveness.reap(server, crawl.keys)
    pipe = server.pipeline()
    pipe.zcard(crawl.keys.requests)
    pipe.hlen(crawl.keys.inflight)
    queued, parked = pipe.execute()
    return queued == 0 and parked == 0


def join(server: redis.Redis, crawl: Crawl, worker: str) -> bool:
    """Become a member of the crawl; False when it is no longer active (finished or cancelled meanwhile)."""
    return bool(server.register_script(_JOIN)(keys=[crawl.keys.descriptor, crawl.keys.members],
                                              args=[crawl.run_key, worker]))


def leave(server: redis.Redis, crawl: Crawl, worker: str, stats: dict[str, Any]) -> Left:
    """Leave the crawl: give back what this worker still has parked, add its stats, and finish the crawl in Redis
    if it is drained and this worker was its last member (then `stats` holds everyone's)."""
    ck = crawl.keys
    requeue(server, ck, worker)
    liveness.reap(server, ck)
    if is_current(server, crawl):
        pipe = server.pipeline()
        for name, value in _numbers(stats).items():
            if isinstance(value, float):
                pipe.hincrbyfloat(ck.stats, name, value)
            else:
                pipe.hincrby(ck.stats, name, value)
        pipe.hincrby(ck.stats, "distributed/workers", 1)
        pipe.execute()
    answer = server.register_script(_LEAVE)(
        keys=[ck.descriptor, ck.members, ck.requests, ck.inflight, ck.stats, ck.dupefilter, keys.ACTIVE_CRAWLS],
        args=[crawl.run_key, worker, crawl.name])
    outcome = answer[0].decode()
    if outcome != "finish":
        return Left(outcome)
    flat = answer[1]
    return Left(outcome, {flat[i].decode(): _number(flat[i + 1].decode()) for i in range(0, len(flat), 2)})


def cancel(server: redis.Redis, name: str) -> Crawl | None:
    """Drop the site's active crawl from Redis (workers close their spider at the next idle check)."""
    crawl = describe(server, name)
    ck = CrawlKeys(name)
    server.delete(*ck.all())
    server.zrem(keys.ACTIVE_CRAWLS, name)
    return crawl


def finish_run(archive: Archive, crawl: Crawl, reason: str, stats: dict[str, Any]) -> None:
    """Finish the crawl's run (start_run with its key returns the run `enqueue` opened)."""
    run = archive.start_run(crawl.name, {**crawl.arguments, "run_key": crawl.run_key}, key=crawl.run_key)
    archive.finish_run(run, reason, stats)


def status(server: redis.Redis) -> list[dict[str, Any]]:
    """What `enqueue --status` prints: per active crawl its run, queue, parked requests and workers."""
    rows = []
    for crawl in active(server):
        ck = crawl.keys
        members = sorted(text(m) for m in server.smembers(ck.members))
        rows.append({"site": crawl.name, "spider": crawl.spider, "run_key": crawl.run_key,
                     "arguments": crawl.arguments, "queued": server.zcard(ck.requests),
                     "in_progress": server.hlen(ck.inflight),
                     "workers": {m: liveness.is_alive(server, m) for m in members},
                     "enqueued_at": dt.datetime.fromtimestamp(crawl.enqueued_at, dt.UTC).isoformat()})
    return rows


def _numbers(stats: dict[str, Any]) -> dict[str, int | float]:
    return {k: v for k, v in stats.items() if isinstance(v, int | float) and not isinstance(v, bool)}


def _number(text: str) -> int | float:
    try:
        return int(text)
    except ValueError:
        return float(text)
