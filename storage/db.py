"""Database engine, schema upgrades, dialect-neutral upserts and retries of transient failures.

Two dialects, one code path:
- SQLite (the zero-setup default): WAL journal so readers never block the writer, a busy timeout, foreign keys on,
  and write transactions opened with `BEGIN IMMEDIATE`: a deferred transaction that later tries to write can fail
  with "database is locked" *without* waiting for the busy timeout (SQLite refuses the lock upgrade to avoid a
  deadlock), whereas an immediate one queues up behind the other writer.
- PostgreSQL: `pool_pre_ping` replaces connections the server dropped while they sat idle in the pool.

Transactions that still fail transiently (SQLite busy past its timeout, a PostgreSQL connection dropped mid-flight)
are retried with tenacity by `Database.write`; everything else becomes a one-line `StorageError`.

A read-only SQLite file (a copy on read-only media, a read-only mount) cannot be opened the usual way: WAL mode needs
its `-shm` file.  Nobody can be writing to it, so `Database(url, immutable=True)` opens it with `immutable=1` (no
locks, no `-shm`), provided its schema is already current: an older one cannot be upgraded in place and says so.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from tenacity import Retrying, retry_if_exception, stop_after_attempt, stop_after_delay, wait_exponential_jitter

from storage.errors import StorageError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

T = TypeVar("T")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
DEFAULT_BUSY_TIMEOUT = 30.0  # seconds an SQLite writer waits for another before SQLITE_BUSY
_WRITE = "nianbao_write"  # execution option that makes SQLite open the transaction with BEGIN IMMEDIATE
_PG_MIGRATION_LOCK = 0x6E69616E  # pg_advisory_lock key ("nian"): one migrator at a time

# Messages of errors that go away if the same transaction is simply tried again.
_TRANSIENT = re.compile(
    r"database is locked|database table is locked|database is busy|SQLITE_BUSY"
    r"|server closed the connection|terminating connection|connection (is )?closed|connection refused"
    r"|could not connect|consuming input failed|connection reset|the database system is (starting|shutting)"
    r"|deadlock detected|could not serialize access",
    re.I,
)
# Messages that name a cause the user can act on; anything else is reported with the driver's own words.
_EXPLAINED = (
    (re.compile(r"readonly|read-only|read only", re.I), "the database is read-only"),
    (re.compile(r"disk is full|no space left|DiskFull|could not extend file", re.I), "the disk is full"),
    (re.compile(r"unable to open database file", re.I), "cannot open the database file"),
)


def is_transient(exc: BaseException) -> bool:
    """True for failures that a retry of the whole transaction can cure."""
    if isinstance(exc, sa.exc.DBAPIError):
        if exc.connection_invalidated:
            return True
        if not isinstance(exc, sa.exc.OperationalError | sa.exc.InterfaceError):
            return False
        return bool(_TRANSIENT.search(str(exc.orig)))
    return False


def storage_error(exc: BaseException, url: str | sa.URL) -> StorageError:
    """A one-line, user-facing StorageError for a database failure."""
    shown = sa.make_url(url).render_as_string(hide_password=True) if url else "database"
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    for pattern, meaning in _EXPLAINED:
        if pattern.search(detail):
            return StorageError(f"{shown}: {meaning} ({detail})")
    return StorageError(f"{shown}: {detail}")


def make_engine(url: str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT, **kwargs: Any) -> Engine:
    """An engine configured for the archive's access pattern on either dialect."""
    parsed = sa.make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, busy_timeout, **kwargs)
    return sa.create_engine(parsed, pool_pre_ping=True, **kwargs)


def immutable_sqlite_engine(url: str) -> Engine:
    """An engine on an SQLite file nobody can be writing to: no locks, no `-shm` (see the module's docstring)."""
    path = sa.make_url(url).database
    if not path or path == ":memory:":
        raise StorageError(f"{url}: only an SQLite file can be opened immutable")
    return sa.create_engine(f"sqlite:///file:{quote(str(Path(path).resolve()))}?immutable=1&uri=true")


def _sqlite_engine(url: sa.URL, busy_timeout: float, **kwargs: Any) -> Engine:
    if url.database and url.database != ":memory:":
        try:
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"cannot create the data directory {Path(url.database).parent}: "
                               f"{exc.strerror}") from exc
    engine = sa.create_engine(url, connect_args={"timeout": busy_timeout}, **kwargs)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # Hand transaction control to SQLAlchemy's "begin" event below instead of the sqlite3 module's guesswork.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode: a commit survives a process crash (our kill -9 case); only an OS crash can lose
        # the last transactions, never corrupt the file.
        cursor.execute("PRAGMA synchronous = NORMAL")
        # 64 MiB of page cache instead of SQLite's 2 MiB: index pages of a large archive stay in memory between
        # queries (allocated only as used).
        cursor.execute("PRAGMA cache_size = -65536")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")

    return engine


def insert_ignore(table: sa.Table, index_elements: Iterable[str], dialect: str) -> Any:
    """`INSERT … ON CONFLICT (index_elements) DO NOTHING` for the engine's dialect."""
    return _insert(table, dialect).on_conflict_do_nothing(index_elements=list(index_elements))


def insert_or_update(table: sa.Table, index_elements: Iterable[str], dialect: str, update: dict[str, Any]) -> Any:
    """`INSERT … ON CONFLICT (index_elements) DO UPDATE SET update` for the engine's dialect."""
    return _insert(table, dialect).on_conflict_do_update(index_elements=list(index_elements), set_=update)


def _insert(table: sa.Table, dialect: str) -> Any:
    module = {"sqlite": sqlite, "postgresql": postgresql}.get(dialect)
    if module is None:
        raise StorageError(f"unsupported database dialect {dialect!r} (use SQLite or PostgreSQL)")
    return module.insert(table)


class Database:
    """An engine plus the two ways the archive talks to it: retried write transactions and plain reads."""

    def __init__(self, url: str, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT, retry_seconds: float = 60.0,
                 upgrade_schema: bool = True, immutable: bool = False, **engine_kwargs: Any) -> None:
        """`immutable`: a read-only SQLite file, read without locks; its schema must already be current."""
        self.url = url
        self.retry_seconds = retry_seconds
        self.immutable = immutable
        try:
            self.engine = (immutable_sqlite_engine(url) if immutable
                           else make_engine(url, busy_timeout=busy_timeout, **engine_kwargs))
        except sa.exc.ArgumentError as exc:
            raise StorageError(f"invalid database URL {url!r}: {exc}") from exc
        except ModuleNotFoundError as exc:
            raise StorageError(f"database driver missing for {url!r}: {exc}") from exc
        self.dialect = self.engine.dialect.name
        if immutable:
            self._check_current_schema()
        elif upgrade_schema:
            self.call(lambda: upgrade(self.engine))

    def _check_current_schema(self) -> None:
        revision = self.read(current_revision)
        if revision != head_revision():
            self.dispose()
            raise StorageError(
                f"{sa.make_url(self.url).database}: the archive is read-only and its schema ({revision or 'none'}) is "
                f"older than this version needs ({head_revision()}); copy it to a writable place once to upgrade it")

    def dispose(self) -> None:
        self.engine.dispose()

    def insert_ignore(self, table: sa.Table, index_elements: Iterable[str]) -> Any:
        return insert_ignore(table, index_elements, self.dialect)

    def call(self, fn: Callable[[], T]) -> T:
        """Run `fn`, retrying transient database failures; other failures become a StorageError."""
        retrying = Retrying(
            retry=retry_if_exception(is_transient),
            stop=stop_after_attempt(12) | stop_after_delay(self.retry_seconds),
            wait=wait_exponential_jitter(multiplier=0.05, max=2.0, jitter=0.1),
            before_sleep=lambda state: log.info("transient database error, retrying: %s",
                                                state.outcome.exception() if state.outcome else None),
            reraise=True,
        )
        try:
            return retrying(fn)
        except sa.exc.SQLAlchemyError as exc:
            raise storage_error(exc, self.url) from exc

    def write(self, fn: Callable[[Connection], T]) -> T:
        """Run `fn(conn)` in one write transaction, as a whole again if it fails transiently."""

        def attempt() -> T:
            with self.engine.connect() as conn:
                conn.execution_options(**{_WRITE: True})
                with conn.begin():
                    return fn(conn)

        return self.call(attempt)

    def read(self, fn: Callable[[Connection], T]) -> T:
        def attempt() -> T:
            with self.engine.connect() as conn:
                return fn(conn)

        return self.call(attempt)

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A plain connection for read-only callers that stream results (no retry: they own the loop)."""
        try:
            with self.engine.connect() as conn:
                yield conn
        except sa.exc.SQLAlchemyError as exc:
            raise storage_error(exc, self.url) from exc


# --------------------------------------------------------------------------------------------------------------
# Schema migrations, run programmatically so a user never has to call alembic.  Alembic itself (and Mako, and
# Pygments: 0.15 s of imports) loads only when there is something to migrate: every crawl, parse process and
# command opens the archive, and finds it current nearly always.

_upgraded: set[str] = set()
_upgrade_lock = threading.Lock()
_REVISION = re.compile(r'^(down_revision|revision)\b[^=]*=\s*(None|"([^"]+)"|\'([^\']+)\')', re.M)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@functools.cache
def head_revision() -> str:
    """The newest migration: the revision no other one revises (read from the files as alembic reads them;
    tests/storage/test_storage_schema.py checks that both agree)."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = {name: quoted or single for name, _raw, quoted, single in _REVISION.findall(path.read_text("utf-8"))}
        if found.get("revision"):
            revisions.add(found["revision"])
            if found.get("down_revision"):
                revised.add(found["down_revision"])
    heads = revisions - revised
    assert len(heads) == 1, f"storage/migrations must have exactly one head, not {sorted(heads)}"
    return heads.pop()


def current_revision(conn: Connection) -> str | None:
    if not sa.inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`; cheap when it is already there, safe when two processes race."""
    key = engine.url.render_as_string(hide_password=False)
    with _upgrade_lock:
        if key in _upgraded and revision == "head":
            return
        with engine.connect() as conn:
            if revision == "head" and current_revision(conn) == head_revision():
                conn.rollback()
                _upgraded.add(key)
                return
            conn.rollback()
        from alembic import command

        with engine.connect() as conn:
            # SQLite: BEGIN IMMEDIATE serialises migrators; PostgreSQL: an advisory lock does (see env.py).
            conn.execution_options(**{_WRITE: True})
            command.upgrade(alembic_config(conn), revision)
            conn.commit()
        if revision == "head":
            _upgraded.add(key)


def pg_migration_lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
