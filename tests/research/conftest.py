"""Fixtures for the research tests: the known archive of research_helpers, built once per module and dialect."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from storage.archive import Archive
from storage.config import StorageConfig
from tests.research.research_helpers import Built, build

_names = itertools.count()


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def known(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    """The known archive on SQLite and on a fresh PostgreSQL database (blobs and WARCs in a temp directory).

    Module-scoped to keep the suite fast: tests must only read it.
    """
    data_dir = tmp_path_factory.mktemp("research") / "data"
    if request.param == "sqlite":
        yield _build(data_dir, f"sqlite:///{data_dir / 'archive.sqlite'}")
        return
    server = request.getfixturevalue("pg_server_url")
    name = f"research_{os.getpid()}_{next(_names)}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield _build(data_dir, server.rsplit("/", 1)[0] + f"/{name}")
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _build(data_dir: Path, url: str) -> Built:
    with Archive(StorageConfig(data_dir=data_dir, database_url=url), fsync=False) as archive:
        return build(archive)


@pytest.fixture(scope="module")
def known_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The known archive on SQLite only (Datasette serves SQLite); module-scoped, read only."""
    data_dir = tmp_path_factory.mktemp("research-sqlite") / "data"
    return _build(data_dir, f"sqlite:///{data_dir / 'archive.sqlite'}")


@pytest.fixture
def fresh_sqlite(tmp_path: Path) -> Built:
    """The known archive on SQLite, for one test that may damage it."""
    data_dir = tmp_path / "data"
    return _build(data_dir, f"sqlite:///{data_dir / 'archive.sqlite'}")


@pytest.fixture
def known_env(known: Built, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    env = {"NIANBAO_DATA": str(known.archive_dir), "DATABASE_URL": known.database_url}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


@pytest.fixture
def known_config(known: Built) -> StorageConfig:
    return StorageConfig(data_dir=known.archive_dir, database_url=known.database_url)
