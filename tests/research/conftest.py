"""Fixtures for the research tests: the known archive of research_helpers, built once per module and dialect."""

from __future__ import annotations

import itertools
import os
import subprocess
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


def _mount(path: Path, options: str) -> None:
    """A real tmpfs (root ignores permission bits, so only a mount shows read-only or full disks)."""
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        reason = f"cannot mount a tmpfs (needs root): {done.stderr.strip()}"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"required test component missing in CI: {reason}")
        pytest.skip(reason)


class Mounts:
    """tmpfs mounts for one test: `mount(name, options)`, `read_only(path)`; all unmounted afterwards."""

    def __init__(self, root: Path) -> None:
        self.root, self.paths = root, []

    def mount(self, name: str, options: str = "size=16m") -> Path:
        path = self.root / name
        _mount(path, options)
        self.paths.append(path)
        return path

    @staticmethod
    def read_only(path: Path) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(path)], check=True)

    def unmount_all(self) -> None:
        for path in reversed(self.paths):
            subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.fixture
def mounts(tmp_path: Path) -> Iterator[Mounts]:
    found = Mounts(tmp_path)
    try:
        yield found
    finally:
        found.unmount_all()
