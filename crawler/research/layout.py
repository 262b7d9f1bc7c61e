"""The three tables of a report laid out as the official template prints them (国办公开办函〔2019〕60号, 〔2021〕30号).

A layout is a grid of rows of cells with row and column spans, built from crawler/parse/template.py only (labels,
groups and column order), so the web view renders any report without knowing either template:

- 二 主动公开: one block per item of 第二十条 (its heading across the table, then 信息内容 and the columns of the
  block, then its rows), as both blank templates print it;
- 三 申请: the two header rows (申请人情况 over 自然人 · 法人或其他组织 (five kinds) · 总计), then every row, the
  outcome rows under 三、本年度办理结果 and the refusal groups (（三）不予公开 …) as merged cells to their left;
- 四 复议诉讼: 行政复议 and 行政诉讼 (未经复议直接起诉, 复议后起诉) as column groups over 结果维持 … 总计, and the
  fifteen numbers in one row.

A value cell knows its state: a number (0 shown as 0), `blank` (the report left it empty: shown empty) or `absent`
(the row is not in the report at all: nothing was read), and the consistency rules it takes part in that fail.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from crawler.parse import template

Key = tuple[str, str, str]  # (table, row, column)
APPLICANT_HEAD = "申请人情况"
ORGANISATIONS = "法人或其他组织"
OUTCOMES = "三、本年度办理结果"
BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
ITEM = "信息内容"
REVIEW_HEADS = {"review": ("行政复议", ""), "litigation_direct": ("行政诉讼", "未经复议直接起诉"),
                "litigation_after_review": ("行政诉讼", "复议后起诉")}


@dataclass
class Cell:
    text: str = ""
    kind: str = "label"  # label | head | value
    rowspan: int = 1
    colspan: int = 1
    key: Key | None = None
    state: str = ""  # value cells: number | blank | absent
    failing: list[str] = field(default_factory=list)  # rule codes it takes part in that fail


@dataclass
class Table:
    name: str
    title: str
    rows: list[list[Cell]]


def number_text(value: float | int | None) -> str:
    """A count whole, money with its decimals as printed (0.50 → 0.5)."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


class _Values:
    def __init__(self, cells: Mapping[Key, float | int | None], failing: Mapping[Key, list[str]]) -> None:
        self.cells, self.failing = cells, failing

    def cell(self, key: Key) -> Cell:
        if key not in self.cells:
            return Cell(kind="value", key=key, state="absent", failing=list(self.failing.get(key, ())))
        value = self.cells[key]
        return Cell(number_text(value), "value", key=key, state="blank" if value is None else "number",
                    failing=list(self.failing.get(key, ())))


def layout(row_set: str, cells: Mapping[Key, float | int | None],
           failing: Mapping[Key, list[str]] | None = None) -> list[Table]:
    """The three tables of a report whose tables use `row_set` (template.row_set), with its cells (a blank cell
    maps to None; a cell not read is not in `cells`) and the failing rules of each cell."""
    values = _Values(cells, failing or {})
    return [Table("active", template.TABLE_TITLES["active"], _active(row_set, values)),
            Table("applications", template.TABLE_TITLES["applications"], _applications(row_set, values)),
            Table("review", template.TABLE_TITLES["review"], _review(values))]


def _active(row_set: str, values: _Values) -> list[list[Cell]]:
    name = template.template_of(row_set)
    blocks: dict[str, list[template.Row]] = {}
    for row in template.rows(row_set, "active"):
        blocks.setdefault(row.group, []).append(row)
    width = 1 + max(len(rows[0].columns) for rows in blocks.values())
    out: list[list[Cell]] = []
    for group, rows in blocks.items():
        columns = list(dict.fromkeys(c for row in rows for c in row.columns))
        out.append([Cell(group, "head", colspan=width)])
        out.append([Cell(ITEM, "head"), *_spread([Cell(template.column_label(name, "active", rows[0].key, c), "head")
                                                  for c in columns], width - 1)])
        for row in rows:
            out.append([Cell(row.label), *_spread([values.cell(("active", row.key, c)) if c in row.columns
                                                   else Cell() for c in columns], width - 1)])
    return out


def _spread(cells: list[Cell], width: int) -> list[Cell]:
    """Cells stretched over `width` columns: the last one takes what is left (a block with fewer columns)."""
    if cells and len(cells) < width:
        cells[-1].colspan = width - len(cells) + 1
    return cells


def _applications(row_set: str, values: _Values) -> list[list[Cell]]:
    columns = template.APPLICANT_COLUMNS
    organisations = [c for c in columns if c.key not in ("natural_person", "total")]
    head = [Cell(APPLICANT_HEAD, "head", colspan=len(columns))]
    out = [
        [Cell(BALANCE_NOTE, "head", rowspan=3, colspan=3), *head],
        [Cell(columns[0].label, "head", rowspan=2), Cell(ORGANISATIONS, "head", colspan=len(organisations)),
         Cell(columns[-1].label, "head", rowspan=2)],
        [Cell(c.label, "head") for c in organisations],
    ]
    rows = template.rows(row_set, "applications")
    outcome_rows = [r for r in rows if r.group == OUTCOMES or r.group.startswith("（")]
    groups: dict[str, int] = {}
    for row in outcome_rows:
        groups[row.group] = groups.get(row.group, 0) + 1
    seen: set[str] = set()
    for row in rows:
        line: list[Cell] = []
        if row is outcome_rows[0]:
            line.append(Cell(OUTCOMES, rowspan=len(outcome_rows)))
        if row in outcome_rows and row.group == OUTCOMES:
            line.append(Cell(row.label, colspan=2))
        elif row in outcome_rows:
            if row.group not in seen:
                seen.add(row.group)
                line.append(Cell(row.group, rowspan=groups[row.group]))
            line.append(Cell(row.label))
        else:
            line.append(Cell(row.label, colspan=3))
        line += [values.cell(("applications", row.key, c.key)) for c in columns]
        out.append(line)
    return out


def _review(values: _Values) -> list[list[Cell]]:
    columns = template.REVIEW_COLUMNS
    rows = template.REVIEW
    tops: dict[str, int] = {}
    for row in rows:
        tops[REVIEW_HEADS[row.key][0]] = tops.get(REVIEW_HEADS[row.key][0], 0) + len(columns)
    first = [Cell(top, "head", colspan=span) for top, span in tops.items()]
    # 行政复议 has no second heading: its column labels stand two rows high, as printed
    second = [Cell(c.label, "head", rowspan=2) for c in columns]
    second += [Cell(REVIEW_HEADS[row.key][1], "head", colspan=len(columns)) for row in rows[1:]]
    labels = [Cell(c.label, "head") for _row in rows[1:] for c in columns]
    numbers = [values.cell(("review", row.key, c.key)) for row in rows for c in columns]
    return [first, second, labels, numbers]
