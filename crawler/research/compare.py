"""One agency across the years: its reports side by side, the change from each year to the next, and the carry-over
check between consecutive years (this year's 上年结转 against last year's 结转下年度), which no single report's
rules can show.

Rows are the template's rows (crawler/parse/template.py) in the order of the latest report's form, then the rows
only older forms have; table 三 is compared by its 总计 column (the applicant breakdown stays on each report's
page), tables 二 and 四 cell by cell.  A cell a report left blank is blank, a row a report does not have is absent:
neither is a change, so a change is shown only between two numbers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from crawler.parse import template
from crawler.research.layout import Key

_MISSING = object()


@dataclass(frozen=True)
class YearReport:
    report_id: int
    year: int
    row_set: str
    cells: Mapping[Key, float | int | None]  # a blank cell maps to None; a cell not read is absent


@dataclass
class Line:
    table: str
    label: str
    key: Key
    values: list[object] = field(default_factory=list)  # per year: a number, None (blank) or _MISSING (absent)
    changes: list[float | int | None] = field(default_factory=list)  # per year: the change from the year before

    def shown(self, i: int) -> str:
        value = self.values[i]
        if value is _MISSING:
            return "—"
        return "" if value is None else _text(value)

    def change(self, i: int) -> str:
        change = self.changes[i]
        if change is None:
            return ""
        return "±0" if change == 0 else f"{'+' if change > 0 else '−'}{_text(abs(change))}"


@dataclass(frozen=True)
class CarryOver:
    year: int
    previous_year: int
    carried_over: float | int | None  # this year's 上年结转, 总计
    carried_forward: float | int | None  # last year's 结转下年度继续办理, 总计
    differing: tuple[str, ...]  # applicant columns whose two numbers differ

    @property
    def agrees(self) -> bool | None:
        if self.carried_over is None or self.carried_forward is None:
            return None
        return self.carried_over == self.carried_forward and not self.differing


def _text(value: object) -> str:
    number = float(value)  # type: ignore[arg-type]
    return str(int(number)) if number.is_integer() else f"{number:g}"


def lines(reports: Sequence[YearReport]) -> list[Line]:
    """Every compared cell that some report has, with its value in each report (in the order given)."""
    if not reports:
        return []
    order: list[tuple[Key, str]] = []
    seen: set[Key] = set()
    for report in sorted(reports, key=lambda r: r.year, reverse=True):  # the latest form first
        name = template.template_of(report.row_set)
        for table in template.TABLES:
            for row in template.rows(report.row_set, table):
                columns = ("total",) if table == "applications" else row.columns
                for column in columns:
                    key = (table, row.key, column)
                    if key in seen:
                        continue
                    seen.add(key)
                    label = row.label if table == "applications" else \
                        f"{row.label} · {template.column_label(name, table, row.key, column)}"
                    order.append((key, f"{row.group} {label}".strip() if table == "active" else label))
    out = []
    for key, label in order:
        line = Line(key[0], label, key)
        previous: object = _MISSING
        for report in reports:
            value = report.cells.get(key, _MISSING)
            line.values.append(value)
            both = value is not _MISSING and value is not None and previous is not _MISSING and previous is not None
            line.changes.append(float(value) - float(previous) if both else None)  # type: ignore[arg-type]
            previous = value
        if any(v is not _MISSING for v in line.values):
            out.append(line)
    return out


def carry_over(reports: Sequence[YearReport]) -> list[CarryOver]:
    """For each pair of reports of consecutive years."""
    by_year = {r.year: r for r in reports}
    found = []
    for report in sorted(reports, key=lambda r: r.year):
        previous = by_year.get(report.year - 1)
        if previous is None:
            continue
        differing = tuple(c.label for c in template.APPLICANT_COLUMNS if c.key != "total" and _differ(
            report.cells.get(("applications", "carried_over", c.key)),
            previous.cells.get(("applications", "carried_forward", c.key))))
        found.append(CarryOver(report.year, previous.year,
                               report.cells.get(("applications", "carried_over", "total")),
                               previous.cells.get(("applications", "carried_forward", "total")), differing))
    return found


def _differ(a: float | int | None, b: float | int | None) -> bool:
    """Two cells differ when one holds a number the other does not (a blank cell counts as 0, as in the rules)."""
    return (a is not None or b is not None) and (a or 0) != (b or 0)
