"""Two crawlers at once, a locked SQLite file, a dropped PostgreSQL connection: no duplicates, no errors."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from storage import integrity
from storage.archive import Archive
from storage.config import StorageConfig
from storage.db import Database
from storage.observation import Observation
from tests.storage.storage_helpers import warc_files, warcio_check

WORKER = Path(__file__).with_name("archive_worker.py")
COUNT = 40


def test_two_processes_archiving_the_same_documents(config: StorageConfig, env: dict[str, str]) -> None:
    Database(config.database_url).dispose()  # schema first, so both workers race on the data, not on DDL
    procs = [subprocess.Popen([sys.executable, str(WORKER), str(COUNT), "--tag", tag, "--report"],
                              env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for tag in ("a", "b")]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outputs]

    with Archive(config, warc=False) as archive:
        counts = archive.db.read(lambda c: {t: c.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one()
                                            for t in ("documents", "reports", "fetches", "report_sources")})
        new_outcomes = archive.db.read(lambda c: c.execute(sa.text(
            "SELECT count(*) FROM fetches WHERE outcome = 'new'")).scalar_one())
        assert integrity.problems(archive) == []
        assert len(list(archive.blobs.keys())) == COUNT
    mirrored = COUNT // 2
    assert counts == {"documents": COUNT, "reports": COUNT, "fetches": 2 * (COUNT + mirrored),
                      "report_sources": COUNT}  # each document is the one source of its report
    assert new_outcomes == COUNT  # each document was new to exactly one of the two crawlers
    check = warcio_check(*warc_files(config.data_dir))
    assert check.returncode == 0, check.stdout


def test_sqlite_busy_is_waited_out_and_retried(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "archive.sqlite"
    config = StorageConfig(data_dir=tmp_path / "data", database_url=f"sqlite:///{path}")
    with Archive(config, fsync=False, busy_timeout=0.05) as archive:
        locked, release = threading.Event(), threading.Event()

        def hold_write_lock() -> None:  # another process's long write transaction, as SQLite sees it
            conn = sqlite3.connect(path, isolation_level=None)
            conn.execute("BEGIN IMMEDIATE")
            locked.set()
            release.wait(10)
            time.sleep(0.5)
            conn.execute("ROLLBACK")
            conn.close()

        holder = threading.Thread(target=hold_write_lock)
        holder.start()
        locked.wait(10)
        release.set()
        with caplog.at_level(logging.INFO, logger="storage.db"):
            result = archive.record_fetch(Observation("https://a.gov.cn/x", 200, [], b"bytes while locked"))
        holder.join()
        assert result.outcome == "new"
        assert any("retrying" in r.getMessage() and "locked" in r.getMessage() for r in caplog.records)
        assert archive.last_fetch("https://a.gov.cn/x") is not None


@pytest.mark.postgres
def test_dropped_postgresql_connection_is_retried(pg_url: str, tmp_path: Path,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    with Archive(StorageConfig(data_dir=tmp_path, database_url=pg_url), fsync=False) as archive:
        archive.record_fetch(Observation("https://a.gov.cn/1", 200, [], b"one"))
        attempts = []

        def transaction(conn: sa.Connection) -> int:
            attempts.append(1)
            if len(attempts) == 1:  # the server drops this connection in the middle of the transaction
                conn.execute(sa.text("SELECT pg_terminate_backend(pg_backend_pid())"))
            return conn.execute(sa.text("SELECT count(*) FROM fetches")).scalar_one()

        with caplog.at_level(logging.INFO, logger="storage.db"):
            assert archive.db.write(transaction) == 1
        assert len(attempts) == 2
        assert any("retrying" in r.getMessage() for r in caplog.records)

        # connections the server closed while idle in the pool are replaced before use
        with sa.create_engine(pg_url, isolation_level="AUTOCOMMIT").connect() as admin:
            admin.execute(sa.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
        assert archive.record_fetch(Observation("https://a.gov.cn/2", 200, [], b"two")).outcome == "new"
