"""Consistency rules (勾稽关系) explained to a reader: what a rule code says in words, and the cells it concerns.

The codes are made by crawler/parse/checks.py (`applications.balance.<column>`, `applications.handled_total.
<column>`, `applications.row_total.<row>`, `review.total.<row>`) and crawler/parse/narrative.py (`narrative.<figure>`);
the labels come from template.py, so a rule reads as the form prints its rows and columns.  An unknown code (an
older parser's) is shown as it is, concerning no cell.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.parse import template
from crawler.research.layout import Key

_APPLICANT = {c.key: c.label for c in template.APPLICANT_COLUMNS}
_REVIEW_ROWS = {r.key: r.label for r in template.REVIEW}
# Narrative figures (crawler/parse/narrative.py keys) by the words a report uses for them.
FIGURES = {
    "received": "收到申请", "new": "本年新收", "carried_over": "上年结转", "handled": "办结（答复）",
    "granted": "予以公开", "partial": "部分公开", "denied": "不予公开", "unavailable": "无法提供",
    "rejected": "不予处理", "other": "其他处理", "carried_forward": "结转下年度", "review": "行政复议",
    "litigation": "行政诉讼", "fees": "信息处理费（元）",
}


@dataclass(frozen=True)
class Rule:
    code: str
    text: str  # the rule in words
    cells: tuple[Key, ...]  # the cells it sums (empty: a narrative figure or an unknown code)


def _row_label(row: str) -> str:
    for name in template.ROWS:
        for found in template.rows(name, "applications"):
            if found.key == row:
                return found.label
    return _REVIEW_ROWS.get(row, FIGURES.get(row, row))


def explain(code: str, row_set: str = "2021") -> Rule:
    parts = code.split(".")
    if len(parts) == 3 and parts[:2] == ["applications", "balance"] and parts[2] in _APPLICANT:
        column = parts[2]
        return Rule(code, f"本年新收 + 上年结转 = 办理结果总计 + 结转下年度（{_APPLICANT[column]}列）",
                    tuple(("applications", r, column) for r in ("new", "carried_over", "handled_total",
                                                                "carried_forward")))
    if len(parts) == 3 and parts[:2] == ["applications", "handled_total"] and parts[2] in _APPLICANT:
        column = parts[2]
        order = [r.key for r in template.rows(row_set, "applications")]
        summed = order[order.index(template.HANDLED_FIRST):order.index(template.HANDLED_LAST_EXCLUSIVE)]
        return Rule(code, f"（七）总计 = （一）至（六）各项之和（{_APPLICANT[column]}列）",
                    tuple(("applications", r, column) for r in ("handled_total", *summed)))
    if len(parts) == 3 and parts[:2] == ["applications", "row_total"]:
        row = parts[2]
        return Rule(code, f"总计 = 各类申请人之和（{_row_label(row)}）",
                    tuple(("applications", row, c) for c in _APPLICANT))
    if len(parts) == 3 and parts[:2] == ["review", "total"] and parts[2] in _REVIEW_ROWS:
        row = parts[2]
        return Rule(code, f"总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结（{_REVIEW_ROWS[row]}）",
                    tuple(("review", row, c.key) for c in template.REVIEW_COLUMNS))
    if len(parts) == 2 and parts[0] == "narrative":
        return Rule(code, f"正文所述“{FIGURES.get(parts[1], _row_label(parts[1]))}”与表格一致", ())
    return Rule(code, code, ())


def figure_label(key: str) -> str:
    return FIGURES.get(key) or _row_label(key)
