"""Logical reports: one row per agency and year, its documents as sources, versions, findings; fetch roles.

Revision ID: 0003_reports
Revises: 0002_research
Create Date: 2026-12-02

Until 0002 a report was the parse of one document, so a report page and its PDF, or the same article re-posted,
were two reports and every sum counted them twice.  From here a report is one agency's report for one year and
the documents that carry it are its sources (docs/archive.md, "Reports, versions, sources and roles"):

- `reports` is rebuilt as the logical report (site, agency and how it is known, year, latest version, canonical
  source); each old per-document report becomes a row of `report_sources` (its own parse kept whole), grouped by
  (agency, year); the canonical source of each group is the most complete parse (most cells with a number, then
  most cells read, then fewer failing checks, then a text reading over OCR, then a file over an HTML page, then
  the first published);
- `report_versions` (one version per report here: documents archived before roles and versions cannot be told
  apart as revisions; `python -m crawler reparse --all` re-assembles them with today's rules), `version_cells`,
  `report_findings` (cells on which a merged document disagreed with the canonical one: nothing dropped);
- cells are NUMERIC (counts read back whole, money keeps its decimals): `report_cells` and the `wide_*` tables are
  rebuilt from the canonical sources' cells;
- every report gets a site (its agency's, else its first fetch's crawl, else its URL's host, else `local`) and an
  agency (else the government of its site, marked `site_government`); an old report with neither is returned to
  `pending` with its parse kept in `report_history`, for `reparse` to decide;
- `fetches.role` and `fetches.context` (why a URL was fetched and what the crawler knew of it; NULL before,
  except where an old report proves it: the page a spider found an attachment on, and the attachment);
  `documents.parse_status` may be `skipped` (fetched for another role than a report's);
- the views are dropped and re-created: storage's wide views (same SQL as 0001) and the research views
  (`report_overview` changed, `version_overview` and `source_disagreements` new), their SQL frozen here.

Self-contained: no import of live code.  The wide tables' cells are read from the database being migrated (they
are 0001's), and the group, site and canonical rules are written out below as they were at this revision.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003_reports"
down_revision: str | None = "0002_research"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

Timestamp = sa.DateTime(timezone=True)
Json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
WIDE = ("active", "applications", "review")
PARSE_STATUSES = "parse_status IN ('pending', 'parsed', 'not_report', 'failed', 'skipped')"
OLD_PARSE_STATUSES = "parse_status IN ('pending', 'parsed', 'not_report', 'failed')"
SERVING = "('new', 'unchanged', 'not_modified')"
BASES = ("report", "site", "site_government")  # how an agency is known, the surest first
LOCAL_SITE = ("local", None)
GOVERNMENT_ENDINGS = ("人民政府", "政府", "公署", "委员会", "管委会", "办事处")
OLD = {"reports": "_old_reports", "report_sources": "_old_report_urls", "report_cells": "_old_report_cells",
       **{f"wide_{t}": f"_old_wide_{t}" for t in WIDE}}

CREATE_REPORT_OVERVIEW = {
    "sqlite": (
        "CREATE VIEW report_overview AS\n"
        "SELECT r.id AS report_id, s.slug AS site, CASE WHEN instr(s.name, ' — ') > 0 THEN substr(s.name, "
        "1, instr(s.name, ' — ') - 1) ELSE s.name END AS region, a.name AS agency,\n"
        "  r.agency_basis AS agency_basis, r.year AS year, v.version AS version,\n"
        "  v.template AS template, v.title AS title, v.published AS published, v.document_sha256 AS sha256,\n"
        "  d.media_type AS media_type, d.size AS size, COALESCE(f.url, cs.url) AS source_url,\n"
        "  f.fetched_at AS fetched_at, f.id AS fetch_id,\n"
        "  (SELECT min(d2.first_seen) FROM report_sources rs JOIN documents d2 ON d2.sha256 = "
        "rs.document_sha256 WHERE rs.report_id = v.report_id AND rs.version = v.version) AS first_seen,\n"
        "  (SELECT max(d2.last_seen) FROM report_sources rs JOIN documents d2 ON d2.sha256 = "
        "rs.document_sha256 WHERE rs.report_id = v.report_id AND rs.version = v.version) AS last_seen,\n"
        "  v.sources AS source_count, (SELECT group_concat(x.url, ' ') FROM (SELECT COALESCE(rs.url, "
        "'sha256:' || rs.document_sha256) AS url, CASE WHEN rs.document_sha256 = v.document_sha256 THEN 0 "
        "ELSE 1 END AS rank FROM report_sources rs WHERE rs.report_id = v.report_id AND rs.version = "
        "v.version ORDER BY rank, url) x) AS sources,\n"
        "  (SELECT count(*) FROM report_findings fi WHERE fi.report_id = v.report_id AND fi.version = "
        "v.version) AS findings,\n"
        "  json_array_length(cs.checks) AS checks_total, v.checks_failed AS checks_failed,\n"
        "  (SELECT group_concat(json_extract(j.value, '$.rule'), ', ') FROM json_each(cs.checks) AS j "
        "WHERE json_type(j.value, '$.ok') = 'false') AS failed_rules, cs.parser_version AS parser_version\n"
        "FROM reports r\n"
        "JOIN report_versions v ON v.report_id = r.id AND v.version = r.version\n"
        "JOIN agencies a ON a.id = r.agency_id\n"
        "JOIN sites s ON s.id = r.site_id\n"
        "LEFT JOIN report_sources cs ON cs.document_sha256 = v.document_sha256\n"
        "LEFT JOIN documents d ON d.sha256 = v.document_sha256\n"
        "LEFT JOIN fetches f ON f.id = (SELECT f2.id FROM fetches f2 WHERE f2.sha256 = v.document_sha256 "
        "AND f2.outcome IN ('new', 'unchanged', 'not_modified') ORDER BY f2.fetched_at, f2.id LIMIT 1)"
    ),
    "postgresql": (
        "CREATE VIEW report_overview AS\n"
        "SELECT r.id AS report_id, s.slug AS site, NULLIF(split_part(s.name, ' — ', 1), '') AS region, "
        "a.name AS agency,\n"
        "  r.agency_basis AS agency_basis, r.year AS year, v.version AS version,\n"
        "  v.template AS template, v.title AS title, v.published AS published, v.document_sha256 AS sha256,\n"
        "  d.media_type AS media_type, d.size AS size, COALESCE(f.url, cs.url) AS source_url,\n"
        "  f.fetched_at AS fetched_at, f.id AS fetch_id,\n"
        "  (SELECT min(d2.first_seen) FROM report_sources rs JOIN documents d2 ON d2.sha256 = "
        "rs.document_sha256 WHERE rs.report_id = v.report_id AND rs.version = v.version) AS first_seen,\n"
        "  (SELECT max(d2.last_seen) FROM report_sources rs JOIN documents d2 ON d2.sha256 = "
        "rs.document_sha256 WHERE rs.report_id = v.report_id AND rs.version = v.version) AS last_seen,\n"
        "  v.sources AS source_count, (SELECT string_agg(COALESCE(rs.url, 'sha256:' || "
        "rs.document_sha256), ' ' ORDER BY CASE WHEN rs.document_sha256 = v.document_sha256 THEN 0 ELSE 1 "
        "END, COALESCE(rs.url, 'sha256:' || rs.document_sha256)) FROM report_sources rs WHERE rs.report_id "
        "= v.report_id AND rs.version = v.version) AS sources,\n"
        "  (SELECT count(*) FROM report_findings fi WHERE fi.report_id = v.report_id AND fi.version = "
        "v.version) AS findings,\n"
        "  jsonb_array_length(cs.checks) AS checks_total, v.checks_failed AS checks_failed,\n"
        "  (SELECT string_agg(j.value ->> 'rule', ', ' ORDER BY j.n) FROM jsonb_array_elements(cs.checks) "
        "WITH ORDINALITY AS j(value, n) WHERE j.value -> 'ok' = 'false'::jsonb) AS failed_rules, "
        "cs.parser_version AS parser_version\n"
        "FROM reports r\n"
        "JOIN report_versions v ON v.report_id = r.id AND v.version = r.version\n"
        "JOIN agencies a ON a.id = r.agency_id\n"
        "JOIN sites s ON s.id = r.site_id\n"
        "LEFT JOIN report_sources cs ON cs.document_sha256 = v.document_sha256\n"
        "LEFT JOIN documents d ON d.sha256 = v.document_sha256\n"
        "LEFT JOIN fetches f ON f.id = (SELECT f2.id FROM fetches f2 WHERE f2.sha256 = v.document_sha256 "
        "AND f2.outcome IN ('new', 'unchanged', 'not_modified') ORDER BY f2.fetched_at, f2.id LIMIT 1)"
    ),
}
CREATE_VERSION_OVERVIEW = {
    "sqlite": (
        "CREATE VIEW version_overview AS\n"
        "SELECT r.id AS report_id, s.slug AS site, CASE WHEN instr(s.name, ' — ') > 0 THEN substr(s.name, "
        "1, instr(s.name, ' — ') - 1) ELSE s.name END AS region, a.name AS agency,\n"
        "  r.agency_basis AS agency_basis, r.year AS year, v.version AS version,\n"
        "  v.template AS template, v.title AS title, v.published AS published, v.document_sha256 AS sha256,\n"
        "  d.media_type AS media_type, d.size AS size, COALESCE(f.url, cs.url) AS source_url,\n"
        "  f.fetched_at AS fetched_at, f.id AS fetch_id,\n"
        "  (SELECT min(d2.first_seen) FROM report_sources rs JOIN documents d2 ON d2.sha256 = "
        "rs.document_sha256 WHERE rs.report_id = v.report_id AND rs.version = v.version) AS first_seen,\n"
        "  (SELECT max(d2.last_seen) FROM report_sources rs JOIN documents d2 ON d2.sha256 = "
        "rs.document_sha256 WHERE rs.report_id = v.report_id AND rs.version = v.version) AS last_seen,\n"
        "  v.sources AS source_count, (SELECT group_concat(x.url, ' ') FROM (SELECT COALESCE(rs.url, "
        "'sha256:' || rs.document_sha256) AS url, CASE WHEN rs.document_sha256 = v.document_sha256 THEN 0 "
        "ELSE 1 END AS rank FROM report_sources rs WHERE rs.report_id = v.report_id AND rs.version = "
        "v.version ORDER BY rank, url) x) AS sources,\n"
        "  (SELECT count(*) FROM report_findings fi WHERE fi.report_id = v.report_id AND fi.version = "
        "v.version) AS findings,\n"
        "  json_array_length(cs.checks) AS checks_total, v.checks_failed AS checks_failed,\n"
        "  (SELECT group_concat(json_extract(j.value, '$.rule'), ', ') FROM json_each(cs.checks) AS j "
        "WHERE json_type(j.value, '$.ok') = 'false') AS failed_rules, cs.parser_version AS parser_version\n"
        "FROM reports r\n"
        "JOIN report_versions v ON v.report_id = r.id\n"
        "JOIN agencies a ON a.id = r.agency_id\n"
        "JOIN sites s ON s.id = r.site_id\n"
        "LEFT JOIN report_sources cs ON cs.document_sha256 = v.document_sha256\n"
        "LEFT JOIN documents d ON d.sha256 = v.document_sha256\n"
        "LEFT JOIN fetches f ON f.id = (SELECT f2.id FROM fetches f2 WHERE f2.sha256 = v.document_sha256 "
        "AND f2.outcome IN ('new', 'unchanged', 'not_modified') ORDER BY f2.fetched_at, f2.id LIMIT 1)"
    ),
    "postgresql": (
        "CREATE VIEW version_overview AS\n"
        "SELECT r.id AS report_id, s.slug AS site, NULLIF(split_part(s.name, ' — ', 1), '') AS region, "
        "a.name AS agency,\n"
        "  r.agency_basis AS agency_basis, r.year AS year, v.version AS version,\n"
        "  v.template AS template, v.title AS title, v.published AS published, v.document_sha256 AS sha256,\n"
        "  d.media_type AS media_type, d.size AS size, COALESCE(f.url, cs.url) AS source_url,\n"
        "  f.fetched_at AS fetched_at, f.id AS fetch_id,\n"
        "  (SELECT min(d2.first_seen) FROM report_sources rs JOIN documents d2 ON d2.sha256 = "
        "rs.document_sha256 WHERE rs.report_id = v.report_id AND rs.version = v.version) AS first_seen,\n"
        "  (SELECT max(d2.last_seen) FROM report_sources rs JOIN documents d2 ON d2.sha256 = "
        "rs.document_sha256 WHERE rs.report_id = v.report_id AND rs.version = v.version) AS last_seen,\n"
        "  v.sources AS source_count, (SELECT string_agg(COALESCE(rs.url, 'sha256:' || "
        "rs.document_sha256), ' ' ORDER BY CASE WHEN rs.document_sha256 = v.document_sha256 THEN 0 ELSE 1 "
        "END, COALESCE(rs.url, 'sha256:' || rs.document_sha256)) FROM report_sources rs WHERE rs.report_id "
        "= v.report_id AND rs.version = v.version) AS sources,\n"
        "  (SELECT count(*) FROM report_findings fi WHERE fi.report_id = v.report_id AND fi.version = "
        "v.version) AS findings,\n"
        "  jsonb_array_length(cs.checks) AS checks_total, v.checks_failed AS checks_failed,\n"
        "  (SELECT string_agg(j.value ->> 'rule', ', ' ORDER BY j.n) FROM jsonb_array_elements(cs.checks) "
        "WITH ORDINALITY AS j(value, n) WHERE j.value -> 'ok' = 'false'::jsonb) AS failed_rules, "
        "cs.parser_version AS parser_version\n"
        "FROM reports r\n"
        "JOIN report_versions v ON v.report_id = r.id\n"
        "JOIN agencies a ON a.id = r.agency_id\n"
        "JOIN sites s ON s.id = r.site_id\n"
        "LEFT JOIN report_sources cs ON cs.document_sha256 = v.document_sha256\n"
        "LEFT JOIN documents d ON d.sha256 = v.document_sha256\n"
        "LEFT JOIN fetches f ON f.id = (SELECT f2.id FROM fetches f2 WHERE f2.sha256 = v.document_sha256 "
        "AND f2.outcome IN ('new', 'unchanged', 'not_modified') ORDER BY f2.fetched_at, f2.id LIMIT 1)"
    ),
}
CREATE_SOURCE_DISAGREEMENTS = (
    "CREATE VIEW source_disagreements AS\n"
    "SELECT fi.report_id AS report_id, s.slug AS site, a.name AS agency, r.year AS year, fi.version AS "
    "version,\n"
    "  fi.table_name AS table_name, fi.row_key AS row_key, fi.column_key AS column_key,\n"
    "  l.row_label AS row_label, l.column_label AS column_label,\n"
    "  fi.canonical_value AS canonical_value, fi.canonical_sha256 AS canonical_sha256, cs.url AS "
    "canonical_url,\n"
    "  fi.value AS value, fi.document_sha256 AS sha256, os.url AS source_url\n"
    "FROM report_findings fi\n"
    "JOIN reports r ON r.id = fi.report_id\n"
    "JOIN agencies a ON a.id = r.agency_id\n"
    "JOIN sites s ON s.id = r.site_id\n"
    "LEFT JOIN report_versions v ON v.report_id = fi.report_id AND v.version = fi.version\n"
    "LEFT JOIN cell_labels l ON l.template = v.template AND l.table_name = fi.table_name\n"
    "  AND l.row_key = fi.row_key AND l.column_key = fi.column_key\n"
    "LEFT JOIN report_sources cs ON cs.document_sha256 = fi.canonical_sha256\n"
    "LEFT JOIN report_sources os ON os.document_sha256 = fi.document_sha256"
)
RESEARCH_VIEWS = ("source_disagreements", "version_overview", "report_overview")


def wide_view_sql(table: str, cells: Sequence[str]) -> str:
    """storage/views.py's wide view of this revision (the same as 0001's), over the cells the table has."""
    columns = ", ".join(f"w.{cell}" for cell in cells)
    return (
        f"CREATE VIEW {table}_wide AS\n"
        "SELECT w.report_id AS report_id, a.name AS agency, w.year AS year, r.template AS template,\n"
        "  r.document_sha256 AS sha256, r.checks_failed AS checks_failed,\n"
        f"  {columns}\n"
        f"FROM wide_{table} w LEFT JOIN reports r ON r.id = w.report_id\n"
        "LEFT JOIN agencies a ON a.id = w.agency_id"
    )


def upgrade() -> None:
    conn = op.get_bind()
    dialect = conn.dialect.name
    if dialect not in CREATE_REPORT_OVERVIEW:
        raise ValueError(f"unsupported dialect {dialect!r}")
    for view in (*RESEARCH_VIEWS, *(f"{t}_wide" for t in WIDE)):
        op.execute(f"DROP VIEW IF EXISTS {view}")
    _allow_skipped(conn, dialect)
    with op.batch_alter_table("fetches") as batch:
        batch.add_column(sa.Column("role", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("context", Json, nullable=True))
    # The old report tables, copied aside (constraints and index names stay free for the new tables).
    for table, aside in OLD.items():
        op.execute(f"CREATE TABLE {aside} AS SELECT * FROM {table}")
    wide_cells = {t: [c["name"] for c in sa.inspect(conn).get_columns(f"_old_wide_{t}")
                      if c["name"] not in ("report_id", "year", "agency_id")] for t in WIDE}
    for table in ("wide_active", "wide_applications", "wide_review", "report_cells", "report_sources", "reports"):
        op.drop_table(table)
    _create_tables(wide_cells)
    groups = _merge(conn, dialect)
    _fill(conn, dialect, groups, wide_cells)
    _roles_of_attachments()
    for aside in (*OLD.values(), "_report_map"):
        op.drop_table(aside)
    for table, cells in wide_cells.items():
        op.execute(wide_view_sql(table, cells))
    op.execute(CREATE_REPORT_OVERVIEW[dialect])
    op.execute(CREATE_VERSION_OVERVIEW[dialect])
    op.execute(CREATE_SOURCE_DISAGREEMENTS)


def downgrade() -> None:
    raise NotImplementedError("0003 merges per-document reports into logical reports: it cannot be undone "
                              "(restore the archive from a copy made before upgrading)")


def _allow_skipped(conn: sa.Connection, dialect: str) -> None:
    """`documents.parse_status` may be `skipped`.  On SQLite the table is not rebuilt (dropping `documents` inside
    the migration's transaction would break the foreign keys of every fetch): a CHECK constraint that only admits
    more values changes nothing on disk, which is the case SQLite documents for editing the schema text in place
    (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes")."""
    if dialect == "postgresql":
        op.execute("ALTER TABLE documents DROP CONSTRAINT ck_documents_parse_status")
        op.execute(f"ALTER TABLE documents ADD CONSTRAINT ck_documents_parse_status CHECK ({PARSE_STATUSES})")
        return
    old = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'documents'").scalar()
    if OLD_PARSE_STATUSES not in old:
        raise RuntimeError("documents: the parse_status constraint is not 0001's; not changing it")
    version = conn.exec_driver_sql("PRAGMA schema_version").scalar()
    conn.exec_driver_sql("PRAGMA writable_schema = ON")
    conn.exec_driver_sql("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'documents'",
                         (old.replace(OLD_PARSE_STATUSES, PARSE_STATUSES),))
    conn.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    conn.exec_driver_sql("PRAGMA writable_schema = OFF")


def _create_tables(wide_cells: dict[str, list[str]]) -> None:
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("agency_basis", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("document_sha256", sa.String(length=64), nullable=False),
        sa.Column("template", sa.String(length=8), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("parser_version", sa.String(length=32), nullable=False),
        sa.Column("checks", Json, nullable=False),
        sa.Column("checks_failed", sa.Integer(), nullable=False),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.Column("updated_at", Timestamp, nullable=False),
        sa.CheckConstraint("agency_basis IN ('report', 'site', 'site_government')",
                           name=op.f("ck_reports_agency_basis")),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"], name=op.f("fk_reports_agency_id_agencies")),
        sa.ForeignKeyConstraint(["document_sha256"], ["documents.sha256"],
                                name=op.f("fk_reports_document_sha256_documents")),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_reports_site_id_sites")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reports")),
        sa.UniqueConstraint("agency_id", "year", name=op.f("uq_reports_agency_id_year")),
    )
    op.create_index("ix_reports_year", "reports", ["year", "checks_failed", "agency_id", "id"])
    op.create_table(
        "report_sources",
        sa.Column("document_sha256", sa.String(length=64), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("agency", sa.String(length=255), nullable=False),
        sa.Column("agency_basis", sa.String(length=16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("template", sa.String(length=8), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("cells", sa.Integer(), nullable=False),
        sa.Column("blank_cells", sa.Integer(), nullable=False),
        sa.Column("parser_version", sa.String(length=32), nullable=False),
        sa.Column("data", Json, nullable=False),
        sa.Column("checks", Json, nullable=False),
        sa.Column("checks_failed", sa.Integer(), nullable=False),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.Column("updated_at", Timestamp, nullable=False),
        sa.ForeignKeyConstraint(["document_sha256"], ["documents.sha256"],
                                name=op.f("fk_report_sources_document_sha256_documents")),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"], name=op.f("fk_report_sources_report_id_reports")),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_report_sources_site_id_sites")),
        sa.PrimaryKeyConstraint("document_sha256", name=op.f("pk_report_sources")),
    )
    op.create_index("ix_report_sources_report_id", "report_sources", ["report_id", "version"])
    op.create_table(
        "report_versions",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("document_sha256", sa.String(length=64), nullable=False),
        sa.Column("template", sa.String(length=8), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("checks_failed", sa.Integer(), nullable=False),
        sa.Column("sources", sa.Integer(), nullable=False),
        sa.Column("first_seen", Timestamp, nullable=False),
        sa.Column("superseded_at", Timestamp, nullable=True),
        sa.ForeignKeyConstraint(["document_sha256"], ["documents.sha256"],
                                name=op.f("fk_report_versions_document_sha256_documents")),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"], name=op.f("fk_report_versions_report_id_reports"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("report_id", "version", name=op.f("pk_report_versions")),
    )
    op.create_table(
        "report_cells",
        sa.Column("report_id", sa.Integer(), nullable=False),
        *_cell_key_columns(),
        sa.Column("value", sa.Numeric(), nullable=True),
        sa.Column("is_blank", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"], name=op.f("fk_report_cells_report_id_reports"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("report_id", "table_name", "row_key", "column_key", name=op.f("pk_report_cells"),
                                postgresql_include=["value"]),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_report_cells_cell", "report_cells", ["table_name", "row_key", "column_key", "value",
                                                             "report_id"])
    op.create_table(
        "version_cells",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        *_cell_key_columns(),
        sa.Column("value", sa.Numeric(), nullable=True),
        sa.Column("is_blank", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"], name=op.f("fk_version_cells_report_id_reports"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("report_id", "version", "table_name", "row_key", "column_key",
                                name=op.f("pk_version_cells")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "report_findings",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        *_cell_key_columns(),
        sa.Column("document_sha256", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Numeric(), nullable=True),
        sa.Column("canonical_sha256", sa.String(length=64), nullable=False),
        sa.Column("canonical_value", sa.Numeric(), nullable=True),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"], name=op.f("fk_report_findings_report_id_reports"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["document_sha256"], ["documents.sha256"],
                                name=op.f("fk_report_findings_document_sha256_documents")),
        sa.ForeignKeyConstraint(["canonical_sha256"], ["documents.sha256"],
                                name=op.f("fk_report_findings_canonical_sha256_documents")),
        sa.PrimaryKeyConstraint("report_id", "version", "table_name", "row_key", "column_key", "document_sha256",
                                name=op.f("pk_report_findings")),
    )
    for table, cells in wide_cells.items():
        name = f"wide_{table}"
        op.create_table(
            name,
            sa.Column("report_id", sa.Integer(), nullable=False),
            sa.Column("year", sa.Integer(), nullable=True),
            sa.Column("agency_id", sa.Integer(), nullable=True),
            *(sa.Column(cell, sa.Numeric(), nullable=True) for cell in cells),
            sa.PrimaryKeyConstraint("report_id", name=f"pk_{name}"),
            sa.ForeignKeyConstraint(["report_id"], ["reports.id"], name=f"fk_{name}_report_id_reports",
                                    ondelete="CASCADE"),
        )
        op.create_index(f"ix_{name}_year", name, ["year", "agency_id"])
        op.create_index(f"ix_{name}_agency", name, ["agency_id", "year"])


def _cell_key_columns() -> list[sa.Column[Any]]:
    return [sa.Column("table_name", sa.String(length=16), nullable=False),
            sa.Column("row_key", sa.String(length=48), nullable=False),
            sa.Column("column_key", sa.String(length=32), nullable=False)]


def _merge(conn: sa.Connection, dialect: str) -> list[dict[str, Any]]:
    """One row per old report: the logical report it joins (`new_id`), whether it is that report's canonical
    source, the report's site and agency, and what its source row needs.  Reports nobody can place (no agency and
    no site government) are returned: their documents go back to pending."""
    ocr = "r.data ->> 'ocr'" if dialect == "postgresql" else "json_extract(r.data, '$.ocr')"
    rows = conn.execute(sa.text(
        f"SELECT r.id, r.document_sha256, r.agency_id, r.year, r.checks_failed, r.published, {ocr} AS ocr, "
        "r.created_at, r.updated_at, "
        "a.name AS agency, a.site_id, d.media_type, d.first_seen, "
        "(SELECT count(*) FROM _old_report_cells c WHERE c.report_id = r.id AND c.value IS NOT NULL) AS cells, "
        "(SELECT count(*) FROM _old_report_cells c WHERE c.report_id = r.id AND c.value IS NULL) AS blank_cells "
        "FROM _old_reports r LEFT JOIN agencies a ON a.id = r.agency_id "
        "LEFT JOIN documents d ON d.sha256 = r.document_sha256 ORDER BY r.id")).mappings().all()
    placed: list[dict[str, Any]] = []
    for row in rows:
        item = dict(row)
        item["url"] = _first_url(conn, item)
        item["site_id"] = item["site_id"] or _site_of(conn, item)
        item["agency_basis"] = "report"
        if item["agency_id"] is None:
            government = _site_government(conn, item["site_id"])
            if government is None:
                _unplace(conn, item)
                continue
            item["agency_id"], item["agency"], item["agency_basis"] = (*government, "site_government")
        placed.append(item)
    groups: dict[Any, list[dict[str, Any]]] = {}
    for item in placed:
        key = (item["agency_id"], item["year"]) if item["year"] is not None else ("document", item["id"])
        groups.setdefault(key, []).append(item)
    for members in groups.values():
        members.sort(key=_completeness)
        new_id = min(m["id"] for m in members)
        first = min(members, key=lambda m: (m["first_seen"], m["document_sha256"]))
        basis = min((m["agency_basis"] for m in members), key=BASES.index)
        for position, member in enumerate(members):
            member.update(new_id=new_id, canonical=int(position == 0), report_site_id=first["site_id"],
                          report_agency_id=member["agency_id"], report_basis=basis,
                          created=min(m["created_at"] for m in members),
                          updated=max(m["updated_at"] for m in members),
                          first_seen=min(m["first_seen"] for m in members), sources=len(members))
    return placed


def _completeness(item: dict[str, Any]) -> tuple[Any, ...]:
    """The canonical rule of this revision: most cells with a number, most cells read, fewest failing checks, a
    reading of the text over OCR, a file over an HTML page, first published, then the SHA-256 (never the order of
    arrival)."""
    html = (item["media_type"] or "").startswith(("text/html", "application/xhtml"))
    ocr = str(item["ocr"]).lower() in ("1", "true")
    return (-item["cells"], -(item["cells"] + item["blank_cells"]), item["checks_failed"], ocr, html,
            str(item["published"] or "9999-12-31"), item["document_sha256"])


def _first_url(conn: sa.Connection, item: dict[str, Any]) -> str | None:
    url = conn.execute(sa.text(
        f"SELECT url FROM fetches WHERE sha256 = :sha AND outcome IN {SERVING} ORDER BY fetched_at, id LIMIT 1"),
        {"sha": item["document_sha256"]}).scalar()
    return url or conn.execute(sa.text("SELECT min(url) FROM _old_report_urls WHERE report_id = :id"),
                               {"id": item["id"]}).scalar()


def _site_of(conn: sa.Connection, item: dict[str, Any]) -> int:
    """The site of a report whose agency names none: its first fetch's crawl, else its URL's host, else local."""
    site = conn.execute(sa.text(
        "SELECT s.id FROM fetches f JOIN crawl_runs c ON c.id = f.run_id JOIN sites s ON s.slug = c.spider "
        f"WHERE f.sha256 = :sha AND f.outcome IN {SERVING} ORDER BY f.fetched_at, f.id LIMIT 1"),
        {"sha": item["document_sha256"]}).scalar()
    if site is not None:
        return int(site)
    url = item["url"] or ""
    scheme, _, rest = url.partition("://")
    host = rest.split("/", 1)[0].split("@")[-1].split(":")[0].lower() if scheme in ("http", "https") else ""
    if not host:
        return _ensure_site(conn, LOCAL_SITE[0], None, LOCAL_SITE[1])
    for site_id, base_url in conn.execute(sa.text("SELECT id, base_url FROM sites WHERE base_url IS NOT NULL")):
        if base_url.partition("://")[2].split("/", 1)[0].split(":")[0].lower() == host:
            return int(site_id)
    return _ensure_site(conn, host[:64], f"{scheme}://{host}", None)


def _ensure_site(conn: sa.Connection, slug: str, base_url: str | None, name: str | None) -> int:
    found = conn.execute(sa.text("SELECT id FROM sites WHERE slug = :slug"), {"slug": slug}).scalar()
    if found is None:
        conn.execute(sa.text("INSERT INTO sites (slug, base_url, name) VALUES (:slug, :url, :name)"),
                     {"slug": slug, "url": base_url, "name": name})
        found = conn.execute(sa.text("SELECT id FROM sites WHERE slug = :slug"), {"slug": slug}).scalar()
    return int(found)


def _site_government(conn: sa.Connection, site_id: int) -> tuple[int, str] | None:
    """The agency row of the government whose site it is (the site's name before ' — ', a government's), when the
    site says."""
    name = conn.execute(sa.text("SELECT name FROM sites WHERE id = :id"), {"id": site_id}).scalar() or ""
    government, separator, _host = name.partition(" — ")
    government = government.strip()[:255]
    if not separator or not government.endswith(GOVERNMENT_ENDINGS):
        return None
    found = conn.execute(sa.text("SELECT id FROM agencies WHERE name = :name"), {"name": government}).scalar()
    if found is None:
        conn.execute(sa.text("INSERT INTO agencies (name, site_id) VALUES (:name, :site)"),
                     {"name": government, "site": site_id})
        found = conn.execute(sa.text("SELECT id FROM agencies WHERE name = :name"), {"name": government}).scalar()
    return int(found), government


def _unplace(conn: sa.Connection, item: dict[str, Any]) -> None:
    conn.execute(sa.text(
        "INSERT INTO report_history (document_sha256, report_id, parser_version, agency, year, template, data, "
        "checks, replaced_at, replaced_by, reason) SELECT document_sha256, id, parser_version, NULL, year, "
        "template, data, checks, :now, 'migration 0003', 'withdrawn' FROM _old_reports WHERE id = :id"),
        {"id": item["id"], "now": item["updated_at"]})
    conn.execute(sa.text("UPDATE documents SET parse_status = 'pending' WHERE sha256 = :sha"),
                 {"sha": item["document_sha256"]})


def _roles_of_attachments() -> None:
    """The roles a crawl left proof of.  Before this revision a crawl recorded, with an attachment's report, the
    page the spider found the attachment on (a URL in its report's URL list that never served its bytes): that
    page was fetched as a report's page, the attachment as an attachment.  Every other fetch keeps no role."""
    named = ("SELECT o.document_sha256, u.url FROM _old_reports o JOIN _old_report_urls u ON u.report_id = o.id "
             "WHERE NOT EXISTS (SELECT 1 FROM fetches f WHERE f.sha256 = o.document_sha256 "
             "AND (f.url = u.url OR f.final_url = u.url))")
    op.execute(f"UPDATE fetches SET role = 'attachment' WHERE role IS NULL AND outcome IN {SERVING} "
               f"AND sha256 IN (SELECT n.document_sha256 FROM ({named}) n)")
    op.execute(f"UPDATE fetches SET role = 'report' WHERE role IS NULL AND outcome IN {SERVING} "
               f"AND url IN (SELECT n.url FROM ({named}) n)")
    op.execute("UPDATE report_sources SET role = (SELECT max(f.role) FROM fetches f "
               "WHERE f.sha256 = report_sources.document_sha256 AND f.role IN ('report', 'attachment'))")


def _fill(conn: sa.Connection, dialect: str, placed: list[dict[str, Any]], wide_cells: dict[str, list[str]]) -> None:
    mapping = sa.table("_report_map", *(sa.column(c) for c in (
        "old_id", "new_id", "canonical", "site_id", "report_site_id", "agency_id", "agency_basis", "report_agency_id",
        "report_basis", "agency", "url", "cells", "blank_cells", "created", "updated", "first_seen", "sources")))
    op.create_table(
        "_report_map", sa.Column("old_id", sa.Integer()), sa.Column("new_id", sa.Integer()),
        sa.Column("canonical", sa.Integer()), sa.Column("site_id", sa.Integer()),
        sa.Column("report_site_id", sa.Integer()), sa.Column("agency_id", sa.Integer()),
        sa.Column("agency_basis", sa.String(16)), sa.Column("report_agency_id", sa.Integer()),
        sa.Column("report_basis", sa.String(16)), sa.Column("agency", sa.String(255)), sa.Column("url", sa.Text()),
        sa.Column("cells", sa.Integer()), sa.Column("blank_cells", sa.Integer()), sa.Column("created", Timestamp),
        sa.Column("updated", Timestamp), sa.Column("first_seen", Timestamp), sa.Column("sources", sa.Integer()))
    if placed:
        conn.execute(mapping.insert(), [{
            "old_id": p["id"], "new_id": p["new_id"], "canonical": p["canonical"], "site_id": p["site_id"],
            "report_site_id": p["report_site_id"],
            "agency_id": p["agency_id"], "agency_basis": p["agency_basis"],
            "report_agency_id": p["report_agency_id"], "report_basis": p["report_basis"], "agency": p["agency"],
            "url": p["url"], "cells": p["cells"], "blank_cells": p["blank_cells"], "created": p["created"],
            "updated": p["updated"], "first_seen": p["first_seen"], "sources": p["sources"]} for p in placed])
    canonical = "m.canonical = 1"
    op.execute(
        "INSERT INTO reports (id, site_id, agency_id, agency_basis, year, version, document_sha256, template, title, "
        "published, parser_version, checks, checks_failed, created_at, updated_at) "
        "SELECT m.new_id, m.report_site_id, m.report_agency_id, m.report_basis, o.year, 1, o.document_sha256, "
        "o.template, o.title, o.published, o.parser_version, o.checks, o.checks_failed, m.created, m.updated "
        f"FROM _report_map m JOIN _old_reports o ON o.id = m.old_id WHERE {canonical}")
    op.execute(
        "INSERT INTO report_sources (document_sha256, report_id, version, site_id, role, url, agency, agency_basis, "
        "year, template, title, published, cells, blank_cells, parser_version, data, checks, checks_failed, "
        "created_at, updated_at) SELECT o.document_sha256, m.new_id, 1, m.site_id, NULL, m.url, m.agency, "
        "m.agency_basis, o.year, o.template, o.title, o.published, m.cells, m.blank_cells, o.parser_version, "
        "o.data, o.checks, o.checks_failed, o.created_at, o.updated_at "
        "FROM _report_map m JOIN _old_reports o ON o.id = m.old_id")
    op.execute(
        "INSERT INTO report_versions (report_id, version, document_sha256, template, title, published, "
        "checks_failed, sources, first_seen, superseded_at) SELECT m.new_id, 1, o.document_sha256, o.template, "
        "o.title, o.published, o.checks_failed, m.sources, m.first_seen, NULL "
        f"FROM _report_map m JOIN _old_reports o ON o.id = m.old_id WHERE {canonical}")
    op.execute(
        "INSERT INTO report_cells (report_id, table_name, row_key, column_key, value, is_blank) "
        "SELECT m.new_id, c.table_name, c.row_key, c.column_key, c.value, c.is_blank "
        f"FROM _old_report_cells c JOIN _report_map m ON m.old_id = c.report_id WHERE {canonical}")
    for table, cells in wide_cells.items():
        columns = ", ".join(cells)
        selected = ", ".join(f"w.{cell}" for cell in cells)
        op.execute(
            f"INSERT INTO wide_{table} (report_id, year, agency_id, {columns}) "
            f"SELECT m.new_id, o.year, m.report_agency_id, {selected} FROM _old_wide_{table} w "
            f"JOIN _report_map m ON m.old_id = w.report_id JOIN _old_reports o ON o.id = m.old_id WHERE {canonical}")
    differs = "c.value IS DISTINCT FROM k.value" if dialect == "postgresql" else "c.value IS NOT k.value"
    op.execute(
        "INSERT INTO report_findings (report_id, version, table_name, row_key, column_key, document_sha256, value, "
        "canonical_sha256, canonical_value) SELECT m.new_id, 1, c.table_name, c.row_key, c.column_key, "
        "o.document_sha256, c.value, ko.document_sha256, k.value "
        "FROM _old_report_cells c JOIN _report_map m ON m.old_id = c.report_id AND m.canonical = 0 "
        "JOIN _report_map km ON km.new_id = m.new_id AND km.canonical = 1 "
        "JOIN _old_report_cells k ON k.report_id = km.old_id AND k.table_name = c.table_name "
        "AND k.row_key = c.row_key AND k.column_key = c.column_key "
        "JOIN _old_reports o ON o.id = m.old_id JOIN _old_reports ko ON ko.id = km.old_id "
        f"WHERE {differs}")
    if dialect == "postgresql":  # ids were given explicitly: the sequence must continue after them
        op.execute("SELECT setval(pg_get_serial_sequence('reports', 'id'), COALESCE(max(id), 0) + 1, false) "
                   "FROM reports")
