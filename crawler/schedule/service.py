"""The foreground service: APScheduler 3 with its job store in the archive database.

One job per site (`crawl:<spider>`, trigger: the site's timetable) in the `scheduler_jobs` table of the archive's
own database (SQLite file or PostgreSQL), with `coalesce` (runs missed while the scheduler was down collapse into
one), `misfire_grace_time` (a missed run is made up only while it is no older than this) and `max_instances=1`
(a site whose crawl is still running skips its next fire instead of overlapping it).

What a restart must neither lose nor repeat, and how:
- a run fired while the scheduler was down: APScheduler finds the job overdue in its store and fires it once;
- a run fired but not made (the scheduler was killed while it waited for a slot or while the crawl ran, or was
  stopped and stopped the crawl): APScheduler has already moved the job on, so `recover` compares the plan with
  crawl_runs and makes the owed run again, under the same key;
- a run already made: every launch first looks its key up in crawl_runs (the key is the slot, not the jittered
  fire time, so the same slot always has the same key).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import traceback
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Any

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.executors.base import BaseExecutor
from apscheduler.job import Job
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler

from crawler.run_keys import run_key
from crawler.schedule import history
from crawler.schedule.config import ScheduleConfig, SiteConfig
from crawler.schedule.plan import TIMEZONE, Timetable
from crawler.schedule.runner import ALREADY_QUEUED, CrawlRequest, CrawlResult, CrawlRunner
from storage.archive import Archive

log = logging.getLogger(__name__)

JOB_TABLE = "scheduler_jobs"
JOB_PREFIX = "crawl:"


def run_scheduled_crawl(spider: str, *, service: Service | None = None, scheduled: dt.datetime | None = None) -> str:
    """The job function (stored by reference in the job store): make the run of `spider` fired at `scheduled`.

    `service` and `scheduled` are supplied by CrawlExecutor at each fire (they are not stored with the job, and
    APScheduler checks a job's stored arguments against this signature, hence the defaults)."""
    if service is None or scheduled is None:
        raise TypeError("run_scheduled_crawl runs under CrawlExecutor, which supplies the service and fire time")
    return service.crawl_fired(spider, scheduled).reason


class CrawlExecutor(BaseExecutor):
    """Runs due jobs on the service's thread pool and tells the job function the time it was fired for.

    APScheduler's own executors call a job's function without its scheduled time; the run's identity needs it.
    Jobs are always coalesced, so one call gets the latest of the run times APScheduler hands over.
    """

    def __init__(self, service: Service) -> None:
        super().__init__()
        self._service = service

    def _do_submit_job(self, job: Job, run_times: list[dt.datetime]) -> None:
        future = self._service.submit(self._run_job, job, run_times[-1])
        future.add_done_callback(partial(self._done, job.id))

    def _run_job(self, job: Job, run_time: dt.datetime) -> list[JobExecutionEvent]:
        alias = job._jobstore_alias
        late = dt.datetime.now(dt.UTC) - run_time
        if job.misfire_grace_time is not None and late > dt.timedelta(seconds=job.misfire_grace_time):
            log.warning("%s: the run due at %s was missed by %s (more than misfire_grace_time): not made",
                        job.name, run_time, late)
            return [JobExecutionEvent(EVENT_JOB_MISSED, job.id, alias, run_time)]
        try:
            value = job.func(*job.args, service=self._service, scheduled=run_time, **job.kwargs)
        except Exception as exc:
            log.exception("%s: the run due at %s failed", job.name, run_time)
            return [JobExecutionEvent(EVENT_JOB_ERROR, job.id, alias, run_time, exception=exc,
                                      traceback=traceback.format_exc())]
        return [JobExecutionEvent(EVENT_JOB_EXECUTED, job.id, alias, run_time, retval=value)]

    def _done(self, job_id: str, future: Future[list[JobExecutionEvent]]) -> None:
        if future.cancelled():
            self._run_job_success(job_id, [])
        else:
            self._run_job_success(job_id, future.result())


class Service:
    def __init__(self, config: ScheduleConfig, archive: Archive, sites: Mapping[str, SiteConfig],
                 timetables: Mapping[str, Timetable], runner: CrawlRunner,
                 clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(TIMEZONE)) -> None:
        self.config = config
        self.clock = clock  # what recovery takes as "now" (tests set it; APScheduler keeps its own clock)
        self.archive = archive
        self.sites = {name: site for name, site in sites.items() if site.enabled}
        self.timetables = timetables
        self.runner = runner
        # Threads wait for a site's lock or a free slot, so one per possible job instance (and recovery) is cheap.
        self._pool = ThreadPoolExecutor(max_workers=max(4, 2 * len(self.sites)), thread_name_prefix="crawl")
        self._pending: set[str] = set()  # run keys submitted and not yet done (recovery and a fire may meet)
        self._pending_lock = threading.Lock()
        self.scheduler = BackgroundScheduler(
            jobstores={"default": SQLAlchemyJobStore(engine=archive.db.engine, tablename=JOB_TABLE)},
            executors={"default": CrawlExecutor(self)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": int(config.misfire_grace_time)},
            timezone=TIMEZONE,
        )

    def submit(self, fn: Any, *args: Any) -> Future[Any]:
        return self._pool.submit(fn, *args)

    # -- lifecycle -------------------------------------------------------------------------------------------
    def start(self) -> None:
        self.scheduler.start(paused=True)  # the job store is open, nothing fires until the jobs are in order
        fired_before = self._sync_jobs()
        self.recover(fired_before)
        self.scheduler.resume()
        for job in sorted(self.scheduler.get_jobs(), key=lambda j: j.id):
            log.info("%s: next run %s", job.name, job.next_run_time)

    def stop(self) -> None:
        """Fire nothing more, stop the running crawls (recorded as "shutdown", made again after a restart)."""
        log.info("stopping: no new crawls; running crawls are asked to stop")
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        self.runner.stop()
        self._pool.shutdown(wait=True, cancel_futures=True)
        log.info("stopped")

    # -- jobs ------------------------------------------------------------------------------------------------
    def _sync_jobs(self) -> dict[str, dt.datetime | None]:
        """Make the stored jobs match the configuration.  Returns, per site whose job was already stored, the
        job's next fire time: the slots before it were fired by an earlier scheduler (None when the plan changed,
        so that the stored time says nothing about the new plan's slots)."""
        stored = {job.id: job for job in self.scheduler.get_jobs() if job.id.startswith(JOB_PREFIX)}
        now = self.clock()
        fired_before = {}
        for spider, table in self.timetables.items():
            if spider not in self.sites:
                continue
            job_id, trigger = JOB_PREFIX + spider, table.trigger()
            grace = int(self.config.misfire_grace_time)
            job = stored.pop(job_id, None)
            if job is None:
                self.scheduler.add_job(run_scheduled_crawl, trigger, args=(spider,), id=job_id, name=spider)
                continue
            if repr(job.trigger) == repr(trigger) and job.misfire_grace_time == grace:
                fired_before[spider] = job.next_run_time
                continue  # unchanged: keep the stored (jittered, possibly overdue) next run time
            fired_before[spider] = None
            log.info("%s: plan changed, job updated", spider)
            self.scheduler.modify_job(job_id, misfire_grace_time=grace)
            if job.next_run_time is not None and job.next_run_time <= now:
                self.scheduler.modify_job(job_id, trigger=trigger)  # keeps the overdue run due
            else:
                self.scheduler.reschedule_job(job_id, trigger=trigger)
        for job_id in stored:
            log.info("%s: no longer scheduled (disabled or removed), job removed", job_id[len(JOB_PREFIX):])
            self.scheduler.remove_job(job_id)
        return fired_before

    def recover(self, fired_before: Mapping[str, dt.datetime | None]) -> list[Future[CrawlResult]]:
        """Make again the runs an earlier scheduler fired but did not make (see the module docstring)."""
        now = self.clock()
        since = now - dt.timedelta(seconds=self.config.misfire_grace_time)
        futures = []
        for spider, next_fire in sorted(fired_before.items()):
            table = self.timetables[spider]
            owed = {record.key for record in history.resumable_runs(self.archive, spider, since)}
            latest = table.latest_slot(since, now)
            # The latest slot was fired already if the stored job has moved past it.
            if latest is not None and next_fire is not None and table.slot_of(next_fire) > latest:
                record = history.run_record(self.archive, run_key(spider, latest))
                if record is None or not record.complete:
                    owed.add(run_key(spider, latest))
            for key in sorted(owed):
                log.info("%s: fired before the restart but not made: making it now", key)
                futures.append(self.submit(self._crawl_key, spider, key))
        return futures

    # -- crawls ----------------------------------------------------------------------------------------------
    def crawl_fired(self, spider: str, fired: dt.datetime) -> CrawlResult:
        return self._crawl_key(spider, run_key(spider, self.timetables[spider].slot_of(fired)))

    def _crawl_key(self, spider: str, key: str) -> CrawlResult:
        site = self.sites[spider]
        request = CrawlRequest(spider, key, site.arguments, site.time_limit)
        with self._pending_lock:
            if key in self._pending:
                log.info("%s: already queued", key)
                return CrawlResult(request, ALREADY_QUEUED)
            self._pending.add(key)
        try:
            result = self.runner.run(request)
        finally:
            with self._pending_lock:
                self._pending.discard(key)
        if result.launched and result.reason not in history.RESUMABLE_REASONS:
            self.warn_missing_reports(spider)
        return result

    def warn_missing_reports(self, spider: str) -> None:
        check = history.report_check(self.archive, [spider])
        if check.due and spider in check.missing:
            log.error("%s: the archive holds no report for %d, due by 31 March: is the site or its spider broken?",
                      spider, check.year)


def wait_for_signal(stop: threading.Event) -> None:
    """Block the main thread until `stop` is set (by a SIGTERM/SIGINT handler)."""
    while not stop.wait(3600):
        pass
