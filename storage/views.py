"""Wide SQL views over the tidy `report_cells` table: one row per report, one column per (row, column) cell.

`applications_wide.new_total` is the cell (applications, new, total).  The column list is generated from
crawler/parse/template.py (both templates; a cell one template lacks is NULL for reports of the other), so row and
column codes exist in one place.  Each cell is a scalar subquery on the cells' primary key rather than a pivot with
GROUP BY: both SQLite and PostgreSQL flatten such a view into the outer query, so a query that reads two columns
of 100 000 reports looks up two cells per report instead of aggregating all of them.

When the template changes, add a migration that calls `drop_views` and `create_views` again.
"""

from __future__ import annotations

from collections.abc import Iterator

from crawler.parse import template

WIDE_VIEWS = {table: f"{table}_wide" for table in template.TABLES}


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


def create_view_sql(table: str) -> str:
    cells = ",\n  ".join(
        f"(SELECT c.value FROM report_cells c WHERE c.report_id = r.id AND c.table_name = '{table}' "
        f"AND c.row_key = '{row}' AND c.column_key = '{column}') AS {view_column(row, column)}"
        for row, column in wide_columns(table)
    )
    return (
        f"CREATE VIEW {WIDE_VIEWS[table]} AS\n"
        "SELECT r.id AS report_id, a.name AS agency, r.year AS year, r.template AS template,\n"
        "  r.document_sha256 AS sha256, r.checks_failed AS checks_failed,\n"
        f"  {cells}\n"
        "FROM reports r LEFT JOIN agencies a ON a.id = r.agency_id"
    )


def create_views() -> Iterator[str]:
    for table in template.TABLES:
        yield create_view_sql(table)


def drop_views() -> Iterator[str]:
    for table in template.TABLES:
        yield f"DROP VIEW IF EXISTS {WIDE_VIEWS[table]}"
