"""Fixtures for the scheduler tests: a real archive, a schedule file, the fake crawl and its journal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from storage.archive import Archive
from storage.config import StorageConfig


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def journal_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where fake crawls write their start/end lines (the environment every crawl inherits points here)."""
    path = tmp_path / "journal"
    path.mkdir()
    monkeypatch.setenv("FAKE_CRAWL_JOURNAL", str(path))
    return path


@pytest.fixture
def sqlite_archive(data_dir: Path) -> Iterator[Archive]:
    with Archive(StorageConfig(data_dir, f"sqlite:///{data_dir / 'archive.sqlite'}"), warc=False,
                 fsync=False) as archive:
        yield archive


@pytest.fixture
def write_config(tmp_path: Path) -> Callable[[str], Path]:
    def write(text: str) -> Path:
        path = tmp_path / "schedule.toml"
        path.write_text(text)
        return path

    return write
