"""Report rows: the sources that carry a report, and the report assembled from them.

`save` records one document's parse as a source of the logical report it belongs to (agency, year), then
re-assembles that report (storage/assembly.py: versions, canonical source, findings) and writes what derives from
it — the report's row, its versions, the cells of its latest version (tidy and wide), the cells of superseded
versions, the findings — only where something changed, so parsing the same bytes again changes nothing.

Functions here run inside a write transaction that the caller (storage.archive) opened and retries.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from storage import views
from storage.assembly import Assembly, Cell, Number, SourceFacts, assemble
from storage.db import insert_ignore
from storage.errors import StorageError
from storage.models import (
    AGENCY_BASES,
    WIDE_TABLES,
    Agency,
    CrawlRun,
    Document,
    Fetch,
    ParseRequest,
    Report,
    ReportCell,
    ReportFinding,
    ReportHistory,
    ReportSource,
    ReportVersion,
    Site,
    VersionCell,
)

reports = Report.__table__
sources = ReportSource.__table__
versions = ReportVersion.__table__
cells = ReportCell.__table__
version_cells = VersionCell.__table__
findings = ReportFinding.__table__
history = ReportHistory.__table__
agencies = Agency.__table__
sites = Site.__table__
documents = Document.__table__
fetches = Fetch.__table__
parse_queue = ParseRequest.__table__
runs = CrawlRun.__table__

# Observations whose URL really served the document's bytes (a 304 confirms the bytes are still there).
SERVING_OUTCOMES = ("new", "unchanged", "not_modified")
# Files read from disk and records of unknown origin with no web address: the site they "came from" (no
# government: a report from it must name its agency).
LOCAL_SITE = ("local", None)
# What the name of a government (or a government-like body hosting a site) ends with.
_GOVERNMENT = re.compile(r"(人民政府|政府|公署|委员会|管委会|办事处)$")
_HTML_TYPES = ("text/html", "application/xhtml")


class UnplacedReportError(StorageError):
    """A report that names no agency, from a site whose government is not known: it cannot be filed."""


@dataclass(frozen=True)
class SavedReport:
    report_id: int | None  # None: the source was withdrawn and its report had no other
    created: bool  # a new logical report
    changed: bool  # an existing report changed: its latest cells, canonical source, versions or findings
    new_source: bool = False  # a document joined the report (as a mirror, an attachment or a new version)


def failed_rules(checks: Iterable[Any] | None) -> list[str]:
    """Names of the consistency rules a report breaks (`checks_failed` in `reports --json`)."""
    return [str(c.get("rule")) for c in checks or () if isinstance(c, dict) and c.get("ok") is False]


def read_cells(parsed: Mapping[str, Any]) -> dict[Cell, Number | None]:
    """Every cell a parse read, by (table, row, column); None where the report left the cell blank."""
    found: dict[Cell, Number | None] = {}
    for table_name, table in (parsed.get("tables") or {}).items():
        for row_key, row in (table or {}).items():
            if not isinstance(row, dict):
                continue
            for column_key, value in row.items():
                found[(str(table_name), str(row_key), str(column_key))] = number(value)
    return found


def number(value: Any) -> Number | None:
    """A cell's value: an int when whole (counts), a float otherwise (money in 万元); None when blank or not one."""
    if isinstance(value, bool) or value is None:
        return None
    if not isinstance(value, int | float):
        try:  # a parser that keeps numbers as text ("1,036")
            value = float(str(value).replace(",", "").strip())
        except ValueError:
            return None
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        return int(value) if value.is_integer() and abs(value) < 2**63 else value
    return value


def parse_date(value: Any) -> dt.date | None:
    """A publication date from what a parser or spider found (date, datetime, '2022-01-29', '2022年1月29日')."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    match = re.search(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})", str(value))
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def agency_id(conn: Connection, name: str | None, site_id: int | None = None) -> int | None:
    name = (name or "").strip()[:255]
    if not name:
        return None
    conn.execute(insert_ignore(agencies, ["name"], conn.dialect.name).values(name=name, site_id=site_id))
    found = conn.execute(sa.select(agencies.c.id, agencies.c.site_id).where(agencies.c.name == name)).one()
    if site_id is not None and found.site_id is None:
        conn.execute(agencies.update().where(agencies.c.id == found.id).values(site_id=site_id))
    return int(found.id)


def ensure_site(conn: Connection, slug: str, base_url: str | None = None, name: str | None = None) -> int:
    """The site's id, its row made when new; a name or base URL the row lacks is filled in."""
    slug = slug[:64]
    conn.execute(insert_ignore(sites, ["slug"], conn.dialect.name).values(slug=slug, base_url=base_url, name=name))
    for column, value in (("name", name), ("base_url", base_url)):
        if value:
            conn.execute(sites.update().where(sites.c.slug == slug, sites.c[column].is_(None)).values({column: value}))
    return int(conn.execute(sa.select(sites.c.id).where(sites.c.slug == slug)).scalar_one())


def site_of(conn: Connection, slug: str | None, sha256: str, url: str | None) -> int:
    """The site a source came from: the one named, else its first fetch's crawl, else its URL's host (a site of
    that base URL, or a new one named by the host), else `local`."""
    if slug:
        return ensure_site(conn, slug)
    crawl = conn.execute(
        sa.select(sites.c.id).select_from(fetches.join(runs, runs.c.id == fetches.c.run_id)
                                          .join(sites, sites.c.slug == runs.c.spider))
        .where(fetches.c.sha256 == sha256, fetches.c.outcome.in_(SERVING_OUTCOMES))
        .order_by(fetches.c.fetched_at, fetches.c.id).limit(1)).scalar()
    if crawl is not None:
        return int(crawl)
    parts = urlsplit(url or "")
    host = (parts.hostname or "").lower() if parts.scheme in ("http", "https") else ""
    if not host:
        return ensure_site(conn, LOCAL_SITE[0], None, LOCAL_SITE[1])
    known = conn.execute(sa.select(sites.c.id, sites.c.base_url).where(sites.c.base_url.is_not(None)))
    for site_id, base_url in known:
        if (urlsplit(base_url).hostname or "").lower() == host:
            return int(site_id)
    return ensure_site(conn, host, f"{parts.scheme}://{host}")


def site_government(conn: Connection, site_id: int) -> str | None:
    """The government whose site it is, when the site's name says so (`广州市海珠区人民政府 — www.haizhu.gov.cn`,
    the first line of a spider's docstring): a name before ` — ` that is a government's."""
    name = conn.execute(sa.select(sites.c.name).where(sites.c.id == site_id)).scalar() or ""
    government, separator, _host = name.partition(" — ")
    government = government.strip()[:255]
    return government if separator and _GOVERNMENT.search(government) else None


@dataclass(frozen=True)
class Placement:
    """Which report a source belongs to, and how its agency is known."""

    agency: str
    basis: str
    year: int | None


def place(conn: Connection, parsed: Mapping[str, Any], site_id: int, *, agency_hint: str | None,
          year_hint: int | None, government_hint: str | None = None) -> Placement:
    """The report's agency: as the report names it (the parser's full name keeps one row per agency across
    years), else as the site states it, else the site's own government (marked as a guess); its year: the
    report's, else the one its title on the listing gives."""
    year = _int_or_none(parsed.get("year"))
    year = year if year is not None else year_hint
    for name, basis in ((parsed.get("agency_full") or parsed.get("agency"), "report"), (agency_hint, "site"),
                        (government_hint or site_government(conn, site_id), "site_government")):
        if name and str(name).strip():
            return Placement(str(name).strip()[:255], basis, year)
    raise UnplacedReportError("the report names no agency and its site's government is not known")


def save(conn: Connection, parsed: dict[str, Any], sha256: str, now: dt.datetime, *, replace: bool,
         site: str | None = None, role: str | None = None, url: str | None = None, title: str | None = None,
         published: Any = None, agency_hint: str | None = None, year_hint: int | None = None,
         government_hint: str | None = None) -> SavedReport:
    """Record a document's parse as a source of its report, then re-assemble the report.

    The first parse of a document makes it a source; later calls change nothing unless `replace` (reparse),
    which updates the source in place (its previous parse kept in `report_history`) and moves it to another
    report when its agency or year changed."""
    # The document's row first (PostgreSQL row lock; SQLite writers are serialised anyway): two parses of the same
    # bytes take turns.
    conn.execute(sa.select(documents.c.sha256).where(documents.c.sha256 == sha256).with_for_update())
    parsed = json_safe(parsed)
    old = conn.execute(sa.select(sources).where(sources.c.document_sha256 == sha256)).one_or_none()
    if old is not None and not replace:
        mark_parsed(conn, sha256, "parsed", None, old.parser_version, now)
        return SavedReport(old.report_id, False, False)
    site_id = old.site_id if old is not None and not site else site_of(conn, site, sha256, url)
    placement = place(conn, parsed, site_id, agency_hint=agency_hint, year_hint=year_hint,
                      government_hint=government_hint)
    values = _source_values(parsed, placement, site_id, now, role=role, url=url or first_url(conn, sha256),
                            title=title, published=published)
    if old is not None and all(getattr(old, key) == value for key, value in values.items()
                               if key not in ("updated_at", "role", "url", "site_id")):
        # The same parse: its report is still re-assembled (by today's rules: an archive upgraded from per-document
        # reports gets its versions here), which writes nothing when nothing differs.
        changed = reassemble(conn, old.report_id, now)
        mark_parsed(conn, sha256, "parsed", None, old.parser_version, now)
        return SavedReport(old.report_id, False, changed)
    report_id, created = _report_for(conn, placement, sha256, site_id, values, old)
    if old is None:
        conn.execute(sources.insert().values(document_sha256=sha256, report_id=report_id, version=1,
                                             created_at=now, **values))
    else:
        _archive_parse(conn, old, now, replaced_by=values["parser_version"], reason="reparsed")
        conn.execute(sources.update().where(sources.c.document_sha256 == sha256).values(report_id=report_id,
                                                                                        **values))
        if old.report_id != report_id:
            reassemble(conn, old.report_id, now, changed={sha256})
    changed = reassemble(conn, report_id, now, changed={sha256}) and not created
    mark_parsed(conn, sha256, "parsed", None, values["parser_version"], now)
    return SavedReport(report_id, created, changed, new_source=old is None and not created)


def _source_values(parsed: dict[str, Any], placement: Placement, site_id: int, now: dt.datetime, *,
                   role: str | None, url: str | None, title: str | None, published: Any) -> dict[str, Any]:
    checks = list(parsed.get("checks") or [])
    metadata = parsed["metadata"] if isinstance(parsed.get("metadata"), dict) else {}
    read = read_cells(parsed)
    return {
        "site_id": site_id, "role": role, "url": url,
        "agency": placement.agency, "agency_basis": placement.basis, "year": placement.year,
        "template": _str_or_none(parsed.get("template"), 8),
        "title": title or parsed.get("title") or metadata.get("title"),
        "published": parse_date(published or parsed.get("published") or metadata.get("published")),
        "cells": sum(1 for value in read.values() if value is not None),
        "blank_cells": sum(1 for value in read.values() if value is None),
        "parser_version": str(parsed.get("parser_version") or "unknown")[:32],
        "data": parsed, "checks": checks, "checks_failed": len(failed_rules(checks)), "updated_at": now,
    }


def _report_for(conn: Connection, placement: Placement, sha256: str, site_id: int, values: dict[str, Any],
                old: sa.Row[Any] | None) -> tuple[int, bool]:
    """The report of (agency, year), created when new.  A report whose year nobody could read stands alone: its
    source keeps the report it has."""
    agency = agency_id(conn, placement.agency, site_id)
    if placement.year is None and old is not None and old.year is None and old.agency == placement.agency:
        return int(old.report_id), False
    row = {"site_id": site_id, "agency_id": agency, "agency_basis": placement.basis, "year": placement.year,
           "version": 1, "document_sha256": sha256, "template": values["template"], "title": values["title"],
           "published": values["published"], "parser_version": values["parser_version"], "checks": values["checks"],
           "checks_failed": values["checks_failed"], "created_at": values["updated_at"],
           "updated_at": values["updated_at"]}
    if placement.year is None:
        return int(conn.execute(reports.insert().values(**row).returning(reports.c.id)).scalar_one()), True
    created = conn.execute(insert_ignore(reports, ["agency_id", "year"], conn.dialect.name).values(**row)
                           .returning(reports.c.id)).scalar_one_or_none()
    if created is not None:
        return int(created), True
    found = conn.execute(sa.select(reports.c.id).where(reports.c.agency_id == agency,
                                                       reports.c.year == placement.year)).scalar_one()
    return int(found), False


def withdraw(conn: Connection, sha256: str, now: dt.datetime, *, by_version: str) -> bool:
    """The current parser says this document is not a report: its source goes to history, its report is
    re-assembled from the others (and dropped when it had no other)."""
    old = conn.execute(sa.select(sources).where(sources.c.document_sha256 == sha256)).one_or_none()
    if old is None:
        return False
    _archive_parse(conn, old, now, replaced_by=by_version, reason="withdrawn")
    conn.execute(sources.delete().where(sources.c.document_sha256 == sha256))
    reassemble(conn, old.report_id, now, changed={sha256})
    return True


# -- assembly ---------------------------------------------------------------------------------------------------
def reassemble(conn: Connection, report_id: int, now: dt.datetime, *, changed: Iterable[str] = ()) -> bool:
    """Derive the report from its sources; write only what differs.  `changed`: sources whose parse was just
    written (their cells are rewritten even if the assembly looks the same).  Returns whether anything changed."""
    conn.execute(sa.select(reports.c.id).where(reports.c.id == report_id).with_for_update())
    rows = conn.execute(sa.select(sources, documents.c.media_type, documents.c.first_seen)
                        .join(documents, documents.c.sha256 == sources.c.document_sha256)
                        .where(sources.c.report_id == report_id)).all()
    if not rows:
        _drop_report(conn, report_id)
        return True
    by_sha = {row.document_sha256: row for row in rows}
    places = _places(conn, list(by_sha))
    facts = [_facts(row, places.get(row.document_sha256, {})) for row in rows]
    assembly = assemble(facts)
    state = _state(conn, report_id, by_sha, assembly)
    stored = _stored_state(conn, report_id)
    canonicals = {v.canonical.sha256 for v in assembly.versions}
    if state == stored and not canonicals & set(changed):
        return False
    _write(conn, report_id, by_sha, assembly, state, now)
    return True


def _facts(row: sa.Row[Any], places: Mapping[str, dt.datetime]) -> SourceFacts:
    media_type = row.media_type or ""
    return SourceFacts(
        sha256=row.document_sha256, first_seen=row.first_seen, cells=read_cells(row.data),
        is_file=not media_type.startswith(_HTML_TYPES), checks_failed=row.checks_failed,
        ocr=bool(row.data.get("ocr")), published=row.published, title=row.title,
        places=places or ({row.url: row.first_seen} if row.url else {}))


def _places(conn: Connection, shas: list[str]) -> dict[str, dict[str, dt.datetime]]:
    """Per document, every URL that served it and when it first did (a redirect's target included)."""
    found: dict[str, dict[str, dt.datetime]] = {}
    result = conn.execute(sa.select(fetches.c.sha256, fetches.c.url, fetches.c.final_url, fetches.c.fetched_at)
                          .where(fetches.c.sha256.in_(shas), fetches.c.outcome.in_(SERVING_OUTCOMES)))
    for sha, url, final_url, when in result:
        for place_url in (url, final_url):
            if place_url:
                known = found.setdefault(sha, {})
                known[place_url] = min(known.get(place_url, when), when)
    return found


def _state(conn: Connection, report_id: int, by_sha: Mapping[str, sa.Row[Any]],
           assembly: Assembly) -> tuple[Any, ...]:
    """Everything derived from the sources, in the form `_stored_state` reads back."""
    latest = by_sha[assembly.latest.canonical.sha256]
    first = by_sha[min(by_sha.values(), key=lambda r: (r.first_seen, r.document_sha256)).document_sha256]
    basis = min((row.agency_basis for row in by_sha.values()), key=AGENCY_BASES.index)
    report = (first.site_id, agency_id(conn, latest.agency), basis, latest.year, len(assembly.versions),
              latest.document_sha256, latest.template, latest.title, latest.published, latest.parser_version,
              latest.checks, latest.checks_failed)
    version_rows = tuple(
        (v.number, v.canonical.sha256, by_sha[v.canonical.sha256].template, by_sha[v.canonical.sha256].title,
         by_sha[v.canonical.sha256].published, by_sha[v.canonical.sha256].checks_failed, len(v.sources),
         v.first_seen, v.superseded_at) for v in assembly.versions)
    membership = tuple(sorted(assembly.version_of().items()))
    finding_rows = tuple(sorted((f.version, *f.cell, f.sha256, f.value, f.canonical_sha256, f.canonical_value)
                                for f in assembly.findings))
    return report, version_rows, membership, finding_rows


_REPORT_STATE = (reports.c.site_id, reports.c.agency_id, reports.c.agency_basis, reports.c.year, reports.c.version,
                 reports.c.document_sha256, reports.c.template, reports.c.title, reports.c.published,
                 reports.c.parser_version, reports.c.checks, reports.c.checks_failed)


def _stored_state(conn: Connection, report_id: int) -> tuple[Any, ...]:
    report = tuple(conn.execute(sa.select(*_REPORT_STATE).where(reports.c.id == report_id)).one())
    version_rows = tuple(tuple(row) for row in conn.execute(
        sa.select(versions.c.version, versions.c.document_sha256, versions.c.template, versions.c.title,
                  versions.c.published, versions.c.checks_failed, versions.c.sources, versions.c.first_seen,
                  versions.c.superseded_at).where(versions.c.report_id == report_id).order_by(versions.c.version)))
    membership = tuple(sorted(tuple(row) for row in conn.execute(
        sa.select(sources.c.document_sha256, sources.c.version).where(sources.c.report_id == report_id))))
    finding_rows = tuple(sorted(tuple(row) for row in conn.execute(
        sa.select(findings.c.version, findings.c.table_name, findings.c.row_key, findings.c.column_key,
                  findings.c.document_sha256, findings.c.value, findings.c.canonical_sha256,
                  findings.c.canonical_value).where(findings.c.report_id == report_id))))
    return report, version_rows, membership, finding_rows


def _write(conn: Connection, report_id: int, by_sha: Mapping[str, sa.Row[Any]], assembly: Assembly,
           state: tuple[Any, ...], now: dt.datetime) -> None:
    report, version_rows, membership, finding_rows = state
    conn.execute(reports.update().where(reports.c.id == report_id).values(
        {**dict(zip((c.name for c in _REPORT_STATE), report, strict=True)), "updated_at": now}))
    for sha, number_ in membership:
        conn.execute(sources.update().where(sources.c.document_sha256 == sha, sources.c.version != number_)
                     .values(version=number_))
    _delete_derived(conn, report_id)
    conn.execute(versions.insert(), [dict(zip(
        ("version", "document_sha256", "template", "title", "published", "checks_failed", "sources", "first_seen",
         "superseded_at"), row, strict=True), report_id=report_id) for row in version_rows])
    if finding_rows:
        conn.execute(findings.insert(), [dict(zip(
            ("version", "table_name", "row_key", "column_key", "document_sha256", "value", "canonical_sha256",
             "canonical_value"), row, strict=True), report_id=report_id) for row in finding_rows])
    latest = by_sha[assembly.latest.canonical.sha256]
    _write_cells(conn, report_id, latest.data, latest.year, report[1])
    old_cells = [{**cell, "version": version.number}
                 for version in assembly.versions[:-1]
                 for cell in cell_rows(report_id, by_sha[version.canonical.sha256].data)]
    if old_cells:
        conn.execute(version_cells.insert(), old_cells)


def _delete_derived(conn: Connection, report_id: int) -> None:
    """Explicit deletes rather than ON DELETE CASCADE: correct even on an SQLite connection opened without
    PRAGMA foreign_keys (a researcher's own tools)."""
    for table in (versions, findings, cells, version_cells, *WIDE_TABLES.values()):
        conn.execute(table.delete().where(table.c.report_id == report_id))


def _drop_report(conn: Connection, report_id: int) -> None:
    _delete_derived(conn, report_id)
    conn.execute(reports.delete().where(reports.c.id == report_id))


def cell_rows(report_id: int, parsed: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The tidy long form of `parsed["tables"]`: a blank cell (JSON null) is kept as a row with is_blank."""
    raw = {(t, r, c): v for t, table in (parsed.get("tables") or {}).items() for r, row in (table or {}).items()
           if isinstance(row, dict) for c, v in row.items()}
    return [{"report_id": report_id, "table_name": str(t), "row_key": str(r), "column_key": str(c),
             "value": number(v), "is_blank": v is None} for (t, r, c), v in raw.items()]


def wide_rows(report_id: int, parsed: Mapping[str, Any], year: int | None,
              agency: int | None) -> dict[str, dict[str, Any]]:
    """The row of each `wide_<table>` (storage.views) for a report: every table, every template cell."""
    tables = parsed.get("tables") or {}
    rows = {}
    for table in views.WIDE_TABLES:
        found = tables[table] if isinstance(tables.get(table), dict) else {}
        row: dict[str, Any] = {"report_id": report_id, "year": year, "agency_id": agency}
        for row_key, column_key in views.wide_columns(table):
            cells_of_row = found.get(row_key)
            value = cells_of_row.get(column_key) if isinstance(cells_of_row, dict) else None
            row[views.view_column(row_key, column_key)] = number(value)
        rows[table] = row
    return rows


def _write_cells(conn: Connection, report_id: int, parsed: Mapping[str, Any], year: int | None,
                 agency: int | None) -> None:
    """The tidy cells and, derived from the same parse in the same transaction, the wide rows."""
    if rows := cell_rows(report_id, parsed):  # a report whose tables could not be read has no cells
        conn.execute(cells.insert(), rows)
    for table, row in wide_rows(report_id, parsed, year, agency).items():
        conn.execute(WIDE_TABLES[table].insert(), row)


def mark_parsed(conn: Connection, sha256: str, status: str, error: str | None, version: str,
                now: dt.datetime) -> None:
    """The parser's verdict on a document; a parse recorded takes the document off the parse queue with it."""
    conn.execute(documents.update().where(documents.c.sha256 == sha256).values(
        parse_status=status, parse_error=error, parsed_with=version[:32], parsed_at=now))
    conn.execute(parse_queue.delete().where(parse_queue.c.sha256 == sha256))


def first_url(conn: Connection, sha256: str | None) -> str | None:
    """The first URL that served a document (by time, then fetch id)."""
    if sha256 is None:
        return None
    return conn.execute(sa.select(fetches.c.url).where(fetches.c.sha256 == sha256,
                                                       fetches.c.outcome.in_(SERVING_OUTCOMES))
                        .order_by(fetches.c.fetched_at, fetches.c.id).limit(1)).scalar()


def source_urls(conn: Connection, report_ids: list[int], chunk: int = 500) -> dict[int, dict[str, Any]]:
    """For each report, of the documents carrying its latest version: their SHA-256s (the canonical one first),
    every URL that served them (sorted), and when the first was first seen and the last last seen."""
    out: dict[int, dict[str, Any]] = {}
    for start in range(0, len(report_ids), chunk):
        ids = report_ids[start:start + chunk]
        rows = conn.execute(
            sa.select(sources.c.report_id, sources.c.document_sha256, sources.c.url, reports.c.document_sha256
                      .label("canonical"), documents.c.first_seen, documents.c.last_seen)
            .join(reports, sa.and_(reports.c.id == sources.c.report_id, reports.c.version == sources.c.version))
            .join(documents, documents.c.sha256 == sources.c.document_sha256)
            .where(sources.c.report_id.in_(ids))).all()
        served = _places(conn, [row.document_sha256 for row in rows])
        for row in rows:
            entry = out.setdefault(row.report_id, {"urls": set(), "sources": [], "first_seen": row.first_seen,
                                                   "last_seen": row.last_seen})
            entry["sources"].append(row.document_sha256)
            entry["urls"].update(served.get(row.document_sha256, {}), [row.url] if row.url else [])
            entry["first_seen"] = min(entry["first_seen"], row.first_seen)
            entry["last_seen"] = max(entry["last_seen"], row.last_seen)
        for row in rows:
            if row.document_sha256 == row.canonical:
                entry = out[row.report_id]
                entry["sources"].sort(key=lambda sha, canonical=row.canonical: (sha != canonical, sha))
    for entry in out.values():
        entry["urls"] = sorted(entry["urls"])
    return out


def _archive_parse(conn: Connection, old: sa.Row[Any], now: dt.datetime, *, replaced_by: str, reason: str) -> None:
    conn.execute(history.insert().values(
        document_sha256=old.document_sha256, report_id=old.report_id, parser_version=old.parser_version,
        agency=old.agency, year=old.year, template=old.template, data=old.data, checks=old.checks,
        replaced_at=now, replaced_by=replaced_by[:32], reason=reason))


def json_safe(value: dict[str, Any]) -> dict[str, Any]:
    """The parse as JSON will store it (dates and decimals as text), so comparisons see what the DB holds."""
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value) if value is not None and not isinstance(value, bool) else None
    except (TypeError, ValueError):
        return None


def _str_or_none(value: Any, limit: int) -> str | None:
    return str(value)[:limit] if value is not None else None
