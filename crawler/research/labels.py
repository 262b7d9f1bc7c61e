"""The Chinese label of every cell, row and column, derived from crawler/parse/template.py.

The database's `cell_labels` view, Datasette's column descriptions, the Parquet field metadata and the schema in
docs/research.md are all generated from here, so a row or column code is defined in template.py and nowhere else.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from crawler.parse import template
from storage import views as storage_views


@dataclass(frozen=True)
class CellLabel:
    """One cell of one template: its codes and the labels the official form prints."""

    template: str
    table: str
    row: str
    column: str
    table_label: str
    row_group: str  # the merged heading the row sits under ("" when none)
    row_label: str
    column_label: str


@dataclass(frozen=True)
class WideColumn:
    """A column `<row>_<column>` of a wide view, described across the templates that have it."""

    name: str
    table: str
    row: str
    column: str
    templates: tuple[str, ...]
    row_label: str  # "group · label"; labels that differ between templates are joined with " / "
    column_label: str

    @property
    def description(self) -> str:
        only = "" if len(self.templates) == len(template.TEMPLATES) else f"（仅{'/'.join(self.templates)}模板）"
        return f"{self.row_label} — {self.column_label}{only}"


@cache
def cell_labels() -> tuple[CellLabel, ...]:
    """Every (template, table, row, column) of both official templates, in the order the forms print them."""
    found = []
    for name in template.TEMPLATES:
        for table in template.TABLES:
            for row in template.rows(name, table):
                for column in row.columns:
                    found.append(CellLabel(name, table, row.key, column, template.TABLE_TITLES[table], row.group,
                                           row.label, template.column_label(name, table, row.key, column)))
    return tuple(found)


def row_title(label: CellLabel) -> str:
    return f"{label.row_group} · {label.row_label}" if label.row_group else label.row_label


@cache
def wide_columns(table: str) -> tuple[WideColumn, ...]:
    """The cell columns of `<table>_wide`, in the view's order (storage.views), with their labels."""
    by_cell: dict[tuple[str, str], list[CellLabel]] = {}
    for label in cell_labels():
        if label.table == table:
            by_cell.setdefault((label.row, label.column), []).append(label)
    columns = []
    for row, column in storage_views.wide_columns(table):
        labels = sorted(by_cell[(row, column)], key=lambda lab: lab.template)
        columns.append(WideColumn(
            storage_views.view_column(row, column), table, row, column, tuple(lab.template for lab in labels),
            _joined(row_title(lab) for lab in labels), _joined(lab.column_label for lab in labels)))
    return tuple(columns)


def column_descriptions(table: str) -> dict[str, str]:
    """Wide view column name → Chinese description (Datasette metadata, Parquet field metadata)."""
    return {col.name: col.description for col in wide_columns(table)}


def _joined(values: Iterable[str]) -> str:
    return " / ".join(dict.fromkeys(values))
