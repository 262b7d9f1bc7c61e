"""What can be exported, and how it is filtered: SQLAlchemy Core statements with bound parameters only.

Every dataset carries the report's provenance (report id, site, agency, year, template, the file's SHA-256, the
first URL that served it and when), so a number taken out of the archive still says where it came from.

Datasets:
- `reports`       `report_overview`: one row per report
- `applications`, `active`, `review`   the provenance columns, then the cells of that table's wide view
- `cells`         the tidy cells (one row per report and cell) with the Chinese labels of their row and column

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
from storage.models import ReportCell

DATASETS = ("reports", "applications", "active", "review", "cells")
PROVENANCE = ("report_id", "site", "region", "agency", "year", "template", "sha256", "source_url", "fetched_at",
              "checks_failed", "failed_rules")


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
    kind: str  # int | float | text | datetime | date | bool
    description: str


_KINDS = {sa.Integer: "int", sa.BigInteger: "int", sa.Double: "float", sa.Float: "float", sa.DateTime: "datetime",
          sa.Date: "date", sa.Boolean: "bool", sa.String: "text"}


def _kind(type_: sa.types.TypeEngine) -> str:
    type_ = getattr(type_, "impl_instance", type_)
    for base, kind in _KINDS.items():
        if isinstance(type_, base):
            return kind
    return "text"


def _overview_columns() -> dict[str, Column]:
    return {c.name: Column(c.name, _kind(c.type), c.description) for c in views.OVERVIEW_COLUMNS}


def _wide_view(table: str) -> sa.TableClause:
    return sa.table(storage_views.WIDE_VIEWS[table], sa.column("report_id", sa.Integer()),
                    *(sa.column(col.name, sa.Double()) for col in labels.wide_columns(table)))


@dataclass(frozen=True)
class Dataset:
    name: str
    statement: sa.Select[Any]
    columns: tuple[Column, ...]


def dataset(name: str, filters: Filters | None = None) -> Dataset:
    """The statement and columns of a dataset, filtered; rows come in report order (then cell order)."""
    check_dataset(name)
    overview = views.overview_table()
    described = _overview_columns()
    where = _conditions(overview, filters or Filters())
    if name == "reports":
        statement = sa.select(overview).where(*where).order_by(overview.c.report_id)
        return Dataset(name, statement, tuple(described.values()))
    provenance = [overview.c[c] for c in PROVENANCE]
    if name == "cells":
        return _cells_dataset(overview, provenance, where, described)
    wide = _wide_view(name)
    cells = [wide.c[col.name] for col in labels.wide_columns(name)]
    statement = (sa.select(*provenance, *cells)
                 .select_from(overview.join(wide, wide.c.report_id == overview.c.report_id))
                 .where(*where).order_by(overview.c.report_id))
    columns = (*(described[c] for c in PROVENANCE),
               *(Column(col.name, "float", col.description) for col in labels.wide_columns(name)))
    return Dataset(name, statement, columns)


def _cells_dataset(overview: sa.TableClause, provenance: list[sa.ColumnClause[Any]], where: list[Any],
                   described: dict[str, Column]) -> Dataset:
    cells = ReportCell.__table__
    names = views.labels_table()
    statement = (
        sa.select(*provenance, cells.c.table_name, cells.c.row_key, cells.c.column_key,
                  names.c.row_group, names.c.row_label, names.c.column_label, cells.c.value, cells.c.is_blank)
        .select_from(overview.join(cells, cells.c.report_id == overview.c.report_id)
                     .outerjoin(names, sa.and_(names.c.template == overview.c.template,
                                               names.c.table_name == cells.c.table_name,
                                               names.c.row_key == cells.c.row_key,
                                               names.c.column_key == cells.c.column_key)))
        .where(*where)
        .order_by(overview.c.report_id, cells.c.table_name, cells.c.row_key, cells.c.column_key))
    label_descriptions = {c.name: c.description for c in views.LABEL_COLUMNS}
    columns = (*(described[c] for c in PROVENANCE),
               Column("table_name", "text", label_descriptions["table_name"]),
               Column("row_key", "text", label_descriptions["row_key"]),
               Column("column_key", "text", label_descriptions["column_key"]),
               Column("row_group", "text", label_descriptions["row_group"]),
               Column("row_label", "text", label_descriptions["row_label"]),
               Column("column_label", "text", label_descriptions["column_label"]),
               Column("value", "float", "数值 the cell's number (NULL when blank)"),
               Column("is_blank", "bool", "the report left the cell empty"))
    return Dataset("cells", statement, columns)


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
