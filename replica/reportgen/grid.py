"""Tables 二, 三 and 四 as grids of cells with row/column spans, laid out like the official templates.

One grid per table is the common source for every layout: HTML keeps the spans, the text layouts flatten them the
way Word or a PDF converter does (flatten.py). Rows the report leaves out are not in the grid at all, and merged
group cells span only the rows that remain.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from crawler.parse import template as tpl
from replica.reportgen import labels
from replica.reportgen.labels import LabelStyle


@dataclass
class Cell:
    text: str = ""
    role: str = "label"  # header | group | label | value
    rowspan: int = 1
    colspan: int = 1
    value: Any = None  # for role == "value": the number, or None for a blank cell
    column: str = ""  # for role == "value": the column code
    address: tuple[str, str, str] | None = None  # for role == "value": (table, row, column) of the report


@dataclass
class Grid:
    table: str
    width: int
    header: list[list[Cell]] = field(default_factory=list)  # repeated after a page break
    body: list[list[Cell]] = field(default_factory=list)
    keys: list[str | None] = field(default_factory=list)  # the template row each body row carries, if any

    def add(self, cells: list[Cell], key: str | None = None) -> None:
        self.body.append(cells)
        self.keys.append(key)


def _values(table: str, row: str, cells: dict[str, Any], columns: tuple[str, ...],
            spans: tuple[int, ...] | None = None) -> list[Cell]:
    spans = spans or (1,) * len(columns)
    return [Cell(role="value", value=cells.get(c), column=c, colspan=s, address=(table, row, c))
            for c, s in zip(columns, spans, strict=True)]


def active_grid(report: dict[str, Any], style: LabelStyle) -> Grid:
    """Table 二: per 第二十条 block a heading row, a header row (信息内容 + columns) and the data rows; 4 columns."""
    template, data = report["template"], report["tables"]["active"]
    grid = Grid("active", 4)
    blocks: dict[str, list[tpl.Row]] = {}
    for spec in tpl.rows(template, "active"):
        if spec.key in data:
            blocks.setdefault(spec.group, []).append(spec)
    for group, specs in blocks.items():
        columns = specs[0].columns
        spans = {1: (3,), 2: (1, 2), 3: (1, 1, 1)}[len(columns)]
        grid.add([Cell(labels.group_label(group, style), "group", colspan=4)])
        grid.add([Cell("信息内容", "header")] + [
            Cell(labels.column_label(template, "active", specs[0].key, c, style), "header", colspan=s)
            for c, s in zip(columns, spans, strict=True)])
        for spec in specs:
            label = labels.row_label(template, "active", spec.key, style)
            grid.add([Cell(label, "label"), *_values("active", spec.key, data[spec.key], columns, spans)], spec.key)
    return grid


def applications_header(style: LabelStyle) -> list[list[Cell]]:
    return [
        [Cell(labels.applications_note(style), "header", rowspan=3, colspan=3),
         Cell("申请人情况", "header", colspan=7)],
        [Cell("自然人", "header", rowspan=2), Cell("法人或其他组织", "header", colspan=5),
         Cell("总计", "header", rowspan=2)],
        [Cell(c.label, "header") for c in tpl.APPLICANT_COLUMNS[1:6]],
    ]


def applications_grid(report: dict[str, Any], style: LabelStyle) -> Grid:
    """Table 三: 3 label columns (section, sub-group, item) + 7 applicant columns, merged as in the template."""
    data = report["tables"]["applications"]
    template = tpl.row_set(report["template"], data)
    grid = Grid("applications", 10, header=applications_header(style))
    columns = tuple(c.key for c in tpl.APPLICANT_COLUMNS)
    specs = [s for s in tpl.rows(template, "applications") if s.key in data]
    in_results = [s for s in specs if s.group == "三、本年度办理结果" or s.group.startswith("（")]
    subgroup_sizes: dict[str, int] = {}
    for spec in specs:
        if spec.group.startswith("（"):
            subgroup_sizes[spec.group] = subgroup_sizes.get(spec.group, 0) + 1
    seen_results = False
    current_subgroup = ""
    for spec in specs:
        label = labels.row_label(template, "applications", spec.key, style)
        cells: list[Cell] = []
        if spec in in_results and not seen_results:
            cells.append(Cell(labels.group_label("三、本年度办理结果", style), "group", rowspan=len(in_results)))
            seen_results = True
        if spec.group.startswith("（"):
            if spec.group != current_subgroup:
                current_subgroup = spec.group
                cells.append(Cell(labels.group_label(spec.group, style), "group", rowspan=subgroup_sizes[spec.group]))
            cells.append(Cell(label, "label"))
        elif spec in in_results:
            cells.append(Cell(label, "label", colspan=2))
        else:
            cells.append(Cell(label, "label", colspan=3))
        grid.add([*cells, *_values("applications", spec.key, data[spec.key], columns)], spec.key)
    return grid


def review_header() -> list[list[Cell]]:
    parts = [c.label for c in tpl.REVIEW_COLUMNS]
    return [
        [Cell("行政复议", "header", colspan=5), Cell("行政诉讼", "header", colspan=10)],
        [*(Cell(p, "header", rowspan=2) for p in parts), Cell("未经复议直接起诉", "header", colspan=5),
         Cell("复议后起诉", "header", colspan=5)],
        [Cell(p, "header") for p in parts * 2],
    ]


REVIEW_ORDER = ("review", "litigation_direct", "litigation_after_review")


def review_grid(report: dict[str, Any]) -> Grid:
    """Table 四: a two-level header and one row of 15 numbers (复议 ×5, 直接起诉 ×5, 复议后起诉 ×5)."""
    data = report["tables"]["review"]
    grid = Grid("review", 15, header=review_header())
    columns = tuple(c.key for c in tpl.REVIEW_COLUMNS)
    cells = [cell for row in REVIEW_ORDER for cell in _values("review", row, data[row], columns)]
    grid.add(cells, "review")
    return grid


def extra_grid(rng: random.Random) -> Grid:
    """A table the template does not have, in the prose of 一、总体情况 (主动公开 counts by kind): its rows are no
    rows of tables 二–四, even the one labelled like table 二's `规范性文件`."""
    kinds = ["政策文件", "规范性文件", "政策解读", "工作动态", "人事信息", "财政预决算", "重点领域信息"]
    grid = Grid("extra", 2, header=[[Cell("类别", "header"), Cell("数量（条）", "header")]])
    for kind in rng.sample(kinds, rng.randint(3, len(kinds))):
        grid.add([Cell(kind, "label"), Cell(role="value", value=rng.randint(0, 400), column="count")])
    return grid
