"""Crashes and hostile environments: kill -9 mid-crawl, disk full, read-only data directory."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from storage import integrity
from storage.archive import Archive
from storage.config import StorageConfig
from storage.db import Database
from tests.storage.archive_worker import document_bytes
from tests.storage.storage_helpers import cli, warc_files, warcio_check

WORKER = Path(__file__).with_name("archive_worker.py")


def counts(config: StorageConfig) -> dict[str, int]:
    db = Database(config.database_url)
    with db.engine.connect() as conn:
        found = {t: conn.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one()
                 for t in ("documents", "fetches", "reports")}
    db.dispose()
    return found


@pytest.mark.slow
def test_crawl_killed_mid_way_then_rerun_leaves_a_consistent_archive(config: StorageConfig,
                                                                     env: dict[str, str]) -> None:
    total = 90
    worker = subprocess.Popen([sys.executable, str(WORKER), str(total), "--report"], env={**os.environ, **env},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert worker.stdout is not None
    for _ in range(total // 3):  # let it archive a third of the documents, then pull the rug
        assert worker.stdout.readline(), worker.stderr.read() if worker.stderr else ""
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait(timeout=30)
    assert worker.returncode == -signal.SIGKILL

    interrupted = counts(config)
    assert total // 3 <= interrupted["documents"] < total
    with Archive(config, warc=False) as archive:
        assert integrity.problems(archive) == []  # consistent even before the rerun
        run = archive.db.read(lambda c: c.execute(sa.text("SELECT finished_at FROM crawl_runs")).one())
        assert run.finished_at is None  # the killed run stays visibly unfinished

    rerun = subprocess.run([sys.executable, str(WORKER), str(total), "--report"], env={**os.environ, **env},
                           capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr

    final = counts(config)
    assert final["documents"] == final["reports"] == total
    with Archive(config, warc=False) as archive:
        assert integrity.problems(archive) == []
        expected = {hashlib.sha256(document_bytes(i)).hexdigest() for i in range(total)}
        assert set(archive.blobs.keys()) == expected
        # a temp file the kill may have interrupted is referenced by nothing: sweeping it changes nothing
        archive.blobs.sweep_temp(older_than=0)
        assert archive.blobs.temp_files() == [] and integrity.problems(archive) == []
    check = warcio_check(*warc_files(config.data_dir))
    assert check.returncode == 0, check.stdout  # the killed crawler's WARC ends on a whole record


def test_disk_full_is_one_line_and_nothing_is_recorded(tiny_tmpfs: Path, database_url: str, tmp_path: Path) -> None:
    big = tmp_path / "big-report.pdf"
    big.write_bytes(b"%PDF-1.4\n" + os.urandom(2 * 1024 * 1024))
    env = {"NIANBAO_DATA": str(tiny_tmpfs), "DATABASE_URL": database_url}

    result = cli("ingest", str(big), env=env)

    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert "disk full" in result.stderr and "Traceback" not in result.stderr
    assert counts(StorageConfig(tiny_tmpfs, database_url))["documents"] == 0
    assert not list((tiny_tmpfs / "blobs").glob("??/??/*"))


def test_read_only_data_directory(read_only_dir: Path, database_url: str, tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("2024年政府信息公开工作年度报告", encoding="utf-8")

    # everything in the read-only directory: a reading command finds no archive there and creates none
    default_db = cli("reports", "--json", env={"NIANBAO_DATA": str(read_only_dir / "data"), "DATABASE_URL": ""})
    assert default_db.returncode == 2 and default_db.stderr.count("\n") == 1
    assert "no archive at" in default_db.stderr.lower()
    # ... and a writing command says why it cannot make one
    made = cli("ingest", str(report), env={"NIANBAO_DATA": str(read_only_dir / "data"), "DATABASE_URL": ""})
    assert made.returncode == 2 and made.stderr.count("\n") == 1
    assert "read-only file system" in made.stderr.lower()

    # the database elsewhere, blobs in the read-only directory
    result = cli("ingest", str(report), env={"NIANBAO_DATA": str(read_only_dir), "DATABASE_URL": database_url})
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "read-only file system" in result.stderr
    assert counts(StorageConfig(read_only_dir, database_url))["documents"] == 0


@pytest.mark.slow
def test_real_crawl_killed_mid_way_then_rerun(config: StorageConfig, env: dict[str, str]) -> None:
    """`scrapy crawl haizhu` against the offline replica, killed with SIGKILL while archiving, then run again."""
    from replica import Replica
    from replica.demo import score

    with Replica() as replica:
        # the environment replica.demo.crawl_replica gives a crawl, plus the test archive
        crawl_env = {**os.environ, **env, "REPLICA_URL": replica.url, "NIANBAO_OFFLINE": "1", "NIANBAO_POLITE": "0",
                     "NIANBAO_LOG_LEVEL": "WARNING"}
        command = [sys.executable, "-m", "scrapy", "crawl", "haizhu"]
        crawl = subprocess.Popen(command, cwd=Path(__file__).resolve().parents[2], env=crawl_env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and crawl.poll() is None and _documents(config) < 8:
            time.sleep(0.05)
        assert crawl.poll() is None, f"the crawl ended before it could be killed:\n{crawl.stderr.read()[-2000:]}"
        os.kill(crawl.pid, signal.SIGKILL)
        crawl.wait(timeout=30)
        with Archive(config, warc=False) as archive:
            assert integrity.problems(archive) == []
            killed_at = len(archive.report_list())

        rerun = subprocess.run(command, cwd=Path(__file__).resolve().parents[2], env=crawl_env,
                               capture_output=True, text=True, timeout=300)
        assert rerun.returncode == 0, rerun.stderr[-3000:]
        with Archive(config, warc=False) as archive:
            assert integrity.problems(archive) == []
            archived = {url for report in archive.report_list() for url in report["urls"]}
        # Every report is there, including those whose bytes the killed crawl archived but never parsed (the rerun
        # got a 304 for them and parsed the archived copy).
        result = score(replica.manifest(), archived, {"haizhu"})
        assert result.found == result.published and not result.wrong, str(result)
        assert killed_at < result.published  # the kill really interrupted the work
    check = warcio_check(*warc_files(config.data_dir))
    assert check.returncode == 0, check.stdout


def _documents(config: StorageConfig) -> int:
    """Documents archived so far by the running crawl (0 before its schema exists)."""
    try:
        return counts(config)["documents"]
    except Exception:  # the crawl has not created the database yet
        return 0
