"""The researcher's pages of the web view: a report as printed, an agency across the years, search, charts.

Each page reads the archive through Datasette's own read-only SQLite connection (the same limits as every other
query: web/server.py) and renders a template of web/templates/.  What a page shows is computed by modules that know
nothing of the web: crawler/research/layout.py (tables as printed), rules.py (a rule in words, its cells),
compare.py (years side by side), svg.py (charts), storage/text_search.py (search).
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from crawler.parse import template
from crawler.research import compare, layout, rules, svg
from crawler.research.agency_types import agency_type
from crawler.research.queries import REFUSAL_GROUPS
from crawler.research.web import files
from storage import text_search
from storage.report_store import SERVING_OUTCOMES

SEARCH_LIMIT = 200



def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


async def _rows(db: Any, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    return [dict(r) for r in (await db.execute(sql, params or {})).rows]


def _cells(rows: list[dict[str, Any]]) -> dict[layout.Key, float | int | None]:
    return {(r["table_name"], r["row_key"], r["column_key"]): None if r["is_blank"] else r["value"] for r in rows}


def _row_set(report_template: str | None, cells: dict[layout.Key, Any]) -> str:
    name = report_template if report_template in template.TEMPLATES else "2021"
    return template.row_set(name, {row for table, row, _column in cells if table == "applications"})


def viewer(media_type: str) -> str:
    """How a document is shown on its report's page: pdf (inline viewer), html (rendered sandboxed), image,
    or download."""
    if media_type == "application/pdf":
        return "pdf"
    if media_type in files.SANDBOXED_PAGES:
        return "html"
    return "image" if media_type in files.INLINE_TYPES else "download"


async def report_context(db: Any, report_id: int) -> dict[str, Any] | None:
    found = await _rows(db, "SELECT * FROM report_overview WHERE report_id = :id", {"id": report_id})
    if not found:
        return None
    report = found[0]
    canonical = (await _rows(db, "SELECT checks, json_extract(data, '$.narrative') AS narrative FROM report_sources "
                                 "WHERE document_sha256 = :sha", {"sha": report["sha256"]}))[0]
    checks = _json(canonical["checks"]) or []
    narrative = _json(canonical["narrative"]) or {}
    cells = _cells(await _rows(db, "SELECT table_name, row_key, column_key, value, is_blank FROM report_cells "
                                   "WHERE report_id = :id", {"id": report_id}))
    row_set = _row_set(report["template"], cells)
    failing: dict[layout.Key, list[str]] = defaultdict(list)
    explained = []
    for check in [*checks, *(narrative.get("checks") or [])]:
        rule = rules.explain(str(check.get("rule")), row_set)
        explained.append({**check, "text": rule.text, "narrative": str(check.get("rule")).startswith("narrative.")})
        if check.get("ok") is False:
            for key in rule.cells:
                failing[key].append(f"{rule.text}: {check.get('detail') or ''}".strip(": "))
    agency = await _rows(db, "SELECT a.id FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.id = :id",
                         {"id": report_id})
    sources = await _rows(db, (
        "SELECT s.document_sha256 AS sha256, s.version, s.role, s.url, s.cells, s.blank_cells, s.checks_failed, "
        "d.media_type, d.size, d.first_seen, s.document_sha256 = v.document_sha256 AS canonical FROM report_sources s "
        "JOIN documents d ON d.sha256 = s.document_sha256 "
        "JOIN report_versions v ON v.report_id = s.report_id AND v.version = s.version "
        "WHERE s.report_id = :id ORDER BY s.version DESC, canonical DESC, d.first_seen"), {"id": report_id})
    fetches = await _rows(db, (
        "SELECT id, sha256, url, final_url, fetched_at, status, outcome, role, warc_type, "
        "warc_file IS NOT NULL AS has_warc FROM fetches WHERE sha256 IN "
        "(SELECT document_sha256 FROM report_sources WHERE report_id = :id) ORDER BY fetched_at, id"),
        {"id": report_id})
    by_document: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for fetch in fetches:
        by_document[fetch["sha256"]].append(fetch)
    for source in sources:
        source["viewer"] = viewer(source["media_type"])
        source["fetches"] = by_document[source["sha256"]]
    served = [u for f in fetches if f["outcome"] in SERVING_OUTCOMES for u in (f["url"], f["final_url"]) if u]
    figures = [{"key": key, "label": rules.figure_label(key), **figure}
               for key, figure in (narrative.get("figures") or {}).items() if isinstance(figure, dict)]
    return {
        "report": report, "agency_id": agency[0]["id"] if agency else None,
        "tables": layout.layout(row_set, cells, failing), "row_set": row_set,
        "checks": explained, "figures": figures,
        "failing": [c for c in explained if c.get("ok") is False and not c["narrative"]],
        "text_disagrees": [c for c in explained if c.get("ok") is False and c["narrative"]],
        "sources": sources, "fetches": fetches,
        "served_urls": sorted(set(served) | {s["url"] for s in sources if s["url"]}),
        "versions": await _rows(db, (
            "SELECT version, document_sha256, template, published, checks_failed, sources, first_seen, superseded_at "
            "FROM report_versions WHERE report_id = :id ORDER BY version DESC"), {"id": report_id}),
        "findings": await _rows(db, "SELECT * FROM source_disagreements WHERE report_id = :id ORDER BY version DESC, "
                                    "table_name, row_key, column_key", {"id": report_id}),
        "text_view": report["media_type"] in files.TEXT_VIEWABLE,
    }


async def agency_context(db: Any, name: str) -> dict[str, Any] | None:
    agency = await _rows(db, "SELECT a.id, a.name, s.slug AS site, s.name AS site_name FROM agencies a "
                             "LEFT JOIN sites s ON s.id = a.site_id WHERE a.name = :name", {"name": name})
    if not agency:
        return None
    reports = await _rows(db, (
        "SELECT r.id, r.year, r.template, r.checks_failed FROM reports r WHERE r.agency_id = :id AND "
        "r.year IS NOT NULL ORDER BY r.year"), {"id": agency[0]["id"]})
    cells: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in await _rows(db, (
            "SELECT c.report_id, c.table_name, c.row_key, c.column_key, c.value, c.is_blank FROM report_cells c "
            "JOIN reports r ON r.id = c.report_id WHERE r.agency_id = :id"), {"id": agency[0]["id"]}):
        cells[row["report_id"]].append(row)
    years = []
    for report in reports:
        found = _cells(cells[report["id"]])
        years.append(compare.YearReport(report["id"], report["year"], _row_set(report["template"], found), found))
    per_year = [svg.Bar(str(y.year), y.cells.get(("applications", "new", "total"))) for y in years]
    return {
        "agency": agency[0], "reports": reports, "lines": compare.lines(years),
        "carry_over": compare.carry_over(years),
        "chart": svg.bar_chart("本年新收政府信息公开申请数量 · applications received per year", per_year,
                               chart_id="agency-per-year"),
    }


async def search_context(db: Any, text: str) -> dict[str, Any]:
    query = text_search.Query.parse(text)
    if query is None:
        return {"q": text, "results": [], "searched": bool(text.strip())}
    results = await _rows(db, text_search.search_sql("sqlite"),
                          text_search.search_parameters(query, "sqlite", limit=SEARCH_LIMIT))
    for result in results:
        before, _, after = (result["snippet"] or "").partition(query.text)
        result["before"], result["after"] = " ".join(before.split()), " ".join(after.split())
    texts = (await _rows(db, "SELECT count(*) AS n FROM document_texts"))[0]["n"]
    return {"q": query.text, "results": results, "searched": True, "limit": SEARCH_LIMIT, "indexed": texts}


async def charts_context(db: Any) -> dict[str, Any]:
    per_year = await _rows(db, (
        "SELECT r.year AS year, count(*) AS reports, sum(c.value) AS received, count(c.value) AS read "
        "FROM reports r LEFT JOIN report_cells c ON c.report_id = r.id AND c.table_name = 'applications' "
        "AND c.row_key = 'new' AND c.column_key = 'total' WHERE r.year IS NOT NULL GROUP BY r.year ORDER BY r.year"))
    by_agency = await _rows(db, (
        "SELECT a.name AS agency, count(r.id) AS reports, sum(c.value) AS received FROM reports r "
        "JOIN agencies a ON a.id = r.agency_id LEFT JOIN report_cells c ON c.report_id = r.id "
        "AND c.table_name = 'applications' AND c.row_key = 'new' AND c.column_key = 'total' GROUP BY a.name"))
    types: dict[str, list[Any]] = defaultdict(lambda: [0, None])  # reports, applications (None: none read)
    for row in by_agency:
        kind = types[agency_type(row["agency"])]
        kind[0] += row["reports"]
        if row["received"] is not None:
            kind[1] = (kind[1] or 0) + row["received"]
    groups = ", ".join(f"'{g}'" for g in REFUSAL_GROUPS)
    refusals = await _rows(db, (
        "SELECT l.row_group AS reason_group, l.row_label AS reason, sum(c.value) AS applications, "
        "min(l.position) AS position FROM report_cells c JOIN reports r ON r.id = c.report_id "
        "JOIN cell_labels l ON l.template = r.template AND l.table_name = c.table_name AND l.row_key = c.row_key "
        f"AND l.column_key = c.column_key WHERE c.table_name = 'applications' AND c.column_key = 'total' "
        f"AND l.row_group IN ({groups}) GROUP BY l.row_group, l.row_label ORDER BY position"))
    return {
        "per_year": svg.bar_chart(
            "本年新收申请 per year (sum over reports)",
            [svg.Bar(str(r["year"]), r["received"] if r["read"] else None, f"({r['reports']} reports)")
             for r in per_year], chart_id="chart-per-year"),
        "per_type": svg.bar_chart(
            "本年新收申请 by agency type (from the agency's name)",
            [svg.Bar(kind, received, f"({int(n)} reports)")
             for kind, (n, received) in sorted(types.items(), key=lambda kv: -(kv[1][1] or 0))],
            chart_id="chart-per-type"),
        "refusals": svg.bar_chart(
            "Refusals by reason 不予公开 · 无法提供 · 不予处理 (all years)",
            [svg.Bar(f"{r['reason_group'][3:]} {r['reason']}", r["applications"]) for r in refusals],
            chart_id="chart-refusals"),
    }
