"""Running real workers (`python -m crawler worker`) and enqueues as subprocesses, as an operator would."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[2]
HOST_DELAY = 0.2  # seconds between requests to one host, across all workers (NIANBAO_HOST_DELAY)
WORKER_TTL = 10.0  # seconds without a heartbeat before a worker's requests go to the others.  The beat comes from a
# thread, which a long GIL-holding call (PyMuPDF on a big PDF) or a loaded 2-core machine can starve.  With 3 s, a
# run under load fetched two URLs twice and sent one host two requests 12 ms apart: what a live worker taken for
# dead (its requests and host token given to others) produces; the default in production is 30 s


def crawl_env(*, redis_url: str, database_url: str, data_dir: Path, replica_url: str) -> dict[str, str]:
    return {**os.environ, "REDIS_URL": redis_url, "DATABASE_URL": database_url, "NIANBAO_DATA": str(data_dir),
            "REPLICA_URL": replica_url, "NIANBAO_OFFLINE": "1", "NIANBAO_POLITE": "0", "NIANBAO_FSYNC": "0",
            "NIANBAO_HOST_DELAY": str(HOST_DELAY), "NIANBAO_WORKER_TTL": str(WORKER_TTL),
            "NIANBAO_LOG_LEVEL": "INFO", "PYTHONPATH": str(ROOT)}


def crawler_cli(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)


def parse_queued(env: dict[str, str], timeout: float = 300) -> None:
    """Parse what the crawl workers queued, as a parse worker does (crawl workers never parse: docs/scaling.md)."""
    done = crawler_cli(env, "parse-worker", "--drain", "--processes", "1", timeout=timeout)
    assert done.returncode == 0, done.stderr[-3000:]


@dataclass
class Workers:
    """Worker processes named w1, w2, …; each logs to <log_dir>/<name>.log."""

    env: dict[str, str]
    log_dir: Path
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    def start(self, count: int, *args: str) -> None:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        for n in range(len(self.processes) + 1, len(self.processes) + count + 1):
            name = f"w{n}"
            with (self.log_dir / f"{name}.log").open("wb") as log:
                self.processes[name] = subprocess.Popen(
                    [sys.executable, "-m", "crawler", "worker", "--id", name, *args], cwd=ROOT, env=self.env,
                    stdout=log, stderr=subprocess.STDOUT)

    def kill(self, name: str) -> None:
        self.processes[name].send_signal(signal.SIGKILL)
        self.processes[name].wait()

    def terminate(self, name: str) -> None:
        """SIGTERM, as systemd stops a worker (it finishes what it holds and exits on its own)."""
        self.processes[name].send_signal(signal.SIGTERM)

    def wait(self, timeout: float) -> dict[str, int]:
        """Exit status of every worker (they run with --drain); kills them all if they outlive `timeout`."""
        deadline = time.monotonic() + timeout
        try:
            return {name: p.wait(timeout=max(deadline - time.monotonic(), 0.1)) for name, p in self.processes.items()}
        except subprocess.TimeoutExpired:
            self.stop()
            raise AssertionError(f"workers still running after {timeout:.0f} s; logs in {self.log_dir}") from None

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.kill()
                process.wait()

    def log(self, name: str) -> str:
        return (self.log_dir / f"{name}.log").read_text(errors="replace")


@contextlib.contextmanager
def fresh_database(server_url: str, name: str) -> Iterator[str]:
    """A new PostgreSQL database on the test server for a whole module (tests/conftest.py's pg_url is per test)."""
    admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield server_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
