"""Report rows: the canonical parse of a document, its tidy cells, its source URLs and its history.

Functions here run inside a write transaction that the caller (storage.archive) opened and retries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from storage import views
from storage.db import insert_ignore
from storage.models import (
    WIDE_TABLES,
    Agency,
    Document,
    Fetch,
    ParseRequest,
    Report,
    ReportCell,
    ReportHistory,
    ReportSource,
)

reports = Report.__table__
cells = ReportCell.__table__
sources = ReportSource.__table__
history = ReportHistory.__table__
agencies = Agency.__table__
documents = Document.__table__
fetches = Fetch.__table__
parse_queue = ParseRequest.__table__

# Observations whose URL really served the document's bytes (a 304 confirms the bytes are still there).
SERVING_OUTCOMES = ("new", "unchanged", "not_modified")


@dataclass(frozen=True)
class SavedReport:
    report_id: int
    created: bool
    changed: bool  # an existing report was replaced by a different parse (its old parse went to history)


def failed_rules(checks: Iterable[Any] | None) -> list[str]:
    """Names of the consistency rules a report breaks (`checks_failed` in `reports --json`)."""
    return [str(c.get("rule")) for c in checks or () if isinstance(c, dict) and c.get("ok") is False]


def cell_rows(report_id: int, parsed: dict[str, Any]) -> list[dict[str, Any]]:
    """The tidy long form of `parsed["tables"]`: a blank cell (JSON null) is kept as a row with is_blank."""
    rows = []
    for table_name, table in (parsed.get("tables") or {}).items():
        for row_key, row in (table or {}).items():
            if not isinstance(row, dict):
                continue
            for column_key, value in row.items():
                rows.append({"report_id": report_id, "table_name": str(table_name), "row_key": str(row_key),
                             "column_key": str(column_key), "value": _number(value), "is_blank": value is None})
    return rows


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value) if math.isfinite(value) else None
    try:  # a parser that keeps numbers as text ("1,036")
        number = float(str(value).replace(",", "").strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None


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


def url_key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()


def agency_id(conn: Connection, name: str | None, site_id: int | None = None) -> int | None:
    name = (name or "").strip()[:255]
    if not name:
        return None
    conn.execute(insert_ignore(agencies, ["name"], conn.dialect.name).values(name=name, site_id=site_id))
    found = conn.execute(sa.select(agencies.c.id, agencies.c.site_id).where(agencies.c.name == name)).one()
    if site_id is not None and found.site_id is None:
        conn.execute(agencies.update().where(agencies.c.id == found.id).values(site_id=site_id))
    return found.id


def add_sources(conn: Connection, report_id: int, urls: Iterable[str | None]) -> None:
    rows = [{"report_id": report_id, "url_key": url_key(u), "url": u} for u in dict.fromkeys(u for u in urls if u)]
    if rows:
        conn.execute(insert_ignore(sources, ["report_id", "url_key"], conn.dialect.name), rows)


def serving_urls(conn: Connection, sha256: str) -> list[str]:
    """Every URL (and post-redirect URL) whose fetch returned these bytes."""
    result = conn.execute(sa.select(fetches.c.url, fetches.c.final_url)
                          .where(fetches.c.sha256 == sha256, fetches.c.outcome.in_(SERVING_OUTCOMES)))
    urls: dict[str, None] = {}
    for url, final_url in result:
        urls.setdefault(url, None)
        if final_url:
            urls.setdefault(final_url, None)
    return list(urls)


def save(conn: Connection, parsed: dict[str, Any], sha256: str, now: dt.datetime, *, replace: bool,
         source_urls: Iterable[str] = (), title: str | None = None, published: Any = None,
         site_id: int | None = None) -> SavedReport:
    """Insert the report of a document, or (replace=True) update it in place, keeping the old parse in history."""
    # The document's row first (PostgreSQL row lock; SQLite writers are serialised anyway): record_fetch of another
    # URL with these bytes updates that row too, so the two transactions take turns and neither misses the other —
    # the fetch sees this report and adds its URL, or serving_urls below sees the fetch.
    conn.execute(sa.select(documents.c.sha256).where(documents.c.sha256 == sha256).with_for_update())
    parsed = json_safe(parsed)
    values = _report_values(conn, parsed, now, title=title, published=published, site_id=site_id)
    inserted: int | None = conn.execute(
        insert_ignore(reports, ["document_sha256"], conn.dialect.name)
        .values(document_sha256=sha256, created_at=now, **values).returning(reports.c.id)).scalar_one_or_none()
    changed = False
    stored_version = values["parser_version"]  # the parser version the report row holds at the end
    if inserted is not None:
        report_id = inserted
        _write_cells(conn, report_id, parsed, values["year"], values["agency_id"])
    else:
        old = conn.execute(sa.select(reports, agencies.c.name.label("agency_name"))
                           .outerjoin(agencies, agencies.c.id == reports.c.agency_id)
                           .where(reports.c.document_sha256 == sha256)).one()
        report_id, stored_version = old.id, old.parser_version
        if replace and (old.parser_version != values["parser_version"] or old.data != parsed):
            _replace(conn, old, parsed, values, now)
            changed, stored_version = True, values["parser_version"]
    add_sources(conn, report_id, [*source_urls, *serving_urls(conn, sha256)])
    # The document says which parse its report holds, so `reparse` still finds a report an older parser made.
    mark_parsed(conn, sha256, "parsed", None, stored_version, now)
    return SavedReport(report_id, inserted is not None, changed)


def _report_values(conn: Connection, parsed: dict[str, Any], now: dt.datetime, *, title: str | None,
                   published: Any, site_id: int | None) -> dict[str, Any]:
    """The `reports` row of a parse (the row's key and creation time aside)."""
    checks = list(parsed.get("checks") or [])
    metadata = parsed["metadata"] if isinstance(parsed.get("metadata"), dict) else {}
    return {
        # Reports print an agency with or without its prefecture; the parser's full name keeps one row per agency.
        "agency_id": agency_id(conn, parsed.get("agency_full") or parsed.get("agency"), site_id),
        "year": _int_or_none(parsed.get("year")),
        "template": _str_or_none(parsed.get("template"), 8),
        "title": title or parsed.get("title") or metadata.get("title"),
        "published": parse_date(published or parsed.get("published") or metadata.get("published")),
        "parser_version": str(parsed.get("parser_version") or "unknown")[:32],
        "data": parsed,
        "checks": checks,
        "checks_failed": len(failed_rules(checks)),
        "updated_at": now,
    }


def _replace(conn: Connection, old: sa.Row[Any], parsed: dict[str, Any], values: dict[str, Any],
             now: dt.datetime) -> None:
    """A reparse: the report row and its cells become the new parse; the old one goes to history."""
    _archive_parse(conn, old, now, replaced_by=values["parser_version"], reason="reparsed")
    conn.execute(reports.update().where(reports.c.id == old.id).values(**values))
    _delete_cells(conn, old.id)
    _write_cells(conn, old.id, parsed, values["year"], values["agency_id"])


def withdraw(conn: Connection, sha256: str, now: dt.datetime, *, by_version: str) -> bool:
    """The current parser says this document is not a report: move its report to history and drop it."""
    old = conn.execute(sa.select(reports, agencies.c.name.label("agency_name"))
                       .outerjoin(agencies, agencies.c.id == reports.c.agency_id)
                       .where(reports.c.document_sha256 == sha256)).one_or_none()
    if old is None:
        return False
    _archive_parse(conn, old, now, replaced_by=by_version, reason="withdrawn")
    # Explicit deletes rather than relying on ON DELETE CASCADE: correct even on an SQLite connection opened
    # without PRAGMA foreign_keys (a researcher's own tools).
    _delete_cells(conn, old.id)
    conn.execute(sources.delete().where(sources.c.report_id == old.id))
    conn.execute(reports.delete().where(reports.c.id == old.id))
    return True


def wide_rows(report_id: int, parsed: dict[str, Any], year: int | None,
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
            row[views.view_column(row_key, column_key)] = _number(value)
        rows[table] = row
    return rows


def _write_cells(conn: Connection, report_id: int, parsed: dict[str, Any], year: int | None,
                 agency: int | None) -> None:
    """The tidy cells and, derived from the same parse in the same transaction, the wide rows."""
    if rows := cell_rows(report_id, parsed):  # a report whose tables could not be read has no cells
        conn.execute(cells.insert(), rows)
    for table, row in wide_rows(report_id, parsed, year, agency).items():
        conn.execute(WIDE_TABLES[table].insert(), row)


def _delete_cells(conn: Connection, report_id: int) -> None:
    conn.execute(cells.delete().where(cells.c.report_id == report_id))
    for table in WIDE_TABLES.values():
        conn.execute(table.delete().where(table.c.report_id == report_id))


def mark_parsed(conn: Connection, sha256: str, status: str, error: str | None, version: str,
                now: dt.datetime) -> None:
    """The parser's verdict on a document; a parse recorded takes the document off the parse queue with it."""
    conn.execute(documents.update().where(documents.c.sha256 == sha256).values(
        parse_status=status, parse_error=error, parsed_with=version[:32], parsed_at=now))
    conn.execute(parse_queue.delete().where(parse_queue.c.sha256 == sha256))


def _archive_parse(conn: Connection, old: sa.Row[Any], now: dt.datetime, *, replaced_by: str, reason: str) -> None:
    conn.execute(history.insert().values(
        document_sha256=old.document_sha256, report_id=old.id, parser_version=old.parser_version,
        agency=old.agency_name, year=old.year, template=old.template, data=old.data, checks=old.checks,
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
