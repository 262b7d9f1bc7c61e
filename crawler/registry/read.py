"""Read `sites/registry.csv` into typed records: the product's one way into the registry."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from crawler.errors import NianbaoError
from crawler.registry.model import FIELDS, Level, Place, RegistryEntry

DEFAULT_REGISTRY = Path(__file__).resolve().parents[2] / "sites" / "registry.csv"


class RegistryError(NianbaoError):
    """The registry file is missing or malformed (one line: file, row and what is wrong)."""


def iter_registry(path: Path = DEFAULT_REGISTRY) -> Iterator[RegistryEntry]:
    """Rows in file order (sorted by code), streamed."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read the registry ({exc.strerror})") from None
    with handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != FIELDS:
            raise RegistryError(f"{path}: header is {reader.fieldnames}, expected {list(FIELDS)}")
        for row in reader:
            yield _entry(row, path, reader.line_num)


def load_registry(path: Path = DEFAULT_REGISTRY) -> dict[str, RegistryEntry]:
    """Every row, by administrative code."""
    return {entry.code: entry for entry in iter_registry(path)}


def _entry(row: dict[str, str], path: Path, line: int) -> RegistryEntry:
    code = row["code"]
    if len(code) != 6 or not code.isdigit():
        raise RegistryError(f"{path}:{line}: code {code!r} is not six digits")
    try:
        level = Level(row["level"])
    except ValueError:
        raise RegistryError(f"{path}:{line}: unknown level {row['level']!r}") from None
    place = Place(code=code, name=row["name"], level=level, parent_code=row["parent_code"] or None)
    return RegistryEntry(place=place, portal_url=row["portal_url"] or None, url_source=row["url_source"] or None,
                         verification=row["verification"] or None, last_seen=row["last_seen"] or None)
