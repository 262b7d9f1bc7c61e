"""Serving the SQLite archive read-only with Datasette (`python -m crawler browse`, `make browse`).

Read-only, two ways:
- immutable (default): Datasette opens the file with `immutable=1` and never writes or locks it.  SQLite then
  ignores the WAL file, so the WAL is first checkpointed into the database (when the file is writable and no
  crawl holds it); if a writer is active the server falls back to live mode rather than show stale data.
- live (`--live`): `mode=ro` connections that see each committed transaction of a running crawl.
Either way Datasette only runs read-only SQL, and the plugin serves files by hash or id only (web/files.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import socket
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn
from datasette.app import Datasette
from datasette.plugins import pm

import crawler.research.web as plugin
from crawler.errors import NianbaoError
from crawler.research.web.metadata import metadata
from storage.archive import Archive
from storage.config import StorageConfig, writable
from storage.errors import ArchiveMissingError

SETTINGS = {
    "sql_time_limit_ms": 15_000,  # canned queries read every report of a large archive
    "facet_time_limit_ms": 1_000,
    "max_returned_rows": 2_000,
    "default_page_size": 50,
    "suggest_facets": False,  # facets are declared in the metadata; suggesting them costs a query per column
}


@dataclass(frozen=True)
class ServePlan:
    path: Path
    immutable: bool
    note: str | None = None


def plan(config: StorageConfig, *, live: bool = False, busy_timeout: float = 5.0) -> ServePlan:
    """How to open the archive's SQLite file (see the module docstring)."""
    path = config.sqlite_path
    if path is None:
        raise NianbaoError("browse serves the SQLite archive; DATABASE_URL points to another database "
                           "(export what you need with `python -m crawler export`)")
    if not path.is_file():
        raise ArchiveMissingError(f"no archive at {path}: set NIANBAO_DATA, or make one with `python -m replica demo`")
    if live:
        return ServePlan(path, immutable=False)
    if not writable(path):
        wal = path.with_name(path.name + "-wal")
        note = (f"{wal.name} holds transactions not yet in the database file; they are not shown"
                if wal.is_file() and wal.stat().st_size else None)
        return ServePlan(path, immutable=True, note=note)
    try:
        with contextlib.closing(sqlite3.connect(path, timeout=busy_timeout)) as conn:
            busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error as exc:
        raise NianbaoError(f"cannot open {path}: {exc}") from exc
    if busy:
        return ServePlan(path, immutable=False, note="a crawl is writing to the archive: serving it live (mode=ro)")
    return ServePlan(path, immutable=True)


def datasette_app(config: StorageConfig, serve: ServePlan) -> Any:
    if not pm.is_registered(plugin):
        pm.register(plugin, name=plugin.PLUGIN)
    name = serve.path.stem
    files = {"immutables": [str(serve.path)]} if serve.immutable else {"files": [str(serve.path)]}
    return Datasette(**files, metadata=metadata(config.data_dir, name), settings=SETTINGS)


def listen(host: str, port: int) -> socket.socket:
    """A listening socket on `port`, or on a free port when that one is taken (port 0: always a free one)."""
    for candidate in (port, 0) if port else (0,):
        sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, candidate))
        except OSError as exc:
            sock.close()
            if exc.errno == errno.EADDRINUSE and candidate:
                print(f"port {candidate} is in use: using a free port", file=sys.stderr)
                continue
            raise NianbaoError(f"cannot listen on {host}:{candidate}: {exc.strerror or exc}") from exc
        sock.listen(128)
        return sock
    raise NianbaoError(f"cannot listen on {host}")  # pragma: no cover - port 0 always binds


def run(config: StorageConfig, *, host: str = "127.0.0.1", port: int = 8001, live: bool = False) -> None:
    """Serve until interrupted, printing the URL first (tests read it from standard output)."""
    with Archive.open_for_reading(config):  # brings an older schema up to date (the views) or says why it cannot
        pass
    serve = plan(config, live=live)
    ds = datasette_app(config, serve)
    sock = listen(host, port)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{sock.getsockname()[1]}/"
    mode = "immutable snapshot" if serve.immutable else "live, read-only"
    if serve.note:
        print(f"note: {serve.note}", file=sys.stderr)
    print(f"Datasette: {url}  ({serve.path}, {mode}; Ctrl-C stops)", flush=True)

    async def main() -> None:
        await ds.invoke_startup()
        server = uvicorn.Server(uvicorn.Config(ds.app(), log_level="warning", lifespan="off"))
        await server.serve(sockets=[sock])

    try:
        asyncio.run(main())
    finally:
        sock.close()
