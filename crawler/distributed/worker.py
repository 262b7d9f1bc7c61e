"""A worker process: joins the active crawls in Redis and runs their spiders, many at once, until stopped.

One Scrapy crawler per crawl it joins (the spider built with the crawl's arguments, so spider code is unchanged),
all in one reactor; at most `max_crawls` at a time; among the oldest active crawls, those with the fewest workers
first.  A crawler ends when its crawl drains (crawler.distributed.extension); the worker then joins the next one.

Stopping: the first SIGTERM/SIGINT stops joining and closes each crawler the Scrapy way (requests in progress are
completed, nothing new is taken), then the worker leaves its crawls (work left goes back to the queue) and exits
0; a second signal stops the reactor at once (whatever was parked is given back by the other workers' reapers).
`drain`: exit by itself once no crawl it may join is active (batch jobs, tests, benchmarks).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import signal
from dataclasses import dataclass
from types import FrameType
from typing import Any, cast

import redis
from scrapy.core.engine import ExecutionEngine
from scrapy.crawler import AsyncCrawlerRunner
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.log import configure_logging
from scrapy.utils.ossignal import install_shutdown_handlers
from scrapy.utils.reactor import install_reactor
from twisted.internet.asyncioreactor import AsyncioSelectorReactor
from twisted.python.failure import Failure

from crawler.distributed import crawls
from crawler.distributed.archive import close_shared_archive
from crawler.distributed.connection import connect
from crawler.distributed.extension import CRAWL_SETTING
from crawler.distributed.liveness import Heartbeat, new_worker_id
from crawler.distributed.queue import requeue
from crawler.distributed.settings import worker_settings

log = logging.getLogger(__name__)

REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
POLL_SECONDS = 1.0  # how often the worker looks for new crawls
SCAN_WINDOW = 200  # active crawls read per Redis round trip when looking for crawls to join
# Scrapy asks an idle spider's scheduler for work every 5 s; a worker's queue is fed by other processes, so ask
# sooner (one Redis round trip per crawl and tick).
IDLE_POLL_SECONDS = 0.5


@dataclass(frozen=True)
class WorkerOptions:
    redis_url: str | None = None
    worker_id: str | None = None
    spiders: frozenset[str] = frozenset()  # registry names this worker may run; empty: any
    max_crawls: int = 16
    drain: bool = False


class Worker:
    def __init__(self, server: redis.Redis, settings: Any, options: WorkerOptions) -> None:
        self.server = server
        self.settings = settings
        self.options = options
        self.id = settings["NIANBAO_WORKER_ID"]
        self.runner = AsyncCrawlerRunner(settings)
        self.running: dict[str, asyncio.Task[None]] = {}
        # Runs this worker has worked and left: a drained crawl stays listed until its last member leaves, and
        # must not be joined again meanwhile.
        self.worked: set[str] = set()
        self.left: dict[str, crawls.Crawl] = {}  # crawls left while still active, by site: watched till finished
        self.stopping = False
        self.failed = False

    async def run(self) -> None:
        heartbeat = Heartbeat(self.server, self.id, self.settings.getfloat("NIANBAO_WORKER_TTL"))
        heartbeat.start()
        if self.options.worker_id:  # a generated name is new: nothing can be parked under it
            self.reclaim_previous_life()
        log.info("worker %s started (at most %d crawls at once%s)", self.id, self.options.max_crawls,
                 f"; spiders {', '.join(sorted(self.options.spiders))}" if self.options.spiders else "")
        try:
            while not self.stopping:
                has_work = self.join_crawls()
                if self.options.drain and not has_work:
                    log.info("no crawl left to work: exiting")
                    break
                await asyncio.sleep(POLL_SECONDS)
            await self.runner.stop()
            await self.runner.join()
        finally:
            close_shared_archive()
            heartbeat.stop()
        log.info("worker %s stopped", self.id)

    def reclaim_previous_life(self) -> None:
        """A worker restarted under the same --id: what its previous process had parked goes back to the queue
        (its heartbeat is alive again, so no reaper would ever give those requests back)."""
        for crawl in crawls.active(self.server):
            if requeue(self.server, crawl.keys, self.id):
                log.warning("requests parked by a previous worker named %s given back to %s", self.id, crawl.name)
            self.server.srem(crawl.keys.members, self.id)

    def join_crawls(self) -> bool:
        """Join active crawls up to capacity; returns whether this worker has or could have work."""
        room = self.options.max_crawls - len(self.running)
        if room <= 0 or self.stopping:
            return True
        abandoned, watched = self.abandoned()
        for crawl in abandoned[:room]:
            if crawls.join(self.server, crawl, self.id):
                log.info("crawl %s drained but its last members died before leaving: finishing it", crawl.name)
                self.start_crawl(crawl)
        waiting = self.joinable(room)
        pipe = self.server.pipeline(transaction=False)
        for crawl in waiting:
            pipe.scard(crawl.keys.members)
        members = dict(zip((c.name for c in waiting), pipe.execute(), strict=True))
        for crawl in sorted(waiting, key=lambda c: (members[c.name], c.enqueued_at))[:room]:
            if crawls.join(self.server, crawl, self.id):
                self.start_crawl(crawl)
        return bool(self.running or waiting or watched)

    def abandoned(self) -> tuple[list[crawls.Crawl], bool]:
        """Crawls this worker left drained whose other members died before leaving: nobody would finish them (the
        last member out does).  Once the dead are reaped (their heartbeats expired), such a crawl is joined again,
        and the spider, idle at once, leaves it as its last member and finishes the run.  Also returns whether any
        crawl this worker left is still waiting for members (a draining worker waits for them)."""
        out = []
        for crawl in list(self.left.values()):
            if crawl.name in self.running:
                continue
            if not crawls.is_current(self.server, crawl):  # finished (or cancelled) by the others
                del self.left[crawl.name]
            elif crawls.is_drained(self.server, crawl) and not self.server.scard(crawl.keys.members):  # (reaped)
                del self.left[crawl.name]
                self.worked.discard(crawl.run_key)
                out.append(crawl)
        return out, bool(self.left)

    def joinable(self, room: int) -> list[crawls.Crawl]:
        """Up to a few windows' worth of the oldest crawls this worker may join (not every crawl of a season is
        read every second: among the oldest, those with the fewest workers are joined first)."""
        known = set(self.runner.spider_loader.list())  # a crawl of a spider this code lacks is left to others
        found: list[crawls.Crawl] = []
        start = 0
        while len(found) < 4 * room:
            window = crawls.active(self.server, start, SCAN_WINDOW)
            found += [c for c in window if c.spider in known and c.name not in self.running
                      and c.run_key not in self.worked
                      and (not self.options.spiders or c.spider in self.options.spiders)]
            if len(window) < SCAN_WINDOW:
                break
            start += SCAN_WINDOW
        return found

    def start_crawl(self, crawl: crawls.Crawl) -> None:
        spidercls = self.runner.spider_loader.load(crawl.spider)
        crawler = self.runner.create_crawler(spidercls)
        crawler.settings.set(CRAWL_SETTING, dataclasses.asdict(crawl), priority="cmdline")
        log.info("joining crawl %s (run %s)", crawl.name, crawl.run_key)
        task = self.runner.crawl(crawler, **crawl.arguments, run_key=crawl.run_key)
        self.running[crawl.name] = task
        task.add_done_callback(lambda done: self._crawl_ended(crawl, done))

    def _crawl_ended(self, crawl: crawls.Crawl, task: asyncio.Task[None]) -> None:
        self.running.pop(crawl.name, None)
        self.worked.add(crawl.run_key)
        self.left[crawl.name] = crawl
        if not task.cancelled() and task.exception() is not None:
            self.failed = True
            log.error("crawl %s failed in this worker: %s", crawl.name, task.exception())
        if self.server.sismember(crawl.keys.members, self.id):  # the spider never opened, so never left
            crawls.leave(self.server, crawl, self.id, {})

    def stop(self) -> None:
        if not self.stopping:
            log.info("stopping: requests in progress are completed, no new ones taken")
        self.stopping = True


def run_worker(options: WorkerOptions) -> int:
    """The process' main: install the reactor, run the worker until it stops; returns the exit status."""
    server = connect(options.redis_url)
    settings = worker_settings(options.worker_id or new_worker_id(), options.redis_url)
    install_reactor(REACTOR)
    from twisted.internet import reactor as installed  # only now: importing it installs the default reactor

    reactor = cast(AsyncioSelectorReactor, installed)


    for handler in logging.root.handlers[:]:  # the CLI's own stderr handler would print every line twice
        logging.root.removeHandler(handler)
    configure_logging(settings)
    ExecutionEngine._SLOT_HEARTBEAT_INTERVAL = IDLE_POLL_SECONDS  # see IDLE_POLL_SECONDS
    worker = Worker(server, settings, options)
    signals_seen = 0

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        nonlocal signals_seen
        signals_seen += 1
        log.info("received %s", signal.Signals(signum).name)
        reactor.callFromThread(worker.stop if signals_seen == 1 else reactor.stop)

    install_shutdown_handlers(on_signal)
    def on_failure(failure: Failure) -> None:
        log.error("worker failed: %s", failure.getErrorMessage())
        worker.failed = True

    def stop_reactor(_: object) -> None:
        if reactor.running:
            reactor.stop()

    done = deferred_from_coro(worker.run())
    done.addErrback(on_failure)
    done.addBoth(stop_reactor)
    reactor.run(installSignalHandlers=False)
    return 1 if worker.failed else 0
