"""A pool of parse processes draining the archive's parse queue: parsing at the speed of every core.

Parsing (PDF extraction, LibreOffice, OCR at 1–3 s a page) is CPU work that would compete with a crawl for its
one Python thread; it runs instead in `processes` separate processes (crawler/archiving/parse_process.py, one per
core by default), each taking documents from the queue in the archive (storage/parse_queue.py) one at a time.
`scrapy crawl` runs a pool while it crawls and waits for the parses it queued (crawler/extensions/parses.py);
`python -m crawler parse-worker` runs one on any machine of a distributed crawl.

The pool watches its processes from a thread:
- a process that recycled itself (a document or memory limit) or died is replaced while the pool runs;
- the claims of a process that died are given back at once, the death counted against the document with its
  cause ("killed by SIGKILL"): after three such deaths the document is marked failed with that reason, so one
  document that kills its parser cannot stall the queue (storage/parse_queue.py);
- at start, claims left by dead processes of this host (a pool killed with everything in it) are given back;
- a process that fails at start again and again (cannot open the archive) makes the pool give up, saying why,
  instead of restarting it forever (`failure`).

`drain`: the processes exit when the queue is empty, and the pool is done when they all have (`wait`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field

from storage.archive import Archive
from storage.errors import StorageError

log = logging.getLogger(__name__)

# Exit statuses of a parse process (crawler/archiving/parse_process.py; this module never imports it: the parser
# loads in the parse processes only, never in the crawl that runs the pool).
STOPPED, USAGE_ERROR, RECYCLED = 0, 2, 3


@dataclass(frozen=True)
class Options:
    """How parse processes work (their command line)."""

    max_documents: int = 200  # then a fresh process replaces this one
    max_rss_mb: float = 1536.0  # resident memory past which the process is replaced (after its document)
    lease_seconds: float = 120.0  # a claim not refreshed for this long belongs to a dead process
    max_attempts: int = 3  # claims of one document that may die before it is marked failed
    drain: bool = False  # exit when the queue is empty
    parent: int | None = None  # the pool's pid: a process exits when its pool is gone


def owner_id(pid: int | None = None) -> str:
    """How a process's claims are named in the queue: `<host>:<pid>` (its pool can tell whether it lives)."""
    return f"{socket.gethostname()}:{pid or os.getpid()}"

WATCH_SECONDS = 0.1  # how often the pool looks at its processes
FAST_FAILURES = 5  # processes in a row that fail within START_SECONDS of starting: the pool gives up
START_SECONDS = 10.0


@dataclass
class _Child:
    process: subprocess.Popen[bytes]
    started: float
    killed: bool = False  # by the pool itself (stop): its claim is given back uncounted


@dataclass
class PoolStats:
    started: int = 0
    recycled: int = 0
    died: int = 0
    peak_rss_mb: float = 0.0  # the largest of any process the pool ran (getrusage of each, as it exits)
    causes: list[str] = field(default_factory=list)


class ParsePool:
    def __init__(self, archive: Archive, processes: int, *, options: Options | None = None) -> None:
        self.archive = archive
        self.processes = max(1, processes)
        self.options = options or Options()
        self.stats = PoolStats()
        self.failure: str | None = None  # why the pool gave up, if it did
        self._wanted = 0  # processes to keep running (grows with wake(), up to `processes`)
        self._children: dict[int, _Child] = {}
        self._fast_failures = 0
        self._stopping = False
        self._lock = threading.Lock()
        self._watcher: threading.Thread | None = None
        # OCR runs on every core of its process by default: the processes share the cores instead of contending.
        ocr_threads = os.environ.get("NIANBAO_OCR_THREADS") or str(max(1, (os.cpu_count() or 1) // self.processes))
        self._env = {**os.environ, "NIANBAO_DATA": str(archive.config.data_dir),
                     "DATABASE_URL": archive.config.database_url, "NIANBAO_OCR_THREADS": ocr_threads}

    def wake(self, queued: int | None = None) -> None:
        """Work was queued: run up to `processes` processes (no more than `queued` documents need, when given)."""
        with self._lock:
            if self._stopping or self.failure:
                return
            self._wanted = min(self.processes, max(self._wanted, queued if queued is not None else self.processes))
            if self._watcher is None:
                self._watcher = threading.Thread(target=self._watch, name="nianbao-parse-pool", daemon=True)
                self._watcher.start()

    def wait(self, timeout: float | None = None) -> bool:
        """(drain) Wait until every process has exited; False on timeout."""
        watcher = self._watcher
        if watcher is not None:
            watcher.join(timeout)
        return watcher is None or not watcher.is_alive()

    def stop(self, grace: float = 30.0) -> None:
        """Stop every process: SIGTERM (the document in hand is finished), SIGKILL after `grace` seconds."""
        with self._lock:
            self._stopping = True
            children = list(self._children.values())
        for child in children:
            _signal(child.process, signal.SIGTERM)
        watcher = self._watcher
        if watcher is None:
            return
        watcher.join(grace)
        if watcher.is_alive():
            with self._lock:
                for child in self._children.values():
                    child.killed = True
                    _signal(child.process, signal.SIGKILL)
            watcher.join()

    # -- the watcher: the only thread that starts and reaps processes ------------------------------------------
    # (Linux kills a process whose parent *thread* ends, with the death signal a parse process asks for: the
    # watcher outlives every process it starts.)
    def _watch(self) -> None:
        self._release_dead_claims()
        while True:
            with self._lock:
                children = list(self._children.items())
            for pid, child in children:
                self._reap(pid, child)
            with self._lock:
                done = self._stopping or self.failure or (self.options.drain and self._wanted == 0)
                if done and not self._children:
                    return
                self._fill()
            time.sleep(WATCH_SECONDS)

    def _fill(self) -> None:
        """(under the lock) Start processes up to the number wanted."""
        while len(self._children) < self._wanted and not self._stopping and not self.failure:
            command = [sys.executable, "-m", "crawler.archiving.parse_process", "--parent", str(os.getpid()),
                       "--max-documents", str(self.options.max_documents),
                       "--max-rss-mb", str(self.options.max_rss_mb), "--lease", str(self.options.lease_seconds),
                       "--max-attempts", str(self.options.max_attempts), *(["--drain"] if self.options.drain else [])]
            process = subprocess.Popen(command, env=self._env, stdin=subprocess.DEVNULL)
            self._children[process.pid] = _Child(process, time.monotonic())
            self.stats.started += 1

    def _reap(self, pid: int, child: _Child) -> None:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done == 0:
            return
        code = os.waitstatus_to_exitcode(status)
        child.process.returncode = code  # (reaped here: Popen must not wait for it again)
        with self._lock:
            self.stats.peak_rss_mb = max(self.stats.peak_rss_mb, usage.ru_maxrss / 1024)
            del self._children[pid]
            self._ended(pid, child, code)

    def _ended(self, pid: int, child: _Child, code: int) -> None:
        """(under the lock) What a process's exit means for its claims and for the pool."""
        if code == RECYCLED:
            self.stats.recycled += 1
        elif code == STOPPED and not child.killed:
            if self.options.drain:
                self._wanted = max(0, self._wanted - 1)
        else:
            cause = _describe(code)
            if not child.killed:
                self.stats.died += 1
                self.stats.causes.append(cause)
                log.warning("parse process %d %s", pid, cause)
            self._give_back(pid, died=not child.killed, cause=cause)
        # A process that exits with an error status soon after it started never got to work (it could not open
        # the archive, or not even import): one killed by a signal died on a document, which the queue counts.
        failed_start = code > 0 and code != RECYCLED and time.monotonic() - child.started < START_SECONDS
        self._fast_failures = self._fast_failures + 1 if failed_start else 0
        if self._fast_failures >= FAST_FAILURES:
            self.failure = f"parse processes fail as they start ({self._fast_failures} in a row, {_describe(code)})"
            log.error("%s: parsing stopped; documents stay queued", self.failure)

    def _give_back(self, pid: int, *, died: bool, cause: str) -> None:
        try:
            self.archive.release_parse_claims([owner_id(pid)], died=died,
                                              error=f"parse process {cause}")
        except StorageError as exc:  # the lease gives them back later
            log.warning("cannot give back the claims of parse process %d: %s", pid, exc)

    def _release_dead_claims(self) -> None:
        """Claims of this host's processes that no longer exist (a pool killed with its processes) go back."""
        try:
            holders = self.archive.parse_claim_holders(socket.gethostname())
            dead = [owner for owner in holders if not _alive(int(owner.rsplit(":", 1)[1]))]
            if dead:
                self.archive.release_parse_claims(dead, died=True, error="parse process died (found dead)")
        except (StorageError, ValueError) as exc:
            log.warning("cannot check for dead parse claims: %s", exc)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _signal(process: subprocess.Popen[bytes], signum: int) -> None:
    """(os.kill, not Popen.send_signal: that polls, and so reaps, the process behind the watcher's back)"""
    if process.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.pid, signum)


def _describe(code: int) -> str:
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exited with status {code}"
