"""`python scheduler.py` with REDIS_URL set enqueues the crawl for the workers and waits for it, instead of
launching `scrapy crawl`; its results read as before (finished, timeout)."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from crawler.distributed import crawls
from crawler.schedule import history
from replica import Replica
from replica.demo import score
from storage.archive import Archive
from storage.config import StorageConfig
from tests.distributed.distributed_helpers import ROOT, Workers, crawl_env, parse_queued

pytestmark = [pytest.mark.redis, pytest.mark.postgres]


@pytest.fixture
def replica() -> Iterator[Replica]:
    with Replica(modes=[]) as replica:
        yield replica


def _scheduler(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "scheduler.py", *args], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)


def _wait_for_crawl(server: redis.Redis, scheduler: subprocess.Popen[str]) -> crawls.Crawl:
    deadline = time.monotonic() + 60
    while not (active := crawls.active(server)):
        assert scheduler.poll() is None, scheduler.communicate()[0]
        assert time.monotonic() < deadline, "the scheduler enqueued nothing"
        time.sleep(0.1)
    return active[0]


@pytest.mark.slow
def test_once_enqueues_and_reports_the_workers_result(replica: Replica, redis_db: str, pg_url: str,
                                                      tmp_path: Path) -> None:
    env = crawl_env(redis_url=redis_db, database_url=pg_url, data_dir=tmp_path / "data", replica_url=replica.url)
    env["NIANBAO_HOST_DELAY"] = "0"  # politeness is the crawl test's subject, not this one's
    scheduler = _scheduler(env, "--once", "yaodu")
    crawl = _wait_for_crawl(redis.Redis.from_url(redis_db), scheduler)
    assert crawl.name == "yaodu" and crawl.run_key.startswith("yaodu-once-")
    workers = Workers(env, tmp_path / "logs")
    workers.start(1, "--drain")
    assert workers.wait(timeout=90) == {"w1": 0}, workers.log("w1")[-3000:]
    parse_queued(env)
    output, _ = scheduler.communicate(timeout=60)
    assert scheduler.returncode == 0, output
    assert f"yaodu: finished (exit status 0), run {crawl.run_key}" in output
    with Archive(StorageConfig(tmp_path / "data", pg_url), warc=False) as archive:
        record = history.run_record(archive, crawl.run_key)
        found = {url for report in archive.report_list() for url in report["urls"]}
    assert record is not None and record.finish_reason == "finished" and record.stats["distributed/workers"] == 1
    result = score(replica.manifest(), found, {"yaodu"})
    assert result.found == result.published and not result.wrong, str(result)


def test_a_crawl_past_its_time_limit_is_cancelled_and_recorded_as_timeout(redis_db: str, pg_url: str,
                                                                         tmp_path: Path) -> None:
    env = crawl_env(redis_url=redis_db, database_url=pg_url, data_dir=tmp_path / "data", replica_url="")
    scheduler = _scheduler(env, "--once", "yaodu", "--time-limit", "2s")  # no worker runs: it cannot finish
    server = redis.Redis.from_url(redis_db)
    crawl = _wait_for_crawl(server, scheduler)
    output, _ = scheduler.communicate(timeout=60)
    assert scheduler.returncode == 1, output
    assert f"yaodu: timeout (exit status -), run {crawl.run_key}" in output
    assert crawls.active(server) == [] and not server.exists(crawl.keys.requests)
    with Archive(StorageConfig(tmp_path / "data", pg_url), warc=False) as archive:
        record = history.run_record(archive, crawl.run_key)
    assert record is not None and record.finish_reason == "timeout"
