"""Crash safety of real crawls (issue 8): kill -9 at random points, again and again; the database connection
killed under a running crawl; the disk filling up.  Afterwards the archive is whole, a rerun completes, and no
document is lost or stored twice (compared with the replica's published bytes, tests/faults/harness.py).

The archive's own fault tests (tests/storage/test_storage_faults.py) cover one kill of a synthetic writer and one
of a crawl; these add repetition at seeded random moments and faults under a crawl in progress.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from replica import Replica
from replica.demo import ROOT, crawl_replica
from storage import integrity
from storage.archive import Archive
from storage.config import StorageConfig
from tests.faults.harness import Result, compare
from tests.faults.scenarios import Scenario
from tests.storage.conftest import _mount_tmpfs
from tests.storage.storage_helpers import warc_files, warcio_check
from tests.storage.test_storage_faults import _documents

pytestmark = pytest.mark.slow
SITE = "haizhu"  # gzip, two columns, the gkmlpt API, attachments of four formats: about 45 requests
WHOLE = Scenario("crash", "crash", SITE, ())


def _crawl_env(config: StorageConfig, replica: Replica) -> dict[str, str]:
    # what replica.demo.crawl_replica gives a crawl, for a process we must be able to kill
    return {**os.environ, "REPLICA_URL": replica.url, "NIANBAO_OFFLINE": "1", "NIANBAO_POLITE": "0",
            "NIANBAO_LOG_LEVEL": "WARNING", "NIANBAO_DATA": str(config.data_dir),
            "DATABASE_URL": config.database_url}


def _assert_whole_and_complete(config: StorageConfig, replica: Replica) -> None:
    result = Result(WHOLE)
    with Archive(config, warc=False) as archive:
        assert integrity.problems(archive) == []
        compare(WHOLE, replica, archive, result)
    assert result.survived, (result.lost, result.duplicates, result.problems)
    check = warcio_check(*warc_files(config.data_dir))
    assert check.returncode == 0, check.stdout[-2000:]


def test_crawl_killed_at_random_points_again_and_again(tmp_path: Path) -> None:
    config = StorageConfig(data_dir=tmp_path / "data", database_url=f"sqlite:///{tmp_path / 'data/archive.sqlite'}")
    rng = random.Random(8)
    kills = 0
    with Replica(modes=[]) as replica:
        for _ in range(4):
            crawl = subprocess.Popen([sys.executable, "-m", "scrapy", "crawl", SITE], cwd=ROOT,
                                     env=_crawl_env(config, replica), stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
            before = _documents(config)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and crawl.poll() is None and _documents(config) <= before:
                time.sleep(0.05)  # wait until this run archives something new (or finds nothing left)
            time.sleep(rng.uniform(0.0, 1.5))  # then a random moment: mid-download, mid-parse, mid-commit
            if crawl.poll() is None:
                os.kill(crawl.pid, signal.SIGKILL)
                kills += 1
            crawl.wait(timeout=30)
            with Archive(config, warc=False) as archive:
                assert integrity.problems(archive) == []  # whole after every kill, before any rerun
        assert kills >= 2, "the crawl finished before it could be killed"
        rerun = crawl_replica(SITE, replica.url, data_dir=str(config.data_dir), timeout=300)
        assert rerun.returncode == 0, rerun.stderr[-3000:]
        _assert_whole_and_complete(config, replica)


@pytest.mark.postgres
def test_database_connections_killed_during_a_crawl(tmp_path: Path, pg_url: str) -> None:
    config = StorageConfig(data_dir=tmp_path / "data", database_url=pg_url)
    stop = threading.Event()
    terminated = []

    def kill_connections() -> None:  # the server drops every crawler connection, over and over
        admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            while not stop.wait(0.4):
                terminated.append(conn.execute(sa.text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()")).scalar_one())
        admin.dispose()

    with Replica(modes=[]) as replica:
        killer = threading.Thread(target=kill_connections)
        killer.start()
        try:
            done = crawl_replica(SITE, replica.url, data_dir=str(config.data_dir),
                                 extra_env={"DATABASE_URL": pg_url}, timeout=300)
        finally:
            stop.set()
            killer.join()
        assert sum(terminated) >= 3, terminated  # connections really were killed under the crawl
        assert done.returncode == 0, done.stderr[-3000:]
        _assert_whole_and_complete(config, replica)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "small"
    _mount_tmpfs(path, "size=1m")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_disk_full_during_a_crawl_then_rerun(small_disk: Path) -> None:
    config = StorageConfig(data_dir=small_disk, database_url=f"sqlite:///{small_disk / 'archive.sqlite'}")
    with Replica(modes=[]) as replica:
        full = crawl_replica(SITE, replica.url, data_dir=str(small_disk), timeout=300)
        assert "disk full" in full.stderr.lower() or "no space left" in full.stderr.lower(), full.stderr[-2000:]
        with Archive(config, warc=False) as archive:
            assert integrity.problems(archive) == []  # nothing recorded as stored that is not
        # The operator frees space; the next crawl completes the archive.
        subprocess.run(["mount", "-o", "remount,size=256m", str(small_disk)], check=True)
        rerun = crawl_replica(SITE, replica.url, data_dir=str(small_disk), timeout=300)
        assert rerun.returncode == 0, rerun.stderr[-3000:]
        _assert_whole_and_complete(config, replica)
