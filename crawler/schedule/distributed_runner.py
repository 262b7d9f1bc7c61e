"""`python scheduler.py` with REDIS_URL set: crawls are enqueued for the workers instead of run as subprocesses.

DistributedRunner has CrawlRunner's interface (`run`, `stop`, `stopping`) and keeps its rules: a run already made
is not made again, one crawl of a site at a time (a run waits while another crawl of its site is active), a
request's `rest` passes between two crawls under its lock (the season's per-host rest; kept in this process: the
season has one scheduler per archive, and a restarted one takes longer than a rest to start), and `run` returns
when the crawl is over, so `--once`, the service and its recovery read the same results.  What changes: no slot
limit here (the workers' capacity is the limit), and a crawl past its time limit is cancelled in Redis and
recorded as "timeout".  When the scheduler stops, the enqueued crawls go on in the workers; the run is still
open, so a restarted scheduler finds it owed, enqueues the same key again (a no-op) and waits for it.
"""

from __future__ import annotations

import logging
import threading
import time

import redis

from crawler.distributed import crawls
from crawler.distributed.connection import CrawlBusyError
from crawler.distributed.settings import project_settings
from crawler.schedule import history
from crawler.schedule.runner import CANCELLED, CrawlRequest, CrawlResult, StoppableRunner
from storage.archive import Archive

log = logging.getLogger(__name__)

POLL_SECONDS = 1.0
FINISH_GRACE = 30.0  # seconds the last worker may take to record the run's end after the crawl left Redis


class DistributedRunner(StoppableRunner):
    def __init__(self, archive: Archive, server: redis.Redis, *, poll: float = POLL_SECONDS) -> None:
        self.archive = archive
        self.server = server
        self.poll = poll
        self.settings = project_settings()
        self._stopping = threading.Event()
        self._free_at: dict[str, float] = {}  # lock name → when the next crawl under it may be enqueued

    def run(self, request: CrawlRequest) -> CrawlResult:
        """Enqueue the run (waiting while another crawl of the site is active) and wait for it to end."""
        if made := self.already_made(request):
            return made
        rest = self._free_at.get(request.lock_name, 0.0) - time.time()
        if rest > 0 and self._stopping.wait(rest):
            return CrawlResult(request, CANCELLED)
        try:
            return self._run(request)
        finally:
            if request.rest > 0:
                self._free_at[request.lock_name] = time.time() + request.rest

    def _run(self, request: CrawlRequest) -> CrawlResult:
        deadline = time.monotonic() + request.time_limit
        while True:
            try:
                enqueued = crawls.enqueue(self.server, self.archive, self.settings, request.spider,
                                          dict(request.arguments), request.key)
                break
            except CrawlBusyError as busy:
                log.info("%s: waiting (%s)", request.key, busy)
                if self._stopping.wait(self.poll):
                    return CrawlResult(request, CANCELLED)
        crawl = enqueued.crawl
        log.info("%s: %s for the workers", request.key, "already enqueued" if enqueued.already else "enqueued")
        while crawls.is_current(self.server, crawl):
            if self._stopping.wait(self.poll):
                return CrawlResult(request, CANCELLED)  # the workers go on; the open run is owed, not lost
            if time.monotonic() >= deadline:
                log.warning("%s: time limit reached, crawl cancelled", request.key)
                crawls.cancel(self.server, crawl.name)
                crawls.finish_run(self.archive, crawl, "timeout", {"scheduler/time_limit": request.time_limit})
                return CrawlResult(request, "timeout")
        return CrawlResult(request, *self._ending(request, crawl))

    def _ending(self, request: CrawlRequest, crawl: crawls.Crawl) -> tuple[str, int | None]:
        """(finish reason, 0 when finished) of a crawl that left Redis."""
        give_up = time.monotonic() + FINISH_GRACE
        while True:
            record = history.run_record(self.archive, request.key)
            if record is not None and record.finished_at is not None:
                reason = record.finish_reason or "finished"
                return reason, 0 if reason == "finished" else None
            if time.monotonic() >= give_up:
                log.error("%s: the crawl left Redis but its end was never recorded", request.key)
                crawls.finish_run(self.archive, crawl, "failed",
                                  {"scheduler/error": "the crawl left Redis but no worker recorded its end"})
                return "failed", None
            time.sleep(self.poll)
