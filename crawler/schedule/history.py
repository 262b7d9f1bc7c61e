"""The scheduler's side of the archive's crawl_runs table, and the missing-reports check.

A crawl records its own run (crawler/extensions/runs.py: start, end, finish reason, Scrapy stats).  The scheduler adds
what only it knows — the subprocess's exit status, a time-limit stop, the attempt number, where the log is — and
finishes the runs a crawl could not finish itself (killed at its time limit, crashed before spider_closed).
`finish` is the one place that does so.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from crawler import healing
from crawler.run_keys import parse_run_key
from crawler.schedule.plan import TIMEZONE
from storage.archive import Archive, Run
from storage.models import CrawlRun

runs = CrawlRun.__table__
# A run stopped because the scheduler itself was shutting down is owed: a restarted scheduler makes it again.
RESUMABLE_REASONS = frozenset({"shutdown"})
FAILED_REASONS = frozenset({"failed", "timeout", "shutdown"})


@dataclass(frozen=True)
class RunRecord:
    key: str
    spider: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    finish_reason: str | None
    stats: Mapping[str, Any]

    @property
    def complete(self) -> bool:
        """Made: finished for any reason but the scheduler's own shutdown (a failure is not retried until the
        next slot; retrying at every restart could loop on a site that always crashes)."""
        return self.finished_at is not None and self.finish_reason not in RESUMABLE_REASONS

    @property
    def attempts(self) -> int:
        """Launches so far: the row exists once a launch began, even if that scheduler died before counting."""
        return max(int(self.stats.get("scheduler/attempt", 0) or 0), 1)


@dataclass(frozen=True)
class ProcessOutcome:
    """How one crawl subprocess ended, as the runner saw it."""

    returncode: int | None  # negative: killed by that signal (subprocess convention)
    stopped: str | None  # "timeout" | "shutdown": the runner asked it to stop
    killed: bool  # it did not stop within the grace period and was killed
    launched_at: dt.datetime
    ended_at: dt.datetime
    attempt: int
    time_limit: float
    log_path: Path
    error: str | None = None  # the last line of its log, when it failed


def _record(row: Any) -> RunRecord:
    return RunRecord(row.key, row.spider, row.started_at, row.finished_at, row.finish_reason, row.stats or {})


_COLUMNS = (runs.c.key, runs.c.spider, runs.c.started_at, runs.c.finished_at, runs.c.finish_reason, runs.c.stats)


def run_record(archive: Archive, key: str) -> RunRecord | None:
    row = archive.db.read(lambda conn: conn.execute(sa.select(*_COLUMNS).where(runs.c.key == key)).first())
    return _record(row) if row else None


def finish(archive: Archive, run: Run, outcome: ProcessOutcome) -> str:
    """Finish `run` with the scheduler's facts merged into the crawl's own stats; returns the finish reason.

    The crawl finished the run itself when its row's end is later than this launch; otherwise (killed, crashed
    before spider_closed) the reason comes from the exit: a time-limit stop is always "timeout".
    """
    record = run_record(archive, run.key)
    by_crawl = record is not None and record.finished_at is not None and record.finished_at >= outcome.launched_at
    stats: dict[str, Any] = dict(record.stats) if by_crawl and record else {}
    if outcome.stopped == "timeout":
        reason = "timeout"
    elif by_crawl and record and record.finish_reason:
        reason = record.finish_reason
    elif outcome.stopped:
        reason = outcome.stopped
    else:
        reason = "finished" if outcome.returncode == 0 else "failed"
    stats.update({
        "scheduler/exit_status": outcome.returncode,
        "scheduler/attempt": outcome.attempt,
        "scheduler/launched_at": outcome.launched_at.isoformat(),
        "scheduler/ended_at": outcome.ended_at.isoformat(),
        "scheduler/time_limit": outcome.time_limit,
        "scheduler/stopped": outcome.stopped,
        "scheduler/killed": outcome.killed,
        "scheduler/log": str(outcome.log_path),
    })
    if outcome.error and reason in ("failed", "timeout"):  # what the crawl said last: why it failed, or hung
        stats["scheduler/error"] = outcome.error
    archive.finish_run(run, reason, stats)
    return reason


def resumable_runs(archive: Archive, spider: str, since: dt.datetime) -> list[RunRecord]:
    """Scheduled runs of `spider` for slots since `since` that were launched but never made (interrupted)."""
    query = sa.select(*_COLUMNS).where(runs.c.spider == spider, runs.c.key.like(f"{spider}-plan-%"))
    rows = archive.db.read(lambda conn: conn.execute(query).all())
    owed = []
    for record in map(_record, rows):
        parsed = parse_run_key(record.key)
        if parsed and parsed[0] == spider and parsed[2] >= since and not record.complete:
            owed.append(record)
    return sorted(owed, key=lambda r: r.key)


def last_runs(archive: Archive, spiders: Iterable[str]) -> dict[str, RunRecord | None]:
    """The latest run of each spider (scheduled, --once or manual), None for a site never crawled."""

    def read(conn: sa.Connection) -> dict[str, RunRecord | None]:
        latest = {}
        for spider in spiders:
            row = conn.execute(sa.select(*_COLUMNS).where(runs.c.spider == spider)
                               .order_by(runs.c.started_at.desc(), runs.c.id.desc()).limit(1)).first()
            latest[spider] = _record(row) if row else None
        return latest

    return archive.db.read(read)


@dataclass(frozen=True)
class RunCounts:
    """What a run's stats say, in the terms of the issue: reports new / unchanged, challenges, errors."""

    new: int  # documents parsed as reports for the first time (`nianbao/documents/parsed`)
    unchanged: int  # documents seen before: same bytes, or 304 Not Modified (`nianbao/documents/already_parsed`)
    challenges: int  # anti-bot challenge pages met (`nianbao/challenge/*`)
    errors: int  # errors Scrapy logged (`log_count/ERROR`): failed downloads, spider or storage errors
    zero_reports_alarm: bool  # listings read but no report link found: the site's layout may have changed
    listings_moved: bool  # configured listings gone; the fallback search ran (crawler/healing.py)

    @classmethod
    def of(cls, stats: Mapping[str, Any]) -> RunCounts:
        def number(key: str) -> int:
            value = stats.get(key, 0)
            return value if isinstance(value, int) and not isinstance(value, bool) else 0

        return cls(new=number("nianbao/documents/parsed"), unchanged=number("nianbao/documents/already_parsed"),
                   challenges=sum(number(k) for k in stats if k.startswith("nianbao/challenge/")),
                   errors=number("log_count/ERROR"), zero_reports_alarm=bool(number("nianbao/alarm/zero_reports")),
                   listings_moved=bool(number(healing.ALARM)))


@dataclass(frozen=True)
class ReportCheck:
    """Whether each site's archive holds a report for last year, once every report is due."""

    year: int  # the report year checked (last year)
    due_from: dt.date  # 1 April: county-level governments publish by 31 March, departments by 31 January
    due: bool  # today is on or after due_from
    counts: Mapping[str, int]  # spider → reports of `year` in the archive (only filled when due)

    @property
    def missing(self) -> list[str]:
        return sorted(spider for spider, count in self.counts.items() if count == 0)


def report_check(archive: Archive, spiders: Iterable[str], today: dt.date | None = None) -> ReportCheck:
    """Reports of last year per site; after 1 April a site with none is missing (the most common failure of a
    scraper is a site that silently broke).  Counts by the report's site (reports → agencies → sites)."""
    today = today or dt.datetime.now(TIMEZONE).date()
    year = today.year - 1
    due_from = dt.date(today.year, 4, 1)
    if today < due_from:
        return ReportCheck(year, due_from, False, {})
    found = Counter(report["site"] for report in archive.report_list(year=year))
    return ReportCheck(year, due_from, True, {spider: found.get(spider, 0) for spider in spiders})
