"""Rebuild `sites/registry.csv` from the vendored sources (sites/sources/README.md) and report coverage.

Deterministic: the same sources give a byte-identical file (rows sorted by code, fixed columns, `\\n` line
ends, no timestamps). What could not be matched is returned, never guessed.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from crawler.errors import NianbaoError
from crawler.registry.gazetteer import load_places
from crawler.registry.matching import TreeMatch, Unmatched, match_tree
from crawler.registry.model import FIELDS, Level, Place, RegistryEntry
from crawler.registry.portal_tree import load_portal_tree

DEFAULT_SOURCES = Path(__file__).resolve().parents[2] / "sites" / "sources"
TREE_FILE = Path("china-public-debt") / "gov-website-links.ts"
VERIFY_FILES = (Path("china-public-debt") / "_gov-verify-results.json",
                Path("china-public-debt") / "_gov-verify-results.extract.json")
GAZETTEER_DIR = Path("china-division")
DEFAULT_ALIASES = Path(__file__).resolve().parents[2] / "sites" / "registry-aliases.csv"


@dataclass(frozen=True)
class Build:
    entries: list[RegistryEntry]
    unmatched: list[Unmatched]


def build_registry(sources: Path = DEFAULT_SOURCES, aliases: Path = DEFAULT_ALIASES) -> Build:
    for needed in (sources / TREE_FILE, sources / GAZETTEER_DIR / "areas.csv"):
        if not needed.is_file():
            raise NianbaoError(f"{needed}: source file missing (see sites/sources/README.md)")
    places = load_places(sources / GAZETTEER_DIR)
    matched = match_tree(load_portal_tree(sources / TREE_FILE), places, load_aliases(aliases))
    verdicts = load_verdicts(sources)
    return Build(entries=[_entry(place, matched, verdicts) for place in places], unmatched=matched.unmatched)


def _entry(place: Place, matched: TreeMatch, verdicts: dict[tuple[str, str], str]) -> RegistryEntry:
    node = matched.nodes.get(place.code)
    if node is None or node.url is None:
        source = f"{TREE_FILE.as_posix()}#{'/'.join(node.path)}" if node else None
        return RegistryEntry(place=place, portal_url=None, url_source=source, verification=None, last_seen=None)
    return RegistryEntry(place=place, portal_url=node.url, url_source=f"{TREE_FILE.as_posix()}#{'/'.join(node.path)}",
                         verification=verdicts.get((node.name, node.url)), last_seen=None)


def load_verdicts(sources: Path) -> dict[tuple[str, str], str]:
    """The source's verification verdicts by (name, URL): the complete file if present, else the extract."""
    for relative in VERIFY_FILES:
        path = sources / relative
        if path.is_file():
            try:
                records = json.loads(path.read_text(encoding="utf-8"))
                return {(r["name"], r["url"]): r["status"] for r in records if r.get("status")}
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise NianbaoError(f"{path}: not a list of verification records ({exc})") from None
    return {}


def load_aliases(path: Path) -> dict[tuple[str, ...], str]:
    """`source_path,code,reason` rows: a source node (names joined by /) that is the place with this code.

    For what no name rule can reconcile (a different kind of name, a renamed unit); each row says why.
    """
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {tuple(row["source_path"].split("/")): row["code"] for row in csv.DictReader(handle)}


def render_registry(entries: list[RegistryEntry]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    for e in sorted(entries, key=lambda entry: entry.code):
        writer.writerow([e.code, e.name, e.level.value, e.place.parent_code or "", e.portal_url or "",
                         e.url_source or "", e.verification or "", e.last_seen or ""])
    return out.getvalue()


def write_registry(entries: list[RegistryEntry], path: Path) -> None:
    """Atomically: a reader never sees half a registry."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".registry-", suffix=".csv")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(render_registry(entries))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class Coverage:
    label: str
    places: int
    with_url: int

    @property
    def share(self) -> float:
        return self.with_url / self.places if self.places else 0.0


def coverage(entries: list[RegistryEntry]) -> tuple[Coverage, list[Coverage], list[Coverage]]:
    """All places, by level, by province (in code order): places with a portal URL / places."""
    names = {e.code: e.name for e in entries if e.level is Level.PROVINCE}
    total, with_url = Counter[str](), Counter[str]()
    for e in entries:
        for key in ("all", e.level.value, e.place.province_code):
            total[key] += 1
            with_url[key] += e.portal_url is not None
    by_level = [Coverage(level.value, total[level.value], with_url[level.value]) for level in Level]
    by_province = [Coverage(f"{code} {names.get(code, '?')}", total[code], with_url[code])
                   for code in sorted(names)]
    return Coverage("all", total["all"], with_url["all"]), by_level, by_province
