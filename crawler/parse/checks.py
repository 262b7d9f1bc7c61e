"""The consistency rules (勾稽关系) of the spec, run on parsed tables.

A broken rule is a finding for researchers, never an error and never "fixed".  A blank cell counts as 0 inside a
sum; a rule with one side entirely blank or absent is not applicable and is not reported.
"""

from __future__ import annotations

from crawler.parse import template
from crawler.parse.cells import Number

Tables = dict[str, dict[str, dict[str, Number | None]]]
APPLICANTS = tuple(c.key for c in template.APPLICANT_COLUMNS if c.key != "total")
_EPS = 1e-6


def _check(rule: str, left: list[Number | None], right: list[Number | None], what: str) -> dict | None:
    """None (not applicable) when one side is entirely blank: a report that leaves the applicant breakdown blank
    and fills only totals has not broken the row-total rule, it has not used it."""
    if all(v is None for v in left) or all(v is None for v in right):
        return None
    lsum = sum(v or 0 for v in left)
    rsum = sum(v or 0 for v in right)
    ok = abs(lsum - rsum) < _EPS
    return {"rule": rule, "ok": ok, "detail": f"{what}: {_fmt(lsum)} {'=' if ok else '≠'} {_fmt(rsum)}"}


def _fmt(value: Number) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def run(tables: Tables, template_name: str) -> list[dict]:
    out: list[dict | None] = []
    apps = tables.get("applications", {})
    order = [r.key for r in template.rows(template_name, "applications")]
    handled = order[order.index(template.HANDLED_FIRST): order.index(template.HANDLED_LAST_EXCLUSIVE)]

    def cell(row: str, col: str) -> Number | None:
        return apps.get(row, {}).get(col)

    for col in (*APPLICANTS, "total"):
        if all(r in apps for r in ("new", "carried_over", "handled_total", "carried_forward")):
            out.append(_check(f"applications.balance.{col}",
                              [cell("new", col), cell("carried_over", col)],
                              [cell("handled_total", col), cell("carried_forward", col)],
                              f"{col}: new + carried_over = handled_total + carried_forward"))
        present = [r for r in handled if r in apps]
        if "handled_total" in apps and len(present) == len(handled):
            out.append(_check(f"applications.handled_total.{col}",
                              [cell("handled_total", col)], [cell(r, col) for r in handled],
                              f"{col}: handled_total = sum of outcome rows"))
    for row in order:
        if row in apps and apps[row].get("total") is not None:
            out.append(_check(f"applications.row_total.{row}", [apps[row]["total"]],
                              [apps[row].get(c) for c in APPLICANTS], f"{row}: total = sum of applicant columns"))
    for row, cells in tables.get("review", {}).items():
        if cells.get("total") is not None:
            out.append(_check(f"review.total.{row}", [cells["total"]],
                              [cells.get(c) for c in ("upheld", "corrected", "other", "pending")],
                              f"{row}: total = upheld + corrected + other + pending"))
    return [c for c in out if c is not None]
