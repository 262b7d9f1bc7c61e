"""One wide row per report for researchers: `active_wide`, `applications_wide`, `review_wide`.

`applications_wide.new_total` is the cell (applications, new, total).  The cells are those of both official
templates (a cell one template lacks is NULL for reports of the other), listed below as part of the schema: storage
does not read the template (crawler/parse/template.py), and a test checks that the two agree.

The tidy `report_cells` table is the record; the wide form is derived from it in the same transaction into the
tables `wide_<table>` (one row per report, one column per cell, written by storage.report_store), and the views add
agency names and report attributes.  A pivot of `report_cells` computed at query time would cost one lookup per
cell per report: a year's cross-section of 14 000 reports, `SELECT *`, is 2.5 million lookups; from the wide
table it is 14 000 rows.

When the template changes, add the new cells here and a migration that adds the new columns to the wide tables,
re-creates the views (`drop_views`, `create_views`) and fills the new columns from `report_cells`.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa

# (row, column) of every cell of each report table across both templates, newest template first, each cell once:
# the order of the wide tables' and views' columns.
WIDE_CELLS: dict[str, tuple[tuple[str, str], ...]] = {
    "active": (
        ("rules", "issued"), ("rules", "repealed"), ("rules", "in_force"), ("normative_documents", "issued"),
        ("normative_documents", "repealed"), ("normative_documents", "in_force"), ("licensing", "decisions"),
        ("punishment", "decisions"), ("coercion", "decisions"), ("fees", "amount"), ("rules", "new_made"),
        ("rules", "new_published"), ("rules", "total_published"), ("normative_documents", "new_made"),
        ("normative_documents", "new_published"), ("normative_documents", "total_published"),
        ("licensing", "prev_items"), ("licensing", "change"), ("other_services", "prev_items"),
        ("other_services", "change"), ("other_services", "decisions"), ("punishment", "prev_items"),
        ("punishment", "change"), ("coercion", "prev_items"), ("coercion", "change"), ("fees", "prev_items"),
        ("fees", "change"), ("procurement", "projects"), ("procurement", "amount"),
    ),
    "applications": (
        ("new", "natural_person"), ("new", "commercial"), ("new", "research"), ("new", "social_welfare"),
        ("new", "legal_services"), ("new", "other_org"), ("new", "total"), ("carried_over", "natural_person"),
        ("carried_over", "commercial"), ("carried_over", "research"), ("carried_over", "social_welfare"),
        ("carried_over", "legal_services"), ("carried_over", "other_org"), ("carried_over", "total"),
        ("granted", "natural_person"), ("granted", "commercial"), ("granted", "research"),
        ("granted", "social_welfare"), ("granted", "legal_services"), ("granted", "other_org"), ("granted", "total"),
        ("partial", "natural_person"), ("partial", "commercial"), ("partial", "research"),
        ("partial", "social_welfare"), ("partial", "legal_services"), ("partial", "other_org"), ("partial", "total"),
        ("denied_state_secret", "natural_person"), ("denied_state_secret", "commercial"),
        ("denied_state_secret", "research"), ("denied_state_secret", "social_welfare"),
        ("denied_state_secret", "legal_services"), ("denied_state_secret", "other_org"),
        ("denied_state_secret", "total"), ("denied_prohibited", "natural_person"),
        ("denied_prohibited", "commercial"), ("denied_prohibited", "research"),
        ("denied_prohibited", "social_welfare"), ("denied_prohibited", "legal_services"),
        ("denied_prohibited", "other_org"), ("denied_prohibited", "total"), ("denied_security", "natural_person"),
        ("denied_security", "commercial"), ("denied_security", "research"), ("denied_security", "social_welfare"),
        ("denied_security", "legal_services"), ("denied_security", "other_org"), ("denied_security", "total"),
        ("denied_third_party", "natural_person"), ("denied_third_party", "commercial"),
        ("denied_third_party", "research"), ("denied_third_party", "social_welfare"),
        ("denied_third_party", "legal_services"), ("denied_third_party", "other_org"),
        ("denied_third_party", "total"), ("denied_internal", "natural_person"), ("denied_internal", "commercial"),
        ("denied_internal", "research"), ("denied_internal", "social_welfare"),
        ("denied_internal", "legal_services"), ("denied_internal", "other_org"), ("denied_internal", "total"),
        ("denied_process", "natural_person"), ("denied_process", "commercial"), ("denied_process", "research"),
        ("denied_process", "social_welfare"), ("denied_process", "legal_services"), ("denied_process", "other_org"),
        ("denied_process", "total"), ("denied_enforcement_file", "natural_person"),
        ("denied_enforcement_file", "commercial"), ("denied_enforcement_file", "research"),
        ("denied_enforcement_file", "social_welfare"), ("denied_enforcement_file", "legal_services"),
        ("denied_enforcement_file", "other_org"), ("denied_enforcement_file", "total"),
        ("denied_inquiry", "natural_person"), ("denied_inquiry", "commercial"), ("denied_inquiry", "research"),
        ("denied_inquiry", "social_welfare"), ("denied_inquiry", "legal_services"), ("denied_inquiry", "other_org"),
        ("denied_inquiry", "total"), ("unavailable_not_held", "natural_person"),
        ("unavailable_not_held", "commercial"), ("unavailable_not_held", "research"),
        ("unavailable_not_held", "social_welfare"), ("unavailable_not_held", "legal_services"),
        ("unavailable_not_held", "other_org"), ("unavailable_not_held", "total"),
        ("unavailable_needs_creation", "natural_person"), ("unavailable_needs_creation", "commercial"),
        ("unavailable_needs_creation", "research"), ("unavailable_needs_creation", "social_welfare"),
        ("unavailable_needs_creation", "legal_services"), ("unavailable_needs_creation", "other_org"),
        ("unavailable_needs_creation", "total"), ("unavailable_unclear", "natural_person"),
        ("unavailable_unclear", "commercial"), ("unavailable_unclear", "research"),
        ("unavailable_unclear", "social_welfare"), ("unavailable_unclear", "legal_services"),
        ("unavailable_unclear", "other_org"), ("unavailable_unclear", "total"),
        ("rejected_petition", "natural_person"), ("rejected_petition", "commercial"),
        ("rejected_petition", "research"), ("rejected_petition", "social_welfare"),
        ("rejected_petition", "legal_services"), ("rejected_petition", "other_org"), ("rejected_petition", "total"),
        ("rejected_duplicate", "natural_person"), ("rejected_duplicate", "commercial"),
        ("rejected_duplicate", "research"), ("rejected_duplicate", "social_welfare"),
        ("rejected_duplicate", "legal_services"), ("rejected_duplicate", "other_org"),
        ("rejected_duplicate", "total"), ("rejected_publication", "natural_person"),
        ("rejected_publication", "commercial"), ("rejected_publication", "research"),
        ("rejected_publication", "social_welfare"), ("rejected_publication", "legal_services"),
        ("rejected_publication", "other_org"), ("rejected_publication", "total"),
        ("rejected_excessive", "natural_person"), ("rejected_excessive", "commercial"),
        ("rejected_excessive", "research"), ("rejected_excessive", "social_welfare"),
        ("rejected_excessive", "legal_services"), ("rejected_excessive", "other_org"),
        ("rejected_excessive", "total"), ("rejected_confirmation", "natural_person"),
        ("rejected_confirmation", "commercial"), ("rejected_confirmation", "research"),
        ("rejected_confirmation", "social_welfare"), ("rejected_confirmation", "legal_services"),
        ("rejected_confirmation", "other_org"), ("rejected_confirmation", "total"),
        ("other_no_correction", "natural_person"), ("other_no_correction", "commercial"),
        ("other_no_correction", "research"), ("other_no_correction", "social_welfare"),
        ("other_no_correction", "legal_services"), ("other_no_correction", "other_org"),
        ("other_no_correction", "total"), ("other_no_fee", "natural_person"), ("other_no_fee", "commercial"),
        ("other_no_fee", "research"), ("other_no_fee", "social_welfare"), ("other_no_fee", "legal_services"),
        ("other_no_fee", "other_org"), ("other_no_fee", "total"), ("other_other", "natural_person"),
        ("other_other", "commercial"), ("other_other", "research"), ("other_other", "social_welfare"),
        ("other_other", "legal_services"), ("other_other", "other_org"), ("other_other", "total"),
        ("handled_total", "natural_person"), ("handled_total", "commercial"), ("handled_total", "research"),
        ("handled_total", "social_welfare"), ("handled_total", "legal_services"), ("handled_total", "other_org"),
        ("handled_total", "total"), ("carried_forward", "natural_person"), ("carried_forward", "commercial"),
        ("carried_forward", "research"), ("carried_forward", "social_welfare"),
        ("carried_forward", "legal_services"), ("carried_forward", "other_org"), ("carried_forward", "total"),
        ("other", "natural_person"), ("other", "commercial"), ("other", "research"), ("other", "social_welfare"),
        ("other", "legal_services"), ("other", "other_org"), ("other", "total"),
    ),
    "review": (
        ("review", "upheld"), ("review", "corrected"), ("review", "other"), ("review", "pending"),
        ("review", "total"), ("litigation_direct", "upheld"), ("litigation_direct", "corrected"),
        ("litigation_direct", "other"), ("litigation_direct", "pending"), ("litigation_direct", "total"),
        ("litigation_after_review", "upheld"), ("litigation_after_review", "corrected"),
        ("litigation_after_review", "other"), ("litigation_after_review", "pending"),
        ("litigation_after_review", "total"),
    ),
}

class CellValue(sa.TypeDecorator[Any]):
    """A report cell: exact on both dialects (NUMERIC), read back as an int when whole (counts) and a float when
    not (money in 万元 keeps its decimals).  SQLite's NUMERIC affinity stores whole values as integers."""

    impl = sa.Numeric
    cache_ok = True

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> int | float | None:
        if value is None:
            return None
        if isinstance(value, decimal.Decimal):
            return int(value) if value == value.to_integral_value() else float(value)
        if isinstance(value, float) and value.is_integer():
            return int(value)
        return value  # an int or a float from SQLite


# Columns that hold money (万元, with decimals: 行政事业性收费 and 政府集中采购 amounts); every other cell is a count.
MONEY_COLUMNS = frozenset({"amount"})


def is_money(column: str) -> bool:
    return column in MONEY_COLUMNS


TABLES = tuple(WIDE_CELLS)
WIDE_VIEWS = {table: f"{table}_wide" for table in TABLES}
WIDE_TABLES = {table: f"wide_{table}" for table in TABLES}
REPORT_COLUMNS = ("report_id", "agency", "year", "template", "sha256", "checks_failed")  # before the cells


def wide_columns(table: str) -> list[tuple[str, str]]:
    """(row, column) pairs of a table's cells, in column order."""
    return list(WIDE_CELLS[table])


def view_column(row: str, column: str) -> str:
    return f"{row}_{column}"


def wide_table_schema(table: str) -> list[sa.Column | sa.Constraint]:
    """Columns and constraints of `wide_<table>` (fresh objects each call: models and migrations both use them)."""
    name = WIDE_TABLES[table]
    return [
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),  # copied from reports: the views filter on it
        sa.Column("agency_id", sa.Integer(), nullable=True),
        *(sa.Column(view_column(row, column), CellValue(), nullable=True) for row, column in wide_columns(table)),
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
    for table in TABLES:
        yield create_view_sql(table)


def drop_views() -> Iterator[str]:
    for table in TABLES:
        yield f"DROP VIEW IF EXISTS {WIDE_VIEWS[table]}"
