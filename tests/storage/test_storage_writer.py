"""The archive's writer thread (storage/writer.py) on SQLite and PostgreSQL: batches, a job that fails alone,
back-pressure, and kill -9 at random moments: nothing acknowledged is ever lost, the archive stays whole."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from storage import integrity
from storage.archive import Archive
from storage.config import StorageConfig
from storage.errors import StorageError
from storage.observation import FetchResult, Observation
from storage.writer import ArchiveWriter
from tests.storage.archive_worker import document_bytes
from tests.storage.storage_helpers import warc_files, warcio_check

WORKER = Path(__file__).with_name("archive_worker.py")


def observation(i: int) -> Observation:
    return Observation(f"https://www.x.gov.cn/{i}.pdf", 200, [("Content-Type", "application/pdf")],
                       document_bytes(i))


class HeldFirstBatch:
    """The archive, except that its first batch waits until the test lets it go: what queues up meanwhile shows
    how the writer groups jobs.  (Everything is written by the real archive.)"""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self.release = threading.Event()
        self.batches: list[int] = []

    def record_fetches(self, batch: Sequence[tuple[Observation, Any]]) -> list[FetchResult | StorageError]:
        self.batches.append(len(batch))
        self.release.wait(30)
        return self.archive.record_fetches(batch)

    def enqueue_parses(self, requests: Sequence[tuple[str, Any]]) -> list[bool]:
        return self.archive.enqueue_parses(requests)


def test_what_queues_up_is_written_in_one_batch_and_every_future_says_durable(archive: Archive) -> None:
    held = HeldFirstBatch(archive)
    writer = ArchiveWriter(held, max_batch=64)
    run = archive.start_run("w")
    futures = [writer.record_fetch(observation(0), run)]
    while not held.batches:  # the writer is inside its first batch
        threading.Event().wait(0.01)
    futures += [writer.record_fetch(observation(i), run) for i in range(1, 41)]
    assert not any(f.done() for f in futures)
    held.release.set()
    results = [f.result(timeout=60) for f in futures]
    writer.close()
    assert held.batches == [1, 40]  # the forty that queued behind the first went in one transaction
    assert [r.outcome for r in results] == ["new"] * 41 and len({r.sha256 for r in results}) == 41
    assert archive.db.read(lambda c: c.execute(sa.text("SELECT count(*) FROM fetches")).scalar_one()) == 41
    assert integrity.problems(archive) == []
    assert warcio_check(*warc_files(archive.config.data_dir)).returncode == 0


def test_a_job_the_archive_refuses_fails_alone(archive: Archive) -> None:
    held = HeldFirstBatch(archive)
    writer = ArchiveWriter(held)
    run = archive.start_run("w")
    first = writer.record_fetch(observation(0), run)
    while not held.batches:
        threading.Event().wait(0.01)
    good = writer.record_fetch(observation(1), run)
    bad = writer.record_fetch(observation(2), 999_999)  # no such crawl run
    also_good = writer.record_fetch(observation(3), run)
    parse = writer.enqueue_parse("0" * 64, run)  # no such document: nothing to queue
    held.release.set()
    assert first.result(60).outcome == good.result(60).outcome == also_good.result(60).outcome == "new"
    assert parse.result(60) is False
    with pytest.raises(Exception):  # noqa: B017  (the archive's own error, whatever the driver says)
        bad.result(60)
    writer.close()
    urls = archive.db.read(lambda c: c.execute(sa.text("SELECT url FROM fetches ORDER BY url")).scalars().all())
    assert urls == [observation(i).url for i in (0, 1, 3)]


def test_a_full_queue_holds_the_caller_back_until_the_writer_catches_up(archive: Archive) -> None:
    held = HeldFirstBatch(archive)
    size = len(document_bytes(0))
    writer = ArchiveWriter(held, max_bytes=3 * size)
    writer.record_fetch(observation(0), None)
    while not held.batches:
        threading.Event().wait(0.01)
    writer.record_fetch(observation(1), None)
    writer.record_fetch(observation(2), None)  # three bodies waiting or being written: the bound
    submitted = threading.Event()
    threading.Thread(target=lambda: (writer.record_fetch(observation(3), None), submitted.set()), daemon=True).start()
    assert not submitted.wait(0.5)  # blocked: no fourth body in memory
    held.release.set()
    assert submitted.wait(30)
    assert writer.flush(timeout=60)
    writer.close()
    assert archive.db.read(lambda c: c.execute(sa.text("SELECT count(*) FROM fetches")).scalar_one()) == 4


@pytest.mark.slow
def test_writer_killed_at_random_moments_loses_nothing_acknowledged(tmp_path: Path, database_url: str) -> None:
    config = StorageConfig(data_dir=tmp_path / "data", database_url=database_url)
    env = {**os.environ, "NIANBAO_DATA": str(config.data_dir), "DATABASE_URL": database_url}  # fsync on
    rng = random.Random(19)
    acknowledged: set[str] = set()
    for _ in range(4):
        worker = subprocess.Popen([sys.executable, str(WORKER), "400", "--writer"], env=env, text=True,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert worker.stdout is not None
        for _ in range(rng.randint(5, 120)):  # then SIGKILL, whatever the writer is doing (blob, WARC, commit)
            line = worker.stdout.readline()
            assert line.startswith("ack "), worker.stderr.read() if worker.stderr else line
            acknowledged.add(line.split()[1])
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait(timeout=30)
        with Archive(config, warc=False) as archive:
            assert integrity.problems(archive) == []  # whole after every kill
            recorded = set(archive.db.read(lambda c: c.execute(sa.text("SELECT url FROM fetches")).scalars().all()))
        assert acknowledged <= recorded, sorted(acknowledged - recorded)[:5]
    assert warcio_check(*warc_files(config.data_dir)).returncode == 0  # every file ends on a whole record
