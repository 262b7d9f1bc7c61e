"""The service: APScheduler's job store in the archive database, recovery after a restart, no overlapping crawls.

A controlled clock drives recovery over the real season plan; the live behaviour runs a real BackgroundScheduler
(in-process, or `python scheduler.py` killed and restarted) with a one-second-scale cron rule and the fake crawl.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from crawler.run_keys import parse_run_key, run_key
from crawler.schedule import history
from crawler.schedule.config import ScheduleConfig, SiteConfig
from crawler.schedule.plan import TIMEZONE, timetable
from crawler.schedule.runner import ALREADY_MADE, PROJECT_ROOT
from crawler.schedule.service import JOB_TABLE, Service
from storage.archive import Archive
from storage.config import StorageConfig
from tests.scheduler.scheduler_helpers import (
    FAKE_CRAWL,
    fake_runner,
    intervals,
    max_concurrency,
    overlapping,
    read_journal,
)


def make_service(archive: Archive, sites: list[SiteConfig], *, grace: float = 86400,
                 clock: Callable[[], dt.datetime] | None = None, max_parallel: int = 2) -> Service:
    config = ScheduleConfig(max_parallel=max_parallel, misfire_grace_time=grace, command=tuple(FAKE_CRAWL))
    extra = {"clock": clock} if clock else {}
    return Service(config, archive, {s.spider: s for s in sites}, {s.spider: timetable(s) for s in sites},
                   fake_runner(archive, max_parallel=max_parallel), **extra)


def wait_for(condition: Callable[[], Any], timeout: float = 30, what: str = "condition") -> Any:
    """Poll for an event with a deadline (the events are real processes; nothing is asserted on timing)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


# -- recovery with a controlled clock, over the real season plan -----------------------------------------------

def test_a_restart_mid_season_makes_each_owed_run_once_and_repeats_none(sqlite_archive: Archive,
                                                                       journal_dir: Path) -> None:
    now = dt.datetime(2027, 2, 11, 2, 40, tzinfo=TIMEZONE)  # a Thursday of the season, 40 minutes after its slot
    slot = dt.datetime(2027, 2, 11, 2, 0, tzinfo=TIMEZONE)
    next_slot = dt.datetime(2027, 2, 15, 2, 0, tzinfo=TIMEZONE)
    sites = [SiteConfig(name, arguments={"seconds": "0.1"})
             for name in ("alpha", "beta", "gamma", "delta", "epsilon")]
    service = make_service(sqlite_archive, sites, clock=lambda: now)
    # alpha: the dead scheduler had fired the slot (its job moved on) and died before the crawl started.
    # beta: fired and made.  gamma: not fired yet (stored next fire = the slot plus its jitter, still due).
    # delta: fired, and its crawl was stopped by the scheduler's shutdown.
    # epsilon: its plan changed (no stored time to compare slots with): nothing is inferred.
    sqlite_archive.finish_run(sqlite_archive.start_run("beta", {}, key=run_key("beta", slot)), "finished", {})
    sqlite_archive.finish_run(sqlite_archive.start_run("delta", {}, key=run_key("delta", slot)), "shutdown", {})
    fired_before = {"alpha": next_slot + dt.timedelta(minutes=12), "beta": next_slot + dt.timedelta(minutes=5),
                    "gamma": slot + dt.timedelta(minutes=17), "delta": next_slot, "epsilon": None}

    results = [future.result() for future in service.recover(fired_before)]

    assert sorted((r.request.key, r.reason) for r in results) == [
        (run_key("alpha", slot), "finished"), (run_key("delta", slot), "finished")]
    # gamma's overdue fire, when APScheduler delivers it (jittered), is the same slot's run: made once, ever.
    first = service.crawl_fired("gamma", slot + dt.timedelta(minutes=17))
    again = service.crawl_fired("gamma", slot + dt.timedelta(minutes=17))
    assert (first.request.key, first.reason, again.reason) == (run_key("gamma", slot), "finished", ALREADY_MADE)
    starts = Counter(line["key"] for line in read_journal(journal_dir) if line["event"] == "start")
    assert starts == {run_key("alpha", slot): 1, run_key("delta", slot): 1, run_key("gamma", slot): 1}
    delta = history.run_record(sqlite_archive, run_key("delta", slot))
    assert delta is not None and delta.complete and delta.stats["scheduler/attempt"] == 2
    service.stop()


def test_runs_older_than_the_misfire_grace_time_are_not_made(sqlite_archive: Archive, journal_dir: Path) -> None:
    now = dt.datetime(2027, 2, 12, 3, 0, tzinfo=TIMEZONE)  # 25 h after Thursday's slot; grace is 1 day
    service = make_service(sqlite_archive, [SiteConfig("alpha")], clock=lambda: now)
    assert service.recover({"alpha": dt.datetime(2027, 2, 15, 2, 30, tzinfo=TIMEZONE)}) == []
    service.stop()


# -- the job store -------------------------------------------------------------------------------------------

def _stored_jobs(url: str) -> dict[str, float]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return dict(conn.execute(sa.text(f"SELECT id, next_run_time FROM {JOB_TABLE}")).all())
    finally:
        engine.dispose()


def test_jobs_live_in_the_archive_database_and_survive_a_restart_unchanged(database_url: str,
                                                                             tmp_path: Path) -> None:
    config = StorageConfig(tmp_path / "data", database_url)
    sites = [SiteConfig("alpha"), SiteConfig("beta", hour=5), SiteConfig("gamma", enabled=False)]
    with Archive(config, warc=False, fsync=False) as archive:
        service = make_service(archive, sites)
        service.start()
        service.stop()
    first = _stored_jobs(database_url)
    assert set(first) == {"crawl:alpha", "crawl:beta"}  # a disabled site has no job
    for spider, stamp in first.items():
        fire = dt.datetime.fromtimestamp(stamp, TIMEZONE)
        slot = timetable(SiteConfig(spider[6:], hour=5 if spider.endswith("beta") else 2)).slot_of(fire)
        assert dt.timedelta(0) <= fire - slot <= dt.timedelta(hours=1) and fire > dt.datetime.now(TIMEZONE)

    with Archive(config, warc=False, fsync=False) as archive:  # a restart with the same plan keeps the jobs
        service = make_service(archive, sites)
        service.start()
        service.stop()
    assert _stored_jobs(database_url) == first  # the jittered times were kept, not drawn again

    with Archive(config, warc=False, fsync=False) as archive:  # a new plan replaces them; a disabled site goes
        service = make_service(archive, [SiteConfig("alpha", hour=7), SiteConfig("beta", enabled=False)])
        service.start()
        service.stop()
    changed = _stored_jobs(database_url)
    assert set(changed) == {"crawl:alpha"}
    assert dt.datetime.fromtimestamp(changed["crawl:alpha"], TIMEZONE).hour == 7


# -- live scheduling -----------------------------------------------------------------------------------------

def test_two_due_crawls_of_one_site_never_overlap(sqlite_archive: Archive, journal_dir: Path) -> None:
    # Every second a run is due, and each crawl takes longer than that: the site's next fire must not overlap.
    every_second = ({"second": "*"},)
    sites = [SiteConfig(name, jitter=0, cron=every_second, arguments={"seconds": "0.8"}) for name in ("alpha", "beta")]
    service = make_service(sqlite_archive, sites, grace=30)
    service.start()
    try:
        wait_for(lambda: all(len(intervals(read_journal(journal_dir), s)) >= 2 for s in ("alpha", "beta")),
                 what="two crawls of each site")
    finally:
        service.stop()

    journal = read_journal(journal_dir)
    for spider in ("alpha", "beta"):
        assert overlapping(intervals(journal, spider)) == []
    assert max_concurrency(intervals(journal)) == 2  # different sites do run side by side
    starts = [line["key"] for line in journal if line["event"] == "start"]
    assert len(starts) == len(set(starts))  # no run made twice
    made = [parse_run_key(key) for key in starts]
    assert all(m is not None and m[1] == "plan" for m in made)


@pytest.mark.slow
def test_a_scheduler_killed_and_restarted_mid_season_neither_skips_nor_repeats_a_run(
        tmp_path: Path, journal_dir: Path, write_config: Callable[[str], Path]) -> None:
    config = write_config(f"""
[scheduler]
spiders = ["alpha"]
command = {json.dumps(FAKE_CRAWL)}
misfire_grace_time = "30s"
stop_grace = "10s"
[defaults]
jitter = 0
cron = [{{ second = "*/3" }}]
arguments = {{ seconds = "0.3" }}
""")
    env = {**os.environ, "NIANBAO_DATA": str(tmp_path / "data"), "FAKE_CRAWL_JOURNAL": str(journal_dir)}
    logs: list[Path] = []

    def start() -> subprocess.Popen[bytes]:
        logs.append(tmp_path / f"scheduler{len(logs)}.log")
        return subprocess.Popen([sys.executable, "scheduler.py", "--config", str(config)], cwd=PROJECT_ROOT, env=env,
                                stdout=logs[-1].open("wb"), stderr=subprocess.STDOUT)

    def started_keys() -> list[str]:
        return [line["key"] for line in read_journal(journal_dir) if line["event"] == "start"]

    def ended() -> int:
        return len(intervals(read_journal(journal_dir)))

    first = start()
    try:
        wait_for(lambda: ended() >= 1, what="a first run made")
        # kill -9 while the second slot's crawl is running (it carries on, orphaned, holding the site's lock)
        wait_for(lambda: len(set(started_keys())) >= 2, what="the second run under way")
        first.kill()
        first.wait()
        downs = [dt.datetime.now(dt.UTC)]
        killed_key = started_keys()[-1]

        second = start()
        # SIGTERM while the next slot's crawl is running: the crawl is stopped cleanly, recorded as shutdown
        wait_for(lambda: len(set(started_keys())) >= 3, what="the third run under way")
        stopped_key = started_keys()[-1]
        second.send_signal(signal.SIGTERM)
        assert second.wait(timeout=30) == 0
        downs.append(dt.datetime.now(dt.UTC))

        third = start()
        wait_for(lambda: len({k for *_, k in intervals(read_journal(journal_dir))} - {stopped_key}) >= 3
                 and Counter(started_keys())[stopped_key] == 2, what="a new run made after the restarts")
        third.send_signal(signal.SIGTERM)
        assert third.wait(timeout=30) == 0
    finally:
        for process in (first, locals().get("second"), locals().get("third")):
            if process is not None and process.poll() is None:
                process.kill()

    with Archive(StorageConfig.from_env(tmp_path / "data"), warc=False) as archive, archive.db.connect() as conn:
        rows = conn.execute(sa.text("SELECT key, finish_reason, stats FROM crawl_runs ORDER BY key")).all()
    reasons = {key: reason for key, reason, _ in rows}
    slots = [parse_run_key(key)[2] for key in reasons]  # type: ignore[index]
    # no slot skipped while a scheduler runs: one run for every 3-second slot.  Slots that pass while no scheduler
    # runs are coalesced into one catch-up run (coalesce=True, docs/scheduler.md), so a gap wider than one slot is
    # allowed only across a restart (under load a restart can take longer than a slot)
    for a, b in itertools.pairwise(slots):
        gap = (b - a).total_seconds()
        assert gap == 3.0 or (gap % 3.0 == 0 and any(a < down < b for down in downs)), (a, b)
    # every run made, except perhaps the last, if the final SIGTERM caught it under way
    assert set(list(reasons.values())[:-1]) == {"finished"} and list(reasons.values())[-1] in ("finished", "shutdown")
    journal = read_journal(journal_dir)
    made = Counter(line["key"] for line in journal if line["event"] == "end" and line["reason"] == "finished")
    assert max(made.values()) == 1  # no run made twice
    assert Counter(started_keys())[killed_key] == 1  # the orphan finished it; the restart did not repeat it
    assert Counter(started_keys())[stopped_key] == 2 and made[stopped_key] == 1  # stopped, then made again
    stats = {key: json.loads(raw) if isinstance(raw, str) else raw for key, _, raw in rows}
    assert stats[stopped_key]["scheduler/attempt"] == 2
    assert overlapping(intervals(journal)) == []
    assert "fired before the restart but not made" in logs[2].read_text()
