"""The research views added to storage's wide views, on SQLite and PostgreSQL: the SQL migrations froze.

- `report_overview`: one row per report (a logical report: one agency, one year; its latest version) with its
  provenance: site, region, agency and how it is known, year, version, template, the canonical file's SHA-256,
  media type and size, the first URL that served it and when, the fetch (and so the WARC record) of that
  observation, the sources that carry the report (how many, and their URLs), how many cells they disagree on, the
  consistency checks and the names of the rules it breaks.  `version_overview`: the same for every version.
- `source_disagreements`: one row per cell on which a source of a report disagrees with the canonical source of
  its version (storage's `report_findings`), with the cell's Chinese labels and both documents' URLs.
- `cell_labels`: the Chinese label of every (template, table, row, column), generated from
  crawler/parse/template.py, so a SQL user can join `report_cells` to the form's wording.

The wide views `applications_wide`, `active_wide`, `review_wide` belong to storage (storage/views.py).

A migration that rebuilds `reports`, `fetches`, `agencies` or `sites` on SQLite (alembic batch mode renames tables)
must drop these views first and re-create them afterwards, as storage does for its own views; so must a change to
this module or to template.py (the labels are literal rows of the view).  A migration carries the SQL it executes,
printed once from `drop_statements()` and `create_statements(dialect)`: a test compares the latest revision's SQL
with what this module makes.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from crawler.research.labels import cell_labels
from storage.models import UTCDateTime
from storage.views import CellValue

OVERVIEW = "report_overview"
VERSIONS = "version_overview"
DISAGREEMENTS = "source_disagreements"
LABELS = "cell_labels"

# Observations whose URL served the document's bytes (storage.report_store.SERVING_OUTCOMES).
_SERVING = "('new', 'unchanged', 'not_modified')"
# Site names are the first line of a spider's docstring: "广州市海珠区人民政府 — www.haizhu.gov.cn".
_REGION_SEPARATOR = " — "


@dataclass(frozen=True)
class ViewColumn:
    name: str
    type: sa.types.TypeEngine
    description: str


OVERVIEW_COLUMNS = (
    ViewColumn("report_id", sa.Integer(), "报告编号 report id (reports.id)"),
    ViewColumn("site", sa.String(), "网站 the crawled site (spider name)"),
    ViewColumn("region", sa.String(), "地区 the site's government, e.g. 广州市海珠区人民政府"),
    ViewColumn("agency", sa.String(), "机关 the publishing agency, as the report names it"),
    ViewColumn("agency_basis", sa.String(),
               "how the agency is known: report (the report names it), site (the site states the publisher), "
               "site_government (nothing better known: the government whose site published it)"),
    ViewColumn("year", sa.Integer(), "年度 the year the report covers"),
    ViewColumn("version", sa.Integer(),
               "版本 the report's latest version (2 or more: revised in place or re-posted corrected)"),
    ViewColumn("template", sa.String(),
               "模板 statistical template: 2019 (国办公开办函〔2019〕60号) or 2021 (〔2021〕30号)"),
    ViewColumn("title", sa.String(), "标题 the report's title"),
    ViewColumn("published", sa.Date(), "发布日期 publication date, when known"),
    ViewColumn("sha256", sa.String(),
               "SHA-256 of the canonical file: the source whose cells the report shows (its name in the blob store)"),
    ViewColumn("media_type", sa.String(), "the canonical file's type, sniffed from the bytes"),
    ViewColumn("size", sa.BigInteger(), "the canonical file's size in bytes"),
    ViewColumn("source_url", sa.String(), "来源 the first URL that served the canonical file"),
    ViewColumn("fetched_at", UTCDateTime(), "抓取时间 when source_url was fetched (UTC)"),
    ViewColumn("fetch_id", sa.Integer(), "the fetch (fetches.id) of source_url: its WARC record"),
    ViewColumn("first_seen", UTCDateTime(), "when a crawl first received a document of this version (UTC)"),
    ViewColumn("last_seen", UTCDateTime(), "when a crawl last received or confirmed one (UTC)"),
    ViewColumn("source_count", sa.Integer(),
               "how many documents carry this version (its page, attachments, re-postings: report_sources)"),
    ViewColumn("sources", sa.String(), "the URL of each of those documents, the canonical one first, space-separated"),
    ViewColumn("findings", sa.Integer(), "cells on which those documents disagree (see source_disagreements)"),
    ViewColumn("checks_total", sa.Integer(), "勾稽 consistency rules checked"),
    ViewColumn("checks_failed", sa.Integer(), "勾稽 consistency rules broken"),
    ViewColumn("failed_rules", sa.String(), "names of the broken rules, comma-separated"),
    ViewColumn("parser_version", sa.String(), "parser version that read the tables"),
)

DISAGREEMENT_COLUMNS = (
    ViewColumn("report_id", sa.Integer(), "报告编号 report id (reports.id)"),
    ViewColumn("site", sa.String(), "网站 the crawled site (spider name)"),
    ViewColumn("agency", sa.String(), "机关 the publishing agency"),
    ViewColumn("year", sa.Integer(), "年度 the year the report covers"),
    ViewColumn("version", sa.Integer(), "版本 the version whose sources disagree"),
    ViewColumn("table_name", sa.String(), "表 active | applications | review"),
    ViewColumn("row_key", sa.String(), "row code"),
    ViewColumn("column_key", sa.String(), "column code"),
    ViewColumn("row_label", sa.String(), "行 as printed"),
    ViewColumn("column_label", sa.String(), "列 as printed"),
    ViewColumn("canonical_value", CellValue(), "what the canonical source says (the report's value)"),
    ViewColumn("canonical_sha256", sa.String(), "SHA-256 of the canonical source"),
    ViewColumn("canonical_url", sa.String(), "the canonical source's first URL"),
    ViewColumn("value", CellValue(), "what the other source says (empty: it left the cell blank)"),
    ViewColumn("sha256", sa.String(), "SHA-256 of the source that disagrees"),
    ViewColumn("source_url", sa.String(), "that source's first URL"),
)

LABEL_COLUMNS = (
    ViewColumn("template", sa.String(), "模板 2019 or 2021"),
    ViewColumn("table_name", sa.String(), "表 active | applications | review"),
    ViewColumn("row_key", sa.String(), "row code"),
    ViewColumn("column_key", sa.String(), "column code"),
    ViewColumn("table_label", sa.String(), "表名 as printed"),
    ViewColumn("row_group", sa.String(), "the merged heading the row sits under"),
    ViewColumn("row_label", sa.String(), "行 as printed"),
    ViewColumn("column_label", sa.String(), "列 as printed"),
    ViewColumn("position", sa.Integer(), "order of the cell in its template's form (sort by it to read as printed)"),
)


def _region(dialect: str) -> str:
    sep = _quote(_REGION_SEPARATOR)
    if dialect == "postgresql":
        return f"NULLIF(split_part(s.name, {sep}, 1), '')"
    return f"CASE WHEN instr(s.name, {sep}) > 0 THEN substr(s.name, 1, instr(s.name, {sep}) - 1) ELSE s.name END"


def _failed_rules(dialect: str) -> str:
    if dialect == "postgresql":
        return ("(SELECT string_agg(j.value ->> 'rule', ', ' ORDER BY j.n) "
                "FROM jsonb_array_elements(cs.checks) WITH ORDINALITY AS j(value, n) "
                "WHERE j.value -> 'ok' = 'false'::jsonb)")
    return ("(SELECT group_concat(json_extract(j.value, '$.rule'), ', ') FROM json_each(cs.checks) AS j "
            "WHERE json_type(j.value, '$.ok') = 'false')")


def _checks_total(dialect: str) -> str:
    return "jsonb_array_length(cs.checks)" if dialect == "postgresql" else "json_array_length(cs.checks)"


def _url_list(dialect: str) -> str:
    """The URLs of a version's sources, the canonical one first (each once; a source stored without any URL is
    named by its SHA-256)."""
    url = "COALESCE(rs.url, 'sha256:' || rs.document_sha256)"
    where = "rs.report_id = v.report_id AND rs.version = v.version"
    canonical_first = "CASE WHEN rs.document_sha256 = v.document_sha256 THEN 0 ELSE 1 END"
    if dialect == "postgresql":
        return (f"(SELECT string_agg({url}, ' ' ORDER BY {canonical_first}, {url}) "
                f"FROM report_sources rs WHERE {where})")
    # (SQLite reads an outer column in a derived table's select list, not in its ORDER BY)
    return (f"(SELECT group_concat(x.url, ' ') FROM (SELECT {url} AS url, {canonical_first} AS rank "
            f"FROM report_sources rs WHERE {where} ORDER BY rank, url) x)")


def overview_sql(dialect: str, *, history: bool = False) -> str:
    """`report_overview` (each report's latest version) or, with `history`, `version_overview` (every version):
    the same columns, one query."""
    # The first serving fetch by time (then id) is the canonical file's provenance: an old WARC ingested late
    # still wins.
    first_fetch = (f"SELECT f2.id FROM fetches f2 WHERE f2.sha256 = v.document_sha256 AND f2.outcome IN {_SERVING} "
                   "ORDER BY f2.fetched_at, f2.id LIMIT 1")
    members = "FROM report_sources rs JOIN documents d2 ON d2.sha256 = rs.document_sha256 " \
              "WHERE rs.report_id = v.report_id AND rs.version = v.version"
    return f"""CREATE VIEW {VERSIONS if history else OVERVIEW} AS
SELECT r.id AS report_id, s.slug AS site, {_region(dialect)} AS region, a.name AS agency,
  r.agency_basis AS agency_basis, r.year AS year, v.version AS version,
  v.template AS template, v.title AS title, v.published AS published, v.document_sha256 AS sha256,
  d.media_type AS media_type, d.size AS size, COALESCE(f.url, cs.url) AS source_url,
  f.fetched_at AS fetched_at, f.id AS fetch_id,
  (SELECT min(d2.first_seen) {members}) AS first_seen,
  (SELECT max(d2.last_seen) {members}) AS last_seen,
  v.sources AS source_count, {_url_list(dialect)} AS sources,
  (SELECT count(*) FROM report_findings fi WHERE fi.report_id = v.report_id AND fi.version = v.version) AS findings,
  {_checks_total(dialect)} AS checks_total, v.checks_failed AS checks_failed,
  {_failed_rules(dialect)} AS failed_rules, cs.parser_version AS parser_version
FROM reports r
JOIN report_versions v ON v.report_id = r.id{"" if history else " AND v.version = r.version"}
JOIN agencies a ON a.id = r.agency_id
JOIN sites s ON s.id = r.site_id
LEFT JOIN report_sources cs ON cs.document_sha256 = v.document_sha256
LEFT JOIN documents d ON d.sha256 = v.document_sha256
LEFT JOIN fetches f ON f.id = ({first_fetch})"""


def disagreements_sql() -> str:
    return f"""CREATE VIEW {DISAGREEMENTS} AS
SELECT fi.report_id AS report_id, s.slug AS site, a.name AS agency, r.year AS year, fi.version AS version,
  fi.table_name AS table_name, fi.row_key AS row_key, fi.column_key AS column_key,
  l.row_label AS row_label, l.column_label AS column_label,
  fi.canonical_value AS canonical_value, fi.canonical_sha256 AS canonical_sha256, cs.url AS canonical_url,
  fi.value AS value, fi.document_sha256 AS sha256, os.url AS source_url
FROM report_findings fi
JOIN reports r ON r.id = fi.report_id
JOIN agencies a ON a.id = r.agency_id
JOIN sites s ON s.id = r.site_id
LEFT JOIN report_versions v ON v.report_id = fi.report_id AND v.version = fi.version
LEFT JOIN {LABELS} l ON l.template = v.template AND l.table_name = fi.table_name
  AND l.row_key = fi.row_key AND l.column_key = fi.column_key
LEFT JOIN report_sources cs ON cs.document_sha256 = fi.canonical_sha256
LEFT JOIN report_sources os ON os.document_sha256 = fi.document_sha256"""


def labels_sql() -> str:
    names = ", ".join(c.name for c in LABEL_COLUMNS)
    rows = ",\n".join(
        "(" + ", ".join(_quote(v) for v in (lab.template, lab.table, lab.row, lab.column, lab.table_label,
                                             lab.row_group, lab.row_label, lab.column_label)) + f", {position})"
        for position, lab in enumerate(cell_labels(), start=1))
    return f"CREATE VIEW {LABELS} ({names}) AS VALUES\n{rows}"


def create_statements(dialect: str) -> list[str]:
    if dialect not in ("sqlite", "postgresql"):
        raise ValueError(f"unsupported dialect {dialect!r}")
    return [overview_sql(dialect), overview_sql(dialect, history=True), labels_sql(), disagreements_sql()]


def drop_statements() -> list[str]:
    return [f"DROP VIEW IF EXISTS {name}" for name in (DISAGREEMENTS, VERSIONS, OVERVIEW, LABELS)]


def _quote(text: str) -> str:
    """A SQL string literal of our own constants (template labels), never of user input."""
    return "'" + text.replace("'", "''") + "'"


def overview_table(*, history: bool = False) -> sa.TableClause:
    """`report_overview` (or `version_overview`) for SQLAlchemy Core queries, with result types (UTC datetimes on
    both dialects)."""
    return sa.table(VERSIONS if history else OVERVIEW, *(sa.column(c.name, c.type) for c in OVERVIEW_COLUMNS))


def disagreements_table() -> sa.TableClause:
    return sa.table(DISAGREEMENTS, *(sa.column(c.name, c.type) for c in DISAGREEMENT_COLUMNS))


def labels_table() -> sa.TableClause:
    return sa.table(LABELS, *(sa.column(c.name, c.type) for c in LABEL_COLUMNS))
