"""Fixtures for the archive tests: a real archive on SQLite and on PostgreSQL (`database_url`, tests/conftest.py)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from storage.archive import Archive
from storage.config import StorageConfig


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def config(data_dir: Path, database_url: str) -> StorageConfig:
    return StorageConfig(data_dir=data_dir, database_url=database_url)


@pytest.fixture
def env(config: StorageConfig) -> dict[str, str]:
    """Environment that points the command line at the test archive."""
    return {"NIANBAO_DATA": str(config.data_dir), "DATABASE_URL": config.database_url}


@pytest.fixture
def archive(config: StorageConfig) -> Iterator[Archive]:
    # fsync off: the tests kill processes, they do not pull the power plug; the crash test turns it back on.
    with Archive(config, fsync=False) as opened:
        yield opened


def _mount_tmpfs(path: Path, options: str) -> None:
    path.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True,
                            text=True)
    if result.returncode != 0:
        # The rule of missing() in tests/conftest.py (not importable from here: both modules are "conftest").
        reason = f"cannot mount a tmpfs for fault tests (needs root): {result.stderr.strip()}"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"required test component missing in CI: {reason}")
        pytest.skip(reason)


@pytest.fixture
def tiny_tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB file system: a real "No space left on device"."""
    path = tmp_path / "tiny"
    _mount_tmpfs(path, "size=1m")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A read-only file system (root ignores permission bits, so chmod would prove nothing)."""
    path = tmp_path / "readonly"
    _mount_tmpfs(path, "ro,size=1m")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.fixture
def crawler_cli(env: dict[str, str], monkeypatch: pytest.MonkeyPatch,
                capsys: pytest.CaptureFixture[str]) -> Callable[..., subprocess.CompletedProcess[str]]:
    """`python -m crawler …` in this process (same parser and dispatcher, without a Python start-up per call)."""
    from crawler.__main__ import main

    for name, value in env.items():
        monkeypatch.setenv(name, value)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        capsys.readouterr()
        code = main(list(args))
        captured = capsys.readouterr()
        return subprocess.CompletedProcess(["python", "-m", "crawler", *args], code, captured.out, captured.err)

    return run
