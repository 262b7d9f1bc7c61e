"""Opening an existing archive for reading: exports, listings, statistics and the web view never create one.

- A missing archive (no SQLite file where NIANBAO_DATA / DATABASE_URL point) is an `ArchiveMissingError`, not a
  fresh empty database that would make every export silently empty.
- A writable archive is opened through storage (`Database`), which brings its schema up to date first.
- A read-only SQLite archive (a copy on read-only media, a read-only mount) cannot be opened the usual way: WAL mode
  needs its `-shm` file.  Nobody can be writing to it, so it is opened with `immutable=1` (no locks, no `-shm`),
  provided its schema is already current; an older one cannot be upgraded in place and says so.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from crawler.errors import NianbaoError, StorageError
from storage.config import StorageConfig
from storage.db import Database, current_revision, head_revision, storage_error

T = TypeVar("T")


class ArchiveMissingError(NianbaoError):
    """There is no archive where the configuration points."""


class _ReadOnlyDatabase:
    """The reading half of storage's `Database`, on an engine storage did not configure (immutable SQLite)."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine, self.url, self.dialect = engine, url, engine.dialect.name

    def read(self, fn: Callable[[Connection], T]) -> T:
        with self.connect() as conn:
            return fn(conn)

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except sa.exc.SQLAlchemyError as exc:
            raise storage_error(exc, self.url) from exc

    def dispose(self) -> None:
        self.engine.dispose()


@dataclass
class ReadArchive:
    """What the research tools need of an archive: its configuration and a database to read.

    `db` offers `read(fn)`, `connect()` and `engine` like storage's `Database`, so `crawler.coverage` accepts it.
    """

    config: StorageConfig
    db: Database | _ReadOnlyDatabase
    read_only: bool

    @property
    def dialect(self) -> str:
        return self.db.engine.dialect.name

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_path(self.config.database_url)

    def close(self) -> None:
        self.db.dispose()

    def __enter__(self) -> ReadArchive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def sqlite_path(database_url: str) -> Path | None:
    url = sa.make_url(database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def open_archive(config: StorageConfig | None = None) -> ReadArchive:
    """The archive NIANBAO_DATA / DATABASE_URL point to, for reading; `ArchiveMissingError` when there is none."""
    config = config or StorageConfig.from_env()
    path = sqlite_path(config.database_url)
    if path is not None:
        if not path.is_file():
            raise ArchiveMissingError(
                f"no archive at {path}: set NIANBAO_DATA (or DATABASE_URL) to an archive's data directory, "
                "or make one with `python -m replica demo` or `python -m crawler ingest`")
        if not _writable(path):
            return ReadArchive(config, _immutable(path, config.database_url), read_only=True)
    try:
        return ReadArchive(config, Database(config.database_url), read_only=False)
    except sa.exc.SQLAlchemyError as exc:  # pragma: no cover - Database already converts its own failures
        raise storage_error(exc, config.database_url) from exc


def _writable(path: Path) -> bool:
    # access() reports EROFS even for root, who ignores permission bits; WAL also writes beside the file.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _immutable(path: Path, shown_url: str) -> _ReadOnlyDatabase:
    engine = sa.create_engine(f"sqlite:///file:{quote(str(path.resolve()))}?immutable=1&uri=true")
    db = _ReadOnlyDatabase(engine, shown_url)
    revision = db.read(current_revision)
    if revision != head_revision():
        db.dispose()
        raise StorageError(
            f"{path}: the archive is read-only and its schema ({revision or 'none'}) is older than this version "
            f"needs ({head_revision()}); copy it to a writable place once to upgrade it")
    return db
