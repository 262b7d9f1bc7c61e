"""Serving the SQLite archive read-only with Datasette (`python -m crawler browse`, `make browse`).

Read-only, and safe to leave running while crawls write:
- a writable archive is opened with `mode=ro` connections (Datasette's `files`): each page sees every transaction
  committed so far, and a crawl started after `browse` changes nothing for it.  (Immutable mode, which this used
  before, tells SQLite the file never changes: a crawl writing to it then made pages fail with "database disk
  image is malformed".)  Only an archive no one can write (a read-only file or medium) is opened immutable;
- every query, from any page, is bounded: in time by Datasette's `sql_time_limit_ms`, in rows by
  `max_returned_rows`, in memory by SQLite limits on each connection (web/limits.py: no string or blob over 64 MB,
  so `select randomblob(300000000)` fails at once instead of taking the server past 1.6 GB; a hard heap limit);
- the Host header of every request must name this machine (127.0.0.1, localhost, [::1]) or a host given with
  `--host`/`--allow-host`: a page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) gets
  400, never the archive;
- Datasette only runs read-only SQL, and the plugin serves files by hash or id only (web/files.py).
"""

from __future__ import annotations

import asyncio
import errno
import socket
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

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
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


def plan(config: StorageConfig) -> ServePlan:
    """How to open the archive's SQLite file (see the module docstring)."""
    path = config.sqlite_path
    if path is None:
        raise NianbaoError("browse serves the SQLite archive; DATABASE_URL points to another database "
                           "(export what you need with `python -m crawler export`)")
    if not path.is_file():
        raise ArchiveMissingError(f"no archive at {path}: set NIANBAO_DATA, or make one with `python -m replica demo`")
    if writable(path):
        return ServePlan(path, immutable=False)
    wal = path.with_name(path.name + "-wal")
    note = (f"{wal.name} holds transactions not yet in the database file; they are not shown"
            if wal.is_file() and wal.stat().st_size else None)
    return ServePlan(path, immutable=True, note=note)


def host_of(header: bytes) -> str:
    """The host name of a Host header, without its port (`[::1]:8001` → `::1`), lower case."""
    text = header.decode("latin-1").strip().lower()
    if text.startswith("["):
        return text[1:text.find("]")] if "]" in text else text
    return text.rsplit(":", 1)[0] if text.count(":") == 1 else text


def host_guard(app: Any, allowed: frozenset[str]) -> Any:
    """An ASGI wrapper answering 400 to a request whose Host header names another host (DNS rebinding)."""

    async def guarded(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] in ("http", "websocket"):
            host = next((v for k, v in scope.get("headers", ()) if k == b"host"), None)
            if host is not None and host_of(host) not in allowed:
                if scope["type"] == "websocket":
                    await send({"type": "websocket.close", "code": 1008})
                    return
                body = (f"Host {host_of(host)!r} is not this server (allowed: {', '.join(sorted(allowed))}); "
                        "start browse with --allow-host to add a name\n").encode()
                await send({"type": "http.response.start", "status": 400, "headers": [
                    (b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
                return
        await app(scope, receive, send)

    return guarded


def allowed_hosts(host: str, extra: tuple[str, ...] = ()) -> frozenset[str]:
    return LOOPBACK_HOSTS | {h.strip("[]").lower() for h in (host, *extra) if h}


def datasette_app(config: StorageConfig, serve: ServePlan, **settings: Any) -> Any:
    """The Datasette application (`settings` override SETTINGS: tests bound time tighter)."""
    if not pm.is_registered(plugin):
        pm.register(plugin, name=plugin.PLUGIN)
    name = serve.path.stem
    files = {"immutables": [str(serve.path)]} if serve.immutable else {"files": [str(serve.path)]}
    return Datasette(**files, metadata=metadata(config.data_dir, name), settings={**SETTINGS, **settings})


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


def run(config: StorageConfig, *, host: str = "127.0.0.1", port: int = 8001, allow: tuple[str, ...] = ()) -> None:
    """Serve until interrupted, printing the URL first (tests read it from standard output)."""
    with Archive.open_for_reading(config):  # brings an older schema up to date (the views) or says why it cannot
        pass
    serve = plan(config)
    ds = datasette_app(config, serve)
    sock = listen(host, port)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{sock.getsockname()[1]}/"
    mode = "immutable: nobody can write it" if serve.immutable else "read-only, live"
    if serve.note:
        print(f"note: {serve.note}", file=sys.stderr)
    print(f"Datasette: {url}  ({serve.path}, {mode}; Ctrl-C stops)", flush=True)

    async def main() -> None:
        await ds.invoke_startup()
        app = host_guard(ds.app(), allowed_hosts(host, allow))
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
        await server.serve(sockets=[sock])

    try:
        asyncio.run(main())
    finally:
        sock.close()
