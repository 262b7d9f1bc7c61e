"""The spec's consistency rules (勾稽关系), evaluated independently of the parser so tests can compare.

Rule kinds: ``balance`` (new + carried_over = handled_total + carried_forward, per column), ``handled_total``
(handled_total = the sum of the outcome rows, per column), ``applicant_total`` (总计 = the six applicant columns, per
row of table 三) and ``review_total`` (总计 = 维持 + 纠正 + 其他 + 尚未审结, per row of table 四).

A rule instance that involves a blank (null) or absent cell is not evaluated: a blank is not a zero, and the spec
forbids inventing a value. The generator only breaks rules on cells that are filled.
"""

from __future__ import annotations

from typing import Any

from crawler.parse import template as tpl

_APPLICANTS = tuple(c.key for c in tpl.APPLICANT_COLUMNS if c.key != "total")
_ALL_COLUMNS = (*_APPLICANTS, "total")


def _outcome_rows(template: str) -> tuple[str, ...]:
    keys = [r.key for r in tpl.rows(template, "applications")]
    return tuple(keys[keys.index(tpl.HANDLED_FIRST):keys.index(tpl.HANDLED_LAST_EXCLUSIVE)])


HANDLED_ROWS = {name: _outcome_rows(name) for name in tpl.ROWS}  # per template and row set


def _cells(table: dict[str, dict[str, Any]], rows: tuple[str, ...], col: str) -> list[Any] | None:
    """The column's values in those rows, or None if any is absent or blank."""
    values = [table.get(r, {}).get(col) for r in rows]
    return None if any(v is None for v in values) else values


def _close(a: float, b: float) -> bool:
    return abs(a - b) < 1e-6


def violations(template: str, tables: dict[str, dict[str, dict[str, Any]]]) -> set[str]:
    """The rule kinds the tables break (empty for a consistent report)."""
    apps, review = tables.get("applications", {}), tables.get("review", {})
    handled_rows = HANDLED_ROWS[tpl.row_set(template, apps)]
    broken: set[str] = set()
    for col in _ALL_COLUMNS:
        flow = _cells(apps, ("new", "carried_over", "handled_total", "carried_forward"), col)
        if flow and not _close(flow[0] + flow[1], flow[2] + flow[3]):
            broken.add("balance")
        parts, total = _cells(apps, handled_rows, col), _cells(apps, ("handled_total",), col)
        if parts and total and not _close(sum(parts), total[0]):
            broken.add("handled_total")
    for cells in apps.values():
        values = [cells.get(c) for c in _ALL_COLUMNS]
        if None not in values and not _close(sum(values[:-1]), values[-1]):
            broken.add("applicant_total")
    for cells in review.values():
        values = [cells.get(c) for c in ("upheld", "corrected", "other", "pending", "total")]
        if None not in values and not _close(sum(values[:-1]), values[-1]):
            broken.add("review_total")
    return broken
