"""Real services on loopback for tests and benchmarks: a throwaway PostgreSQL cluster and a redis-server.

Both listen on 127.0.0.1 at an OS-assigned port, keep their files in a temporary directory and remove it when done.
The test fixtures (tests/conftest.py) and the benchmarks (bench/) start them the same way through here:
`postgres(url)` and `redis(url)` use a server someone already runs when given its URL, else start one.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator


class ServiceMissing(RuntimeError):
    """The service's binaries are not installed on this machine."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Throwaway clusters need no crash safety; a benchmark that measures writes passes durable=True.
_FAST = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"


@contextlib.contextmanager
def postgres_cluster(*, durable: bool = False, options: str = "") -> Iterator[str]:
    """A new PostgreSQL cluster (the newest binaries under /usr/lib/postgresql); yields its `postgres` DB URL."""
    pg_ctls = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not pg_ctls:
        raise ServiceMissing("PostgreSQL server binaries not installed (/usr/lib/postgresql/*/bin)")
    bindir = os.path.dirname(pg_ctls[-1])
    tmp = tempfile.mkdtemp(prefix="nianbao-pg.")
    port = free_port()
    as_pg = []
    if os.geteuid() == 0:  # initdb and pg_ctl refuse to run as root
        shutil.chown(tmp, "postgres", "postgres")
        as_pg = ["runuser", "-u", "postgres", "--"]
    quiet = {"check": True, "stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE}
    try:
        subprocess.run([*as_pg, f"{bindir}/initdb", "-D", f"{tmp}/data", "-U", "postgres", "-A", "trust",
                        "-E", "UTF8", "--locale=C.UTF-8", *([] if durable else ["--no-sync"])], **quiet)
        settings = f"-c listen_addresses=127.0.0.1 -p {port} -k {tmp} -c max_connections=200 " \
                   f"{'' if durable else _FAST} {options}"
        subprocess.run([*as_pg, f"{bindir}/pg_ctl", "-D", f"{tmp}/data", "-l", f"{tmp}/log", "-w", "-t", "60",
                        "-o", settings, "start"], **quiet)
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_pg, f"{bindir}/pg_ctl", "-D", f"{tmp}/data", "-m", "immediate", "-w", "stop"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(tmp, ignore_errors=True)


@contextlib.contextmanager
def postgres(url: str | None = None, *, durable: bool = False, options: str = "") -> Iterator[str]:
    """The PostgreSQL server at `url` when given (TEST_DATABASE_URL, --pg-url), else a throwaway cluster."""
    if url:
        yield url
        return
    with postgres_cluster(durable=durable, options=options) as started:
        yield started


@contextlib.contextmanager
def redis(url: str | None = None) -> Iterator[str]:
    """The Redis server at `url` when given (TEST_REDIS_URL, --redis-url), else a throwaway redis-server."""
    if url:
        yield url
        return
    with redis_server() as started:
        yield started


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """A redis-server with persistence off; yields its URL once it answers PING."""
    server = shutil.which("redis-server")
    if not server:
        raise ServiceMissing("redis-server not installed (Debian package redis-server)")
    tmp = tempfile.mkdtemp(prefix="nianbao-redis.")
    port = free_port()
    process = subprocess.Popen([server, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly",
                                "no", "--dir", tmp], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not _answers_ping(port):
            if time.monotonic() > deadline:
                raise RuntimeError("redis-server did not start")
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


def _answers_ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False
