"""A process's writes to the archive, off the callers' threads: one writer thread, a bounded queue, batches.

A crawl hands over every exchange (`record_fetch`) and every parse request (`enqueue_parse`) and gets a Future
back at once; the writer thread takes whatever has queued up (up to `max_batch` jobs) and writes it the archive's
way — `Archive.record_fetches`: every blob durable, then every WARC record, then one transaction; then
`Archive.enqueue_parses`: one transaction — and completes the futures.  Under load the batches grow by themselves
(group commit): the disk flushes and the commit of a batch are shared by all of it, and the crawl's own thread
(Scrapy's reactor) never waits for a disk.

A future completes only once what it asked for is durable: that is the moment the caller may act on it (the
crawl hands a response to its spider only then; docs/hardening.md, "acknowledged").  A crash loses what was queued
and not completed — nothing anybody acted upon — and leaves the archive consistent, as `record_fetch` does.

Bounded: at most `max_bytes` of bodies and `max_jobs` jobs wait; a caller beyond that blocks until the writer has
caught up (back-pressure instead of memory growth).
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Protocol

from storage.errors import StorageError
from storage.observation import FetchResult, Observation

FetchJob = tuple[Observation, Any]  # the observation and its crawl run (storage.archive.Run, an id, or None)
ParseJob = tuple[str, Any]  # sha256, crawl run


class BatchArchive(Protocol):
    """What the writer needs of storage.archive.Archive."""

    def record_fetches(self, batch: Sequence[FetchJob]) -> list[FetchResult | StorageError]: ...

    def enqueue_parses(self, requests: Sequence[ParseJob]) -> list[bool]: ...


@dataclass
class _Job:
    kind: str  # fetch | parse
    payload: Any
    size: int
    future: Future[Any] = field(default_factory=Future)


class ArchiveWriter:
    def __init__(self, archive: BatchArchive, *, max_batch: int = 64, max_bytes: int = 64 << 20,
                 max_jobs: int = 1024) -> None:
        self.archive = archive
        self.max_batch = max_batch
        self.max_bytes = max_bytes
        self.max_jobs = max_jobs
        self._jobs: deque[_Job] = deque()
        self._bytes = 0  # of bodies queued or being written
        self._submitted = 0
        self._completed = 0
        self._closed = False
        self._changed = threading.Condition()
        self.batches = 0  # (for the curious: batches written, and the jobs in them)
        self.jobs_written = 0
        self._thread = threading.Thread(target=self._run, name="nianbao-archive-writer", daemon=True)
        self._thread.start()

    def record_fetch(self, obs: Observation, run: Any = None) -> Future[FetchResult]:
        """Archive one exchange (Archive.record_fetch); the future gives its FetchResult once it is durable."""
        return self._submit("fetch", (obs, run), len(obs.body or b"") + len(obs.wire_body or b""))

    def enqueue_parse(self, sha256: str, run: Any = None) -> Future[bool]:
        """Queue a document for parsing (Archive.enqueue_parses); the future says whether it was queued."""
        return self._submit("parse", (sha256, run), 0)

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until everything submitted so far is written (or failed); False on timeout."""
        with self._changed:
            target = self._submitted
            return self._changed.wait_for(lambda: self._completed >= target or not self._thread.is_alive(),
                                          timeout)

    def close(self) -> None:
        """Write what is queued, then stop the thread."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()
        self._thread.join()

    def _submit(self, kind: str, payload: Any, size: int) -> Future[Any]:
        job = _Job(kind, payload, size)
        with self._changed:
            if self._closed:
                raise StorageError("the archive writer is closed")
            # A job bigger than the whole bound still goes through, alone.
            self._changed.wait_for(lambda: not self._jobs or (self._bytes + size <= self.max_bytes
                                                              and len(self._jobs) < self.max_jobs))
            self._jobs.append(job)
            self._bytes += size
            self._submitted += 1
            self._changed.notify_all()
        return job.future

    def _run(self) -> None:
        while True:
            with self._changed:
                self._changed.wait_for(lambda: self._jobs or self._closed)
                if not self._jobs:
                    return
                batch = [self._jobs.popleft() for _ in range(min(self.max_batch, len(self._jobs)))]
            try:
                self._write(batch)
            finally:
                with self._changed:
                    self._bytes -= sum(job.size for job in batch)
                    self._completed += len(batch)
                    self.batches += 1
                    self.jobs_written += len(batch)
                    self._changed.notify_all()

    def _write(self, batch: list[_Job]) -> None:
        fetches = [job for job in batch if job.kind == "fetch"]
        parses = [job for job in batch if job.kind == "parse"]
        if fetches:
            _complete(fetches, self.archive.record_fetches)
        if parses:
            _complete(parses, self.archive.enqueue_parses)


def _complete(jobs: list[_Job], write: Callable[[list[Any]], Sequence[Any]]) -> None:
    """Write the jobs together; if the whole write fails, each alone (so one bad job fails only itself)."""
    try:
        results: Sequence[Any] = write([job.payload for job in jobs])
    except Exception as exc:
        if len(jobs) > 1:
            for job in jobs:
                _complete([job], write)
            return
        results = [exc]
    for job, result in zip(jobs, results, strict=True):
        if isinstance(result, BaseException):
            job.future.set_exception(result)
        else:
            job.future.set_result(result)
