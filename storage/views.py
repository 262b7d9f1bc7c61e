"""One wide row per report for researchers: `active_wide`, `applications_wide`, `review_wide`.

`applications_wide.new_total` is the cell (applications, new, total).  The column list is generated from
crawler/parse/template.py (both templates; a cell one template lacks is NULL for reports of the other), so row and
column codes exist in one place.

The tidy `report_cells` table is the record; the wide form is derived from it in the same transaction into the
tables `wide_<table>` (one row per report, one column per cell, written by storage.report_store), and the views add
agency names and report attributes.  A pivot of `report_cells` computed at query time would cost one lookup per
cell per report: a year's cross-section of 14 000 reports, `SELECT *`, is 2.5 million lookups; from the wide
table it is 14 000 rows.

When the template changes, add a migration that adds the new columns to the wide tables, re-creates the views
(`drop_views`, `create_views`) and fills the new columns from `report_cells`.
"""

from __future__ import annotations

from collections.abc import Iterator

import sqlalchemy as sa

from crawler.parse import template

WIDE_VIEWS = {table: f"{table}_wide" for table in template.TABLES}
WIDE_TABLES = {table: f"wide_{table}" for table in template.TABLES}
REPORT_COLUMNS = ("report_id", "agency", "year", "template", "sha256", "checks_failed")  # before the cells


def wide_columns(table: str) -> list[tuple[str, str]]:
    """(row, column) pairs of a table across both templates, newest template first, each pair once."""
    seen: dict[tuple[str, str], None] = {}
    for name in sorted(template.TEMPLATES, reverse=True):
        for row in template.rows(name, table):
            for column in row.columns:
                seen.setdefault((row.key, column), None)
    return list(seen)


def view_column(row: str, column: str) -> str:
    return f"{row}_{column}"


def wide_table_schema(table: str) -> list[sa.Column | sa.Constraint]:
    """Columns and constraints of `wide_<table>` (fresh objects each call: models and migrations both use them)."""
    name = WIDE_TABLES[table]
    return [
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),  # copied from reports: the views filter on it
        sa.Column("agency_id", sa.Integer(), nullable=True),
        *(sa.Column(view_column(row, column), sa.Double(), nullable=True) for row, column in wide_columns(table)),
        sa.PrimaryKeyConstraint("report_id", name=f"pk_{name}"),
        sa.ForeignKeyConstraint(["report_id"], ["reports.id"], name=f"fk_{name}_report_id_reports",
                                ondelete="CASCADE"),
    ]


def wide_table_indexes(table: str) -> list[tuple[str, list[str]]]:
    name = WIDE_TABLES[table]
    return [(f"ix_{name}_year", ["year", "agency_id"]), (f"ix_{name}_agency", ["agency_id", "year"])]


def create_view_sql(table: str) -> str:
    cells = ", ".join(f"w.{view_column(row, column)}" for row, column in wide_columns(table))
    # LEFT JOIN to reports on its key: PostgreSQL drops the join when a query reads no report attribute.
    return (
        f"CREATE VIEW {WIDE_VIEWS[table]} AS\n"
        "SELECT w.report_id AS report_id, a.name AS agency, w.year AS year, r.template AS template,\n"
        "  r.document_sha256 AS sha256, r.checks_failed AS checks_failed,\n"
        f"  {cells}\n"
        f"FROM {WIDE_TABLES[table]} w LEFT JOIN reports r ON r.id = w.report_id\n"
        "LEFT JOIN agencies a ON a.id = w.agency_id"
    )


def create_views() -> Iterator[str]:
    for table in template.TABLES:
        yield create_view_sql(table)


def drop_views() -> Iterator[str]:
    for table in template.TABLES:
        yield f"DROP VIEW IF EXISTS {WIDE_VIEWS[table]}"
