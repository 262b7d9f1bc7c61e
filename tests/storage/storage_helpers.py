"""Helpers shared by the archive tests (a plain module: conftest.py files cannot be imported by name)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.paths import shared_dir

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = shared_dir() / "golden"
VERSIONS = ROOT / "storage" / "migrations" / "versions"


def load_revision(file_name: str) -> ModuleType:
    """A migration module, loaded from its file (storage/migrations is alembic's directory, not a package)."""
    spec = importlib.util.spec_from_file_location(file_name.removesuffix(".py"), VERSIONS / file_name)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def golden_parse(name: str, parser_version: str = "golden") -> dict[str, Any]:
    """A canonical parse taken from a golden file (for storage-only tests; never for reparse/ingest tests)."""
    parsed = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    parsed.setdefault("checks", [])
    parsed["parser_version"] = parser_version
    return parsed


def at(day: int, hour: int = 0) -> dt.datetime:
    return dt.datetime(2025, 1, day, hour, tzinfo=dt.UTC)


def cli(*args: str, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """`python -m crawler …` in a subprocess, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "crawler", *args], cwd=ROOT, env={**os.environ, **env},
                          capture_output=True, text=True, timeout=timeout)


def warcio_check(*paths: Path) -> subprocess.CompletedProcess[str]:
    """The `warcio check` command line, on the given WARC files."""
    warcio = Path(sys.executable).with_name("warcio")
    return subprocess.run([str(warcio), "check", "-v", *map(str, paths)], capture_output=True, text=True)


def warc_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "warcs").rglob("*.warc.gz"))


def as_dict(value: Any) -> Any:
    """A JSON column as Python (PostgreSQL's driver decodes it; SQLite's text may need it)."""
    return json.loads(value) if isinstance(value, str) else value
