"""Shared test fixtures: real services started on loopback, never mocks.

PostgreSQL: a throwaway cluster from the PostgreSQL binaries on the machine (or TEST_DATABASE_URL).
Redis: a `redis-server` on an OS-assigned loopback port (or TEST_REDIS_URL).
In CI (CI=true) a missing component fails the test run; on a developer's machine it skips with the reason.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.paths import GOLDEN, ROOT, SHARED  # noqa: F401  (re-exported for test modules)

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

# Scrapy 2.19 opens two listeners by default; no test may leave a port open behind it.
os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")


def missing(reason: str) -> None:
    """A required component is absent: fail in CI, skip with the reason elsewhere."""
    if IN_CI:
        pytest.fail(f"required test component missing in CI: {reason}")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres_user() -> list[str]:
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """URL of a PostgreSQL server for the whole session (database `postgres`)."""
    if url := os.environ.get("TEST_DATABASE_URL"):
        yield url
        return
    pg_ctls = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not pg_ctls:
        missing("PostgreSQL server binaries not installed (/usr/lib/postgresql/*/bin)")
    bindir = os.path.dirname(pg_ctls[-1])
    tmp = tempfile.mkdtemp(prefix="nianbao-pg.")
    port = free_port()
    if os.geteuid() == 0:
        shutil.chown(tmp, "postgres", "postgres")
    as_pg = _as_postgres_user()
    quiet = {"check": True, "stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE}
    subprocess.run([*as_pg, f"{bindir}/initdb", "-D", f"{tmp}/data", "-U", "postgres", "-A", "trust",
                    "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], **quiet)
    opts = (f"-c listen_addresses=127.0.0.1 -p {port} -k {tmp} -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=200")
    subprocess.run([*as_pg, f"{bindir}/pg_ctl", "-D", f"{tmp}/data", "-l", f"{tmp}/log", "-w", "-t", "60",
                    "-o", opts, "start"], **quiet)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_pg, f"{bindir}/pg_ctl", "-D", f"{tmp}/data", "-m", "immediate", "-w", "stop"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(tmp, ignore_errors=True)


_db_counter = 0


@pytest.fixture
def pg_url(pg_server_url: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test (dropped afterwards)."""
    import sqlalchemy as sa

    global _db_counter
    _db_counter += 1
    name = f"t{os.getpid()}_{_db_counter}"
    admin = sa.create_engine(pg_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield pg_server_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """URL of a real redis-server on a loopback port, with persistence off."""
    if url := os.environ.get("TEST_REDIS_URL"):
        yield url
        return
    server = shutil.which("redis-server")
    if not server:
        missing("redis-server not installed (Debian package redis-server)")
    tmp = tempfile.mkdtemp(prefix="nianbao-redis.")
    port = free_port()
    proc = subprocess.Popen([server, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
                             "--dir", tmp], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        break
            except OSError:
                time.sleep(0.05)
        else:
            pytest.fail("redis-server did not start")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = os.environ.get("PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH", "/usr/bin/chromium")
    if not os.path.exists(path):
        missing(f"Chromium not found at {path} (Debian package chromium)")
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Run a test once on an SQLite file and once on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'archive.sqlite'}"
    return request.getfixturevalue("pg_url")
