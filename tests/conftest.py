"""Shared test fixtures: real services started on loopback, never mocks.

PostgreSQL: a throwaway cluster from the PostgreSQL binaries on the machine (or TEST_DATABASE_URL).
Redis: a `redis-server` on an OS-assigned loopback port (or TEST_REDIS_URL).
In CI (CI=true) a missing component fails the test run; on a developer's machine it skips with the reason.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.paths import GOLDEN, ROOT, SHARED  # noqa: F401  (re-exported for test modules)
from tests.services import ServiceMissing, postgres, redis

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

# Scrapy 2.19 opens two listeners by default; no test may leave a port open behind it.
os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
# A data directory of the test run's own: what a developer keeps in the checkout's data/ (an archive, site files
# pinned by `discover-pin`, which the spider loader lists) never reaches a test, nor a test's output it.
_DATA = tempfile.TemporaryDirectory(prefix="nianbao-test-data-")
os.environ.setdefault("NIANBAO_DATA", _DATA.name)


def missing(reason: str) -> None:
    """A required component is absent: fail in CI, skip with the reason elsewhere."""
    if IN_CI:
        pytest.fail(f"required test component missing in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_server_url() -> Iterator[str]:
    """URL of a PostgreSQL server for the whole session (database `postgres`)."""
    try:
        with postgres(os.environ.get("TEST_DATABASE_URL")) as url:
            yield url
    except ServiceMissing as exc:
        missing(str(exc))


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
    try:
        with redis(os.environ.get("TEST_REDIS_URL")) as url:
            yield url
    except ServiceMissing as exc:
        missing(str(exc))


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
