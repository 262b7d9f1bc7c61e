"""One crawl = one `scrapy crawl` subprocess (a Twisted reactor cannot be restarted in-process).

Rules every crawl goes through, whether the service scheduled it or `--once` asked for it:
- one crawl of a site at a time, across processes: an exclusive `flock` on `<data>/locks/<spider>.lock`.  The
  crawl process inherits the lock's file descriptor, so the lock lasts as long as the crawl does, even if the
  scheduler that launched it was killed (a restarted scheduler then waits for that crawl instead of overlapping it);
- at most `max_parallel` crawls at once in this process;
- a run already made (its key finished in crawl_runs) is not made again: a retried launch is recognised;
- a crawl still running at its time limit is asked to stop (SIGTERM: Scrapy shuts down gracefully on the first
  signal), killed with its whole process group (Chromium included) after `stop_grace`, and recorded as "timeout".

Each crawl gets its own session (process group): a Ctrl-C in the scheduler's terminal reaches the scheduler alone,
which then stops each crawl with exactly one signal (a second signal would make Scrapy shut down uncleanly).
Its output goes to `<data>/logs/<spider>/<run key>.log`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from crawler.schedule import history
from storage.archive import Archive

log = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parents[2]  # where scrapy.cfg is: `scrapy crawl` runs from here
POLL_SECONDS = 0.2  # how quickly a waiting or supervising thread notices a stop request


@dataclass(frozen=True)
class CrawlRequest:
    spider: str
    key: str  # the crawl run's key: the same key twice is the same run
    arguments: Mapping[str, str] = field(default_factory=dict)
    time_limit: float = 6 * 3600.0
    # What one crawl at a time is counted by (default: the spider).  The season's crawls of registry sites share
    # their spider, so they lock their host instead; `rest` seconds then pass between two crawls of it.
    lock: str | None = None
    rest: float = 0.0

    @property
    def lock_name(self) -> str:
        return self.lock or self.spider


# Results of a request that launched nothing.
ALREADY_MADE = "already made"  # its key is finished in crawl_runs
ALREADY_QUEUED = "already queued"  # the same run is waiting or running in this process
CANCELLED = "cancelled"  # the runner was stopped while the request waited for its site or a slot


@dataclass(frozen=True)
class CrawlResult:
    request: CrawlRequest
    reason: str  # the run's finish reason, or one of the three above
    returncode: int | None = None

    @property
    def launched(self) -> bool:
        return self.reason not in (ALREADY_MADE, ALREADY_QUEUED, CANCELLED)

    @property
    def ok(self) -> bool:
        if not self.launched:
            return self.reason != CANCELLED
        return self.returncode == 0 and self.reason not in history.FAILED_REASONS


class StoppableRunner:
    """What every runner shares: a stop flag, and runs already made are never made again."""

    archive: Archive
    _stopping: threading.Event

    def stop(self) -> None:
        """Stop every crawl of this runner (each is recorded as "shutdown") and launch no more."""
        self._stopping.set()

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def already_made(self, request: CrawlRequest) -> CrawlResult | None:
        record = history.run_record(self.archive, request.key)
        if record is not None and record.complete:
            log.info("%s: already made (%s), not repeated", request.key, record.finish_reason)
            return CrawlResult(request, ALREADY_MADE)
        return None


class CrawlRunner(StoppableRunner):
    def __init__(self, archive: Archive, *, command: Sequence[str], max_parallel: int, stop_grace: float,
                 cwd: Path = PROJECT_ROOT) -> None:
        self.archive = archive
        self.command = tuple(command)
        self.stop_grace = stop_grace
        self.cwd = cwd
        data_dir = archive.config.data_dir
        self.lock_dir = data_dir / "locks"
        self.log_dir = data_dir / "logs"
        # The crawl writes to exactly the archive this scheduler reads, whatever the scheduler's working directory.
        self.env = {**os.environ, "NIANBAO_DATA": str(data_dir), "DATABASE_URL": archive.config.database_url}
        self._slots = threading.BoundedSemaphore(max_parallel)
        self._stopping = threading.Event()

    def run(self, request: CrawlRequest) -> CrawlResult:
        """Make the run (blocking): wait for the site and a free slot, crawl, record.  Thread-safe."""
        if made := self.already_made(request):
            return made
        with self._site_lock(request.lock_name) as lock_fd:
            if lock_fd is None or not self._rested(lock_fd) or not self._acquire_slot():
                return CrawlResult(request, CANCELLED)
            try:
                # Checked again: another process may have made the run while this one waited for the site.
                record = history.run_record(self.archive, request.key)
                if record is not None and record.complete:
                    log.info("%s: made meanwhile by another process, not repeated", request.key)
                    return CrawlResult(request, ALREADY_MADE)
                attempt = record.attempts + 1 if record else 1
                return self._crawl(request, lock_fd, attempt)
            finally:
                self._slots.release()
                if request.rest > 0:
                    _write_free_at(lock_fd, time.time() + request.rest)

    # -- waiting ---------------------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _site_lock(self, spider: str) -> Iterator[int | None]:
        """An exclusive lock on the site; yields its descriptor, or None if the runner was stopped meanwhile."""
        self.lock_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.lock_dir / f"{spider}.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            waiting = False
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if not waiting:
                        log.info("%s: another crawl of this site is running; waiting for it to end", spider)
                        waiting = True
                    if self._stopping.wait(POLL_SECONDS):
                        yield None
                        return
            yield fd
        finally:
            os.close(fd)  # releases the lock (a crawl still holding its inherited copy keeps it until it exits)

    def _rested(self, lock_fd: int) -> bool:
        """Wait until the time the last crawl under this lock left in its file (False if stopped meanwhile)."""
        wait = _read_free_at(lock_fd) - time.time()
        return wait <= 0 or not self._stopping.wait(wait)

    def _acquire_slot(self) -> bool:
        while not self._slots.acquire(timeout=POLL_SECONDS):
            if self._stopping.is_set():
                return False
        if self._stopping.is_set():
            self._slots.release()
            return False
        return True

    # -- crawling --------------------------------------------------------------------------------------------
    def argv(self, request: CrawlRequest) -> list[str]:
        argv = [part.replace("{python}", sys.executable).replace("{spider}", request.spider) for part in self.command]
        for name, value in {**request.arguments, "run_key": request.key}.items():
            argv += ["-a", f"{name}={value}"]
        return argv

    def _crawl(self, request: CrawlRequest, lock_fd: int, attempt: int) -> CrawlResult:
        run = self.archive.start_run(request.spider, {**request.arguments, "run_key": request.key}, key=request.key)
        log_path = self.log_dir / request.spider / f"{request.key}.log"
        log_path.parent.mkdir(parents=True, exist_ok=True)
        launched_at = _now()
        log.info("%s: crawling (attempt %d, time limit %s); log %s", request.key, attempt,
                 _duration(request.time_limit), log_path)
        with log_path.open("ab") as output:
            try:
                process = subprocess.Popen(self.argv(request), cwd=self.cwd, env=self.env, stdin=subprocess.DEVNULL,
                                           stdout=output, stderr=subprocess.STDOUT, start_new_session=True,
                                           pass_fds=(lock_fd,))
            except OSError as exc:
                output.write(f"cannot start the crawl: {exc}\n".encode())
                process = None
            stopped, killed = self._supervise(process, request.time_limit) if process else (None, False)
        outcome = history.ProcessOutcome(
            returncode=process.returncode if process else None, stopped=stopped, killed=killed,
            launched_at=launched_at, ended_at=_now(), attempt=attempt, time_limit=request.time_limit,
            log_path=log_path, error=_last_line(log_path))
        reason = history.finish(self.archive, run, outcome)
        log.info("%s: %s (exit status %s) after %s", request.key, reason, outcome.returncode,
                 _duration((outcome.ended_at - launched_at).total_seconds()))
        return CrawlResult(request, reason, outcome.returncode)

    def _supervise(self, process: subprocess.Popen[bytes], time_limit: float) -> tuple[str | None, bool]:
        """Wait for the crawl; stop it at its time limit or when the runner stops.  Returns (stopped, killed)."""
        deadline = time.monotonic() + time_limit
        try:
            while True:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=min(POLL_SECONDS, max(deadline - time.monotonic(), 0.001)))
                    return None, False
                if self._stopping.is_set() or time.monotonic() >= deadline:
                    stopped = "shutdown" if self._stopping.is_set() else "timeout"
                    log.warning("crawl pid %d: %s, stopping it", process.pid,
                                "scheduler shutting down" if stopped == "shutdown" else "time limit reached")
                    return stopped, stop_process(process, self.stop_grace)
        finally:
            _kill_group(process)  # whatever the crawl left behind (a browser) ends with it


def _read_free_at(fd: int) -> float:
    """The lock file's content: when the next crawl under it may start (epoch seconds; 0 when never written)."""
    try:
        return float(os.pread(fd, 64, 0).decode().strip() or 0)
    except (OSError, ValueError):
        return 0.0


def _write_free_at(fd: int, when: float) -> None:
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{when:.3f}\n".encode(), 0)


def stop_process(process: subprocess.Popen[bytes], grace: float) -> bool:
    """SIGTERM (a clean Scrapy shutdown), then SIGKILL to the whole process group after `grace` seconds.
    Returns whether the kill was needed."""
    with contextlib.suppress(ProcessLookupError):
        process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=grace)
        return False
    except subprocess.TimeoutExpired:
        _kill_group(process)
        process.wait()
        return True


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


def _last_line(path: Path, tail: int = 4096) -> str | None:
    """The last non-empty line of a crawl's log (what it said before it failed)."""
    try:
        with path.open("rb") as f:
            f.seek(max(f.seek(0, os.SEEK_END) - tail, 0))
            lines = [line.strip() for line in f.read().decode("utf-8", "replace").splitlines() if line.strip()]
    except OSError:
        return None
    return lines[-1][:500] if lines else None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}h{rest // 60:02d}m" if hours else f"{rest // 60}m{rest % 60:02d}s"
