"""What can be exported, and how it is filtered: SQLAlchemy Core statements with bound parameters only.

Every dataset carries the report's provenance (report id, site, agency, year, version, template, the canonical
file's SHA-256, the first URL that served it and when, every source that carries the report), so a number taken
out of the archive still says where it came from.  Rows are reports (one agency, one year), never documents.

Datasets (each report's latest version; `history=True`: every version, the superseded ones too):
- `reports`       `report_overview`: one row per report
- `applications`, `active`, `review`   the provenance columns, then the cells of that table's wide view
- `cells`         the tidy cells (one row per report and cell) with the Chinese labels of their row and column
- `findings`      `source_disagreements`: the cells on which a report's sources disagree

Filters (`Filters.parse`): years ("2021", "2019-2023", "2019-": crawler/years.py), agency (a substring of the name),
site (exact spider name), template ("2019" / "2021").  User text only ever reaches the database as a bound parameter.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from crawler.errors import NianbaoError
from crawler.parse import template
from crawler.research import labels, views
from crawler.years import parse_years
from storage import views as storage_views
from storage.models import Report, ReportCell, VersionCell
from storage.views import CellValue

reports = Report.__table__

DATASETS = ("reports", "applications", "active", "review", "cells", "findings")
PROVENANCE = ("report_id", "site", "region", "agency", "agency_basis", "year", "version", "template", "sha256",
              "source_url", "fetched_at", "sources", "findings", "checks_failed", "failed_rules")


class ResearchInputError(NianbaoError):
    """A dataset name, filter or output the user gave cannot be used (explained in one line)."""


@dataclass(frozen=True)
class Filters:
    years: tuple[int, int] | None = None
    agency: str | None = None
    site: str | None = None
    template: str | None = None

    @classmethod
    def parse(cls, *, year: str | int | None = None, agency: str | None = None, site: str | None = None,
              template_name: str | None = None) -> Filters:
        return cls(parse_years(year), _text(agency, "agency"), _text(site, "site"), parse_template(template_name))


def parse_template(text: str | None) -> str | None:
    if text is None or text == "":
        return None
    if text not in template.TEMPLATES:
        raise ResearchInputError(f"--template {text!r}: the templates are {', '.join(template.TEMPLATES)}")
    return text


def _text(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if not value:
        raise ResearchInputError(f"--{name} is empty")
    if len(value) > 255 or any(ord(ch) < 32 for ch in value):
        raise ResearchInputError(f"--{name} {value[:40]!r}…: not a name (too long or control characters)")
    return value


def check_dataset(name: str) -> str:
    if name not in DATASETS:
        raise ResearchInputError(f"unknown table {name!r} (choose from {', '.join(DATASETS)})")
    return name


@dataclass(frozen=True)
class Column:
    """A column of an exported dataset: its name, kind (for Parquet) and description (labels, docs)."""

    name: str
    kind: str  # int | float | number (an int or a float: the tidy cells) | text | datetime | date | bool
    description: str
    title: str = ""  # the Chinese label, when the description does not start with it (a wide view's cells)


_KINDS = {sa.Integer: "int", sa.BigInteger: "int", sa.Double: "float", sa.Float: "float", sa.DateTime: "datetime",
          sa.Date: "date", sa.Boolean: "bool", sa.String: "text"}


def _kind(type_: sa.types.TypeEngine) -> str:
    if isinstance(type_, CellValue):
        return "number"
    type_ = getattr(type_, "impl_instance", type_)
    for base, kind in _KINDS.items():
        if isinstance(type_, base):
            return kind
    return "text"


def _overview_columns() -> dict[str, Column]:
    return {c.name: Column(c.name, _kind(c.type), c.description) for c in views.OVERVIEW_COLUMNS}


def _wide_view(table: str) -> sa.TableClause:
    return sa.table(storage_views.WIDE_VIEWS[table], sa.column("report_id", sa.Integer()),
                    *(sa.column(col.name, CellValue()) for col in labels.wide_columns(table)))


def _cell_kind(column_key: str) -> str:
    """Counts are whole numbers; money (万元) keeps its decimals."""
    return "float" if storage_views.is_money(column_key) else "int"


def _superseded_wide(table: str) -> sa.Subquery:
    """The wide rows of superseded versions, pivoted from `version_cells` (rare: only revised reports have any)."""
    cells = VersionCell.__table__
    pivot = [sa.func.max(sa.case((sa.and_(cells.c.row_key == col.row, cells.c.column_key == col.column),
                                  cells.c.value))).label(col.name) for col in labels.wide_columns(table)]
    return (sa.select(cells.c.report_id, cells.c.version, *pivot).where(cells.c.table_name == table)
            .group_by(cells.c.report_id, cells.c.version).subquery(f"superseded_{table}"))


@dataclass(frozen=True)
class Dataset:
    name: str
    statement: sa.Select[Any]
    columns: tuple[Column, ...]


def dataset(name: str, filters: Filters | None = None, *, history: bool = False) -> Dataset:
    """The statement and columns of a dataset, filtered; rows come in report order (then version, then cell order).
    `history`: every version of each report, not only its latest."""
    check_dataset(name)
    overview = views.overview_table(history=history)
    described = _overview_columns()
    where = _conditions(overview, filters or Filters())
    order = (overview.c.report_id, overview.c.version)
    if name == "reports":
        statement = sa.select(overview).where(*where).order_by(*order)
        return Dataset(name, statement, tuple(described.values()))
    provenance = [overview.c[c] for c in PROVENANCE]
    columns = tuple(described[c] for c in PROVENANCE)
    if name == "cells":
        return _cells_dataset(overview, provenance, where, columns, history)
    if name == "findings":
        return _findings_dataset(overview, where, history)
    wide_columns = labels.wide_columns(name)
    columns += tuple(Column(col.name, _cell_kind(col.column), col.description, f"{col.row_label} — {col.column_label}")
                     for col in wide_columns)
    wide = _wide_view(name)
    latest = sa.select(*provenance, *(wide.c[col.name] for col in wide_columns)).select_from(
        overview.join(wide, wide.c.report_id == overview.c.report_id)).where(*where)
    if not history:
        return Dataset(name, latest.order_by(*order), columns)
    old = _superseded_wide(name)
    superseded = sa.select(*provenance, *(old.c[col.name] for col in wide_columns)).select_from(
        overview.join(old, sa.and_(old.c.report_id == overview.c.report_id, old.c.version == overview.c.version))
    ).where(*where)
    latest = latest.join(reports, _is_latest(overview))
    both = sa.union_all(latest, superseded).subquery("versions")
    return Dataset(name, sa.select(both).order_by(both.c.report_id, both.c.version), columns)


def _is_latest(overview: sa.TableClause) -> Any:
    """`version_overview` rows of each report's latest version (whose cells are `report_cells` and the wide views)."""
    return sa.and_(reports.c.id == overview.c.report_id, reports.c.version == overview.c.version)


def _cells_dataset(overview: sa.TableClause, provenance: list[sa.ColumnClause[Any]], where: list[Any],
                   columns: tuple[Column, ...], history: bool) -> Dataset:
    names = views.labels_table()

    def rows(cells: sa.Table, joined: Any) -> sa.Select[Any]:
        labelled = sa.and_(names.c.template == overview.c.template, names.c.table_name == cells.c.table_name,
                           names.c.row_key == cells.c.row_key, names.c.column_key == cells.c.column_key)
        return (sa.select(*provenance, cells.c.table_name, cells.c.row_key, cells.c.column_key, names.c.row_group,
                          names.c.row_label, names.c.column_label, cells.c.value, cells.c.is_blank)
                .select_from(overview.join(cells, joined).outerjoin(names, labelled)).where(*where))

    current, old = ReportCell.__table__, VersionCell.__table__
    latest = rows(current, current.c.report_id == overview.c.report_id)
    if history:
        latest = latest.join(reports, _is_latest(overview))
        superseded = rows(old, sa.and_(old.c.report_id == overview.c.report_id, old.c.version == overview.c.version))
        found = sa.union_all(latest, superseded).subquery("cells")
    else:
        found = latest.subquery("cells")
    label_descriptions = {c.name: c.description for c in views.LABEL_COLUMNS}
    columns += (*(Column(name, "text", label_descriptions[name]) for name in (
                    "table_name", "row_key", "column_key", "row_group", "row_label", "column_label")),
                Column("value", "number", "数值 the cell's number (NULL when blank): counts whole, 万元 decimal"),
                Column("is_blank", "bool", "the report left the cell empty"))
    statement = sa.select(found).order_by(found.c.report_id, found.c.version, found.c.table_name, found.c.row_key,
                                          found.c.column_key)
    return Dataset("cells", statement, columns)


def _findings_dataset(overview: sa.TableClause, where: list[Any], history: bool) -> Dataset:
    found = views.disagreements_table()
    joined = sa.and_(found.c.report_id == overview.c.report_id, found.c.version == overview.c.version)
    statement = (sa.select(found).select_from(overview.join(found, joined)).where(*where)
                 .order_by(found.c.report_id, found.c.version, found.c.table_name, found.c.row_key,
                           found.c.column_key, found.c.sha256))
    columns = tuple(Column(c.name, _kind(c.type), c.description) for c in views.DISAGREEMENT_COLUMNS)
    return Dataset("findings", statement, columns)


def _conditions(overview: sa.TableClause, filters: Filters) -> list[Any]:
    where: list[Any] = []
    if filters.years:
        where.append(overview.c.year.between(*filters.years))
    if filters.agency:
        # contains(autoescape=True): the text is a bound parameter with % and _ escaped, never SQL.
        where.append(overview.c.agency.contains(filters.agency, autoescape=True))
    if filters.site:
        where.append(overview.c.site == filters.site)
    if filters.template:
        where.append(overview.c.template == filters.template)
    return where


def count_statement(data: Dataset) -> sa.Select[Any]:
    return sa.select(sa.func.count()).select_from(data.statement.order_by(None).subquery())
