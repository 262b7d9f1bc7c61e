"""A report from its sources: which version each source belongs to, each version's canonical source, the findings.

Pure functions of the sources' facts (their parses, when and where each was served), so the crawl, `reparse` and
`ingest` — which meet the same documents in different orders — always assemble the same report.

Versions.  Sources are taken in the order the archive first held them (then by SHA-256).  A source starts a new
version when it is
- a revision in place: new bytes at a URL that served another source of the report before, whose tables
  conflict with that source's (a cell both read, with different values) — a page re-rendered with the same
  figures is no revision; or
- a corrected re-posting: its tables conflict with the canonical source of the latest version, and it was
  published later than that version, or is titled as a correction (更正, 修订, 修正).
Any other source joins the latest version: a mirror, a re-posting or the attachment of a page, a page still
showing the figures its revised attachment corrected (a finding).  Old versions stay.

The canonical source of a version is its most complete parse: most cells with a number, then most cells read
(a blank is a reading too), then fewest failing consistency checks, then a reading of the text over one by OCR
(a scan's digits are the least certain), then an official file over an HTML page, then the first published (an
original over its re-posting), then the SHA-256 — never the order in which a crawl happened to fetch them, so two
crawls of the same site, `reparse` and `ingest` choose the same one.

Findings.  Where another source of a version read a cell with a different value than the canonical source, that
is a finding: the researcher sees both values and both documents, nothing is silently dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Cell = tuple[str, str, str]  # (table, row, column)
Number = int | float

# A re-posting that says it corrects an earlier one.
_CORRECTION = re.compile(r"更正|修订|修正|勘误|更新版")


@dataclass(frozen=True)
class SourceFacts:
    """What assembly needs to know of one source."""

    sha256: str
    first_seen: dt.datetime
    cells: Mapping[Cell, Number | None]  # every cell read; None when the report left it blank
    is_file: bool  # an official file (PDF, DOC, …) rather than an HTML page
    checks_failed: int = 0
    published: dt.date | None = None
    title: str | None = None
    places: Mapping[str, dt.datetime] = field(default_factory=dict)  # URL → when it first served these bytes
    ocr: bool = False  # read by OCR from a scan: the least certain reading

    @property
    def completeness(self) -> tuple[Any, ...]:
        """Sort key: the most complete first (see the module's docstring).  Never the time a crawl happened to
        fetch it: two crawls of the same site choose the same canonical source."""
        filled = sum(1 for value in self.cells.values() if value is not None)
        return (-filled, -len(self.cells), self.checks_failed, self.ocr, not self.is_file,
                self.published or dt.date.max, self.sha256)


@dataclass(frozen=True)
class Finding:
    version: int
    cell: Cell
    sha256: str  # the source that disagrees
    value: Number | None
    canonical_sha256: str
    canonical_value: Number | None


@dataclass(frozen=True)
class Version:
    number: int
    canonical: SourceFacts
    sources: tuple[SourceFacts, ...]
    superseded_at: dt.datetime | None  # when the next version was first seen

    @property
    def first_seen(self) -> dt.datetime:
        return min(s.first_seen for s in self.sources)


@dataclass(frozen=True)
class Assembly:
    versions: tuple[Version, ...]
    findings: tuple[Finding, ...]

    @property
    def latest(self) -> Version:
        return self.versions[-1]

    def version_of(self) -> dict[str, int]:
        return {s.sha256: v.number for v in self.versions for s in v.sources}


def assemble(sources: Iterable[SourceFacts]) -> Assembly:
    ordered = sorted(sources, key=lambda s: (s.first_seen, s.sha256))
    if not ordered:
        raise ValueError("a report needs at least one source")
    groups: list[list[SourceFacts]] = []
    for source in ordered:
        if groups and not _starts_version(source, groups):
            groups[-1].append(source)
        else:
            groups.append([source])
    versions = []
    for number, members in enumerate(groups, start=1):
        following = groups[number] if number < len(groups) else None
        canonical = min(members, key=lambda s: s.completeness)
        versions.append(Version(number, canonical, tuple(members),
                                min(s.first_seen for s in following) if following else None))
    findings = tuple(finding for version in versions for finding in _findings(version))
    return Assembly(tuple(versions), findings)


def _starts_version(source: SourceFacts, groups: list[list[SourceFacts]]) -> bool:
    earlier = [s for group in groups for s in group]
    if _revised_in_place(source, earlier):
        return True
    latest = groups[-1]
    canonical = min(latest, key=lambda s: s.completeness)
    return conflicts(source.cells, canonical.cells) and _corrected_reposting(source, latest)


def _revised_in_place(source: SourceFacts, earlier: list[SourceFacts]) -> bool:
    """New bytes at a place that served another source before, with other figures than it had."""
    return any(url in other.places and other.places[url] < when and conflicts(source.cells, other.cells)
               for url, when in source.places.items() for other in earlier)


def _corrected_reposting(source: SourceFacts, latest: list[SourceFacts]) -> bool:
    if source.title and _CORRECTION.search(source.title):
        return True
    dates = [s.published for s in latest if s.published is not None]
    return source.published is not None and bool(dates) and source.published > max(dates)


def conflicts(a: Mapping[Cell, Number | None], b: Mapping[Cell, Number | None]) -> bool:
    return any(cell in b and b[cell] != value for cell, value in a.items())


def _findings(version: Version) -> Iterable[Finding]:
    canonical = version.canonical
    for source in sorted(version.sources, key=lambda s: s.sha256):
        if source is canonical:
            continue
        for cell, value in sorted(source.cells.items()):
            if cell in canonical.cells and canonical.cells[cell] != value:
                yield Finding(version.number, cell, source.sha256, value, canonical.sha256, canonical.cells[cell])
