"""One crawl = one subprocess: time limit, clean stop, per-site exclusion, parallel limit, recording in crawl_runs.

Every crawl here is a real subprocess (tests/scheduler/fake_crawl.py) writing to a real archive.
"""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from crawler.schedule import history
from crawler.schedule.runner import ALREADY_MADE, CANCELLED, CrawlRequest
from storage.archive import Archive
from tests.scheduler.scheduler_helpers import fake_runner, intervals, max_concurrency, overlapping, read_journal


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] != "Z"  # a zombie waiting for its parent is dead
    except FileNotFoundError:
        return False


def _dies(pid: int, within: float = 2.0) -> bool:
    """SIGKILL sent to a process group is delivered asynchronously: a busy machine may show a member alive for a
    moment after killpg returns."""
    deadline = time.monotonic() + within
    while _alive(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_a_hung_crawl_is_stopped_at_its_limit_with_its_whole_process_group(sqlite_archive: Archive,
                                                                         journal_dir: Path) -> None:
    runner = fake_runner(sqlite_archive, stop_grace=0.5)
    result = runner.run(CrawlRequest("alpha", "alpha-once-20270104T000000Z", {"mode": "hang"}, time_limit=2.0))

    assert result.reason == "timeout" and result.returncode == -9  # ignored SIGTERM: killed after the grace
    record = history.run_record(sqlite_archive, "alpha-once-20270104T000000Z")
    assert record is not None and record.finish_reason == "timeout" and record.finished_at is not None
    assert record.stats["scheduler/stopped"] == "timeout" and record.stats["scheduler/killed"] is True
    assert record.stats["scheduler/time_limit"] == 2.0
    journal = read_journal(journal_dir)
    assert [line["event"] for line in journal] == ["start", "grandchild"]  # it never ended by itself
    assert _dies(journal[0]["pid"]) and _dies(journal[1]["child"])  # nor did anything it started
    log = Path(record.stats["scheduler/log"]).read_text()
    assert "fake crawl of alpha" in log and record.stats["scheduler/error"] == log.strip().splitlines()[-1]


def test_a_crawl_that_stops_cleanly_at_its_limit_keeps_its_stats_and_is_recorded_as_timeout(
        sqlite_archive: Archive, journal_dir: Path) -> None:
    runner = fake_runner(sqlite_archive, stop_grace=10)
    result = runner.run(CrawlRequest("alpha", "alpha-once-20270104T000000Z", {"seconds": "30"}, time_limit=1.5))

    assert (result.reason, result.returncode) == ("timeout", 0)
    record = history.run_record(sqlite_archive, result.request.key)
    assert record is not None and record.stats["finish_reason"] == "shutdown"  # the crawl's own stats, kept
    assert record.stats["scheduler/killed"] is False
    assert [line.get("reason") for line in read_journal(journal_dir) if line["event"] == "end"] == ["shutdown"]


def test_a_finished_crawl_keeps_its_record_and_gains_the_exit_status(sqlite_archive: Archive,
                                                                    journal_dir: Path) -> None:
    result = fake_runner(sqlite_archive).run(CrawlRequest("beta", "beta-once-20270104T000000Z",
                                                          {"seconds": "0.1"}, time_limit=60))

    assert result.ok and (result.reason, result.returncode) == ("finished", 0)
    record = history.run_record(sqlite_archive, result.request.key)
    assert record is not None
    counts = history.RunCounts.of(record.stats)
    assert (counts.new, counts.unchanged, counts.challenges, counts.errors) == (2, 5, 1, 1)
    assert record.stats["scheduler/exit_status"] == 0 and record.stats["scheduler/attempt"] == 1
    assert "scheduler/error" not in record.stats


def test_a_crash_before_the_crawl_finishes_its_run_is_recorded_as_failed_with_its_last_words(
        sqlite_archive: Archive, journal_dir: Path) -> None:
    result = fake_runner(sqlite_archive).run(CrawlRequest("beta", "beta-once-20270104T000000Z", {"mode": "crash"}))

    assert (result.reason, result.returncode, result.ok) == ("failed", 3, False)
    record = history.run_record(sqlite_archive, result.request.key)
    assert record is not None and record.finish_reason == "failed"
    assert record.stats["scheduler/error"] == "ValueError: the spider broke"


def test_a_command_that_cannot_start_is_a_failed_run(sqlite_archive: Archive) -> None:
    from crawler.schedule.runner import CrawlRunner

    runner = CrawlRunner(sqlite_archive, command=["/nonexistent/scrapy", "{spider}"], max_parallel=1, stop_grace=1)
    result = runner.run(CrawlRequest("beta", "beta-once-20270104T000000Z"))
    record = history.run_record(sqlite_archive, result.request.key)
    assert result.reason == "failed" and record is not None and record.finish_reason == "failed"
    assert "cannot start the crawl" in record.stats["scheduler/error"]


def test_a_run_already_made_is_not_repeated_and_an_interrupted_one_is_resumed_under_its_key(
        sqlite_archive: Archive, journal_dir: Path) -> None:
    runner = fake_runner(sqlite_archive)
    request = CrawlRequest("alpha", "alpha-plan-20270103T180000Z", {"seconds": "0.1"})
    # A scheduler died while this run's crawl was going: the row is open, nobody will finish it.
    sqlite_archive.start_run("alpha", {}, key=request.key)

    first = runner.run(request)
    second = runner.run(request)

    assert first.reason == "finished" and second.reason == ALREADY_MADE
    assert len(intervals(read_journal(journal_dir))) == 1
    record = history.run_record(sqlite_archive, request.key)
    assert record is not None and record.stats["scheduler/attempt"] == 2
    with sqlite_archive.db.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM crawl_runs").scalar() == 1


def test_two_crawls_of_one_site_never_overlap_even_from_two_runners(sqlite_archive: Archive,
                                                                   journal_dir: Path) -> None:
    # Two runners stand for two processes (the service and a `--once` from cron): the lock is a file lock.
    runners = [fake_runner(sqlite_archive), fake_runner(sqlite_archive)]
    requests = [CrawlRequest("alpha", f"alpha-once-20270104T00000{i}Z", {"seconds": "0.2"}) for i in range(2)]
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda i: runners[i].run(requests[i]), range(2)))

    assert [r.reason for r in results] == ["finished"] * 2
    spans = intervals(read_journal(journal_dir), "alpha")
    assert len(spans) == 2 and overlapping(spans) == []


def test_at_most_max_parallel_crawls_run_at_once(sqlite_archive: Archive, journal_dir: Path) -> None:
    runner = fake_runner(sqlite_archive, max_parallel=2)
    requests = [CrawlRequest(site, f"{site}-once-20270104T000000Z", {"seconds": "0.5"})
                for site in ("alpha", "beta", "gamma")]
    with ThreadPoolExecutor(3) as pool:
        results = list(pool.map(runner.run, requests))

    assert all(r.reason == "finished" for r in results)
    spans = intervals(read_journal(journal_dir))
    assert len(spans) == 3 and max_concurrency(spans) == 2


def test_stopping_the_runner_stops_running_crawls_cleanly_and_cancels_waiting_ones(
        sqlite_archive: Archive, journal_dir: Path) -> None:
    runner = fake_runner(sqlite_archive, max_parallel=1, stop_grace=10)
    requests = [CrawlRequest(site, f"{site}-plan-20270103T180000Z", {"seconds": "30"}) for site in ("alpha", "beta")]
    started = threading.Event()

    def watch() -> None:  # stop as soon as the first crawl is under way (its journal line exists)
        while not read_journal(journal_dir):
            started.wait(0.05)
        runner.stop()

    with ThreadPoolExecutor(3) as pool:
        pool.submit(watch)
        results = list(pool.map(runner.run, requests))

    reasons = sorted(r.reason for r in results)
    assert reasons == sorted(["shutdown", CANCELLED])
    stopped = next(r for r in results if r.reason == "shutdown")
    record = history.run_record(sqlite_archive, stopped.request.key)
    assert record is not None and not record.complete  # owed: a restarted scheduler makes it again
    assert record.stats["scheduler/stopped"] == "shutdown" and record.stats["scheduler/killed"] is False
    assert history.run_record(sqlite_archive, next(r for r in results if r.reason == CANCELLED).request.key) is None


def test_the_crawl_gets_the_archive_location_and_arguments(sqlite_archive: Archive, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NIANBAO_DATA", str(tmp_path / "elsewhere"))  # the scheduler's archive wins
    runner = fake_runner(sqlite_archive)
    request = CrawlRequest("alpha", "alpha-once-20270104T000000Z", {"years": "2024"})
    assert runner.argv(request)[-4:] == ["-a", "years=2024", "-a", "run_key=alpha-once-20270104T000000Z"]
    assert runner.env["NIANBAO_DATA"] == str(sqlite_archive.config.data_dir)
    assert runner.env["DATABASE_URL"] == sqlite_archive.config.database_url
    assert os.environ["NIANBAO_DATA"] != runner.env["NIANBAO_DATA"]
