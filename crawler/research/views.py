"""The research views added to storage's wide views, on SQLite and PostgreSQL: the SQL migration 0002 froze.

- `report_overview`: one row per report with its provenance: site, region, agency, year, template, the file's
  SHA-256, media type and size, the first URL that served it and when, the fetch (and so the WARC record) of that
  observation, how many URLs served it, the consistency checks and the names of the rules it breaks.
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

OVERVIEW = "report_overview"
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
    ViewColumn("year", sa.Integer(), "年度 the year the report covers"),
    ViewColumn("template", sa.String(),
               "模板 statistical template: 2019 (国办公开办函〔2019〕60号) or 2021 (〔2021〕30号)"),
    ViewColumn("title", sa.String(), "标题 the report's title"),
    ViewColumn("published", sa.Date(), "发布日期 publication date, when known"),
    ViewColumn("sha256", sa.String(), "SHA-256 of the archived file (its name in the blob store)"),
    ViewColumn("media_type", sa.String(), "file type, sniffed from the bytes"),
    ViewColumn("size", sa.BigInteger(), "file size in bytes"),
    ViewColumn("source_url", sa.String(), "来源 the first URL that served this file"),
    ViewColumn("fetched_at", UTCDateTime(), "抓取时间 when source_url was fetched (UTC)"),
    ViewColumn("fetch_id", sa.Integer(), "the fetch (fetches.id) of source_url: its WARC record"),
    ViewColumn("first_seen", UTCDateTime(), "when any crawl first received these bytes (UTC)"),
    ViewColumn("last_seen", UTCDateTime(), "when a crawl last received these bytes (UTC)"),
    ViewColumn("source_count", sa.Integer(), "how many URLs served this file (report_sources)"),
    ViewColumn("checks_total", sa.Integer(), "勾稽 consistency rules checked"),
    ViewColumn("checks_failed", sa.Integer(), "勾稽 consistency rules broken"),
    ViewColumn("failed_rules", sa.String(), "names of the broken rules, comma-separated"),
    ViewColumn("parser_version", sa.String(), "parser version that read the tables"),
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
                "FROM jsonb_array_elements(r.checks) WITH ORDINALITY AS j(value, n) "
                "WHERE j.value -> 'ok' = 'false'::jsonb)")
    return ("(SELECT group_concat(json_extract(j.value, '$.rule'), ', ') FROM json_each(r.checks) AS j "
            "WHERE json_type(j.value, '$.ok') = 'false')")


def _checks_total(dialect: str) -> str:
    return "jsonb_array_length(r.checks)" if dialect == "postgresql" else "json_array_length(r.checks)"


def overview_sql(dialect: str) -> str:
    # The first serving fetch by time (then id) is the report's provenance: an old WARC ingested late still wins.
    first_fetch = (f"SELECT f2.id FROM fetches f2 WHERE f2.sha256 = r.document_sha256 AND f2.outcome IN {_SERVING} "
                   "ORDER BY f2.fetched_at, f2.id LIMIT 1")
    return f"""CREATE VIEW {OVERVIEW} AS
SELECT r.id AS report_id, s.slug AS site, {_region(dialect)} AS region, a.name AS agency, r.year AS year,
  r.template AS template, r.title AS title, r.published AS published, r.document_sha256 AS sha256,
  d.media_type AS media_type, d.size AS size,
  COALESCE(f.url, (SELECT min(rs.url) FROM report_sources rs WHERE rs.report_id = r.id)) AS source_url,
  f.fetched_at AS fetched_at, f.id AS fetch_id, d.first_seen AS first_seen, d.last_seen AS last_seen,
  (SELECT count(*) FROM report_sources rs WHERE rs.report_id = r.id) AS source_count,
  {_checks_total(dialect)} AS checks_total, r.checks_failed AS checks_failed,
  {_failed_rules(dialect)} AS failed_rules, r.parser_version AS parser_version
FROM reports r
LEFT JOIN agencies a ON a.id = r.agency_id
LEFT JOIN sites s ON s.id = a.site_id
LEFT JOIN documents d ON d.sha256 = r.document_sha256
LEFT JOIN fetches f ON f.id = ({first_fetch})"""


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
    return [overview_sql(dialect), labels_sql()]


def drop_statements() -> list[str]:
    return [f"DROP VIEW IF EXISTS {OVERVIEW}", f"DROP VIEW IF EXISTS {LABELS}"]


def _quote(text: str) -> str:
    """A SQL string literal of our own constants (template labels), never of user input."""
    return "'" + text.replace("'", "''") + "'"


def overview_table() -> sa.TableClause:
    """`report_overview` for SQLAlchemy Core queries, with result types (UTC datetimes on both dialects)."""
    return sa.table(OVERVIEW, *(sa.column(c.name, c.type) for c in OVERVIEW_COLUMNS))


def labels_table() -> sa.TableClause:
    return sa.table(LABELS, *(sa.column(c.name, c.type) for c in LABEL_COLUMNS))
