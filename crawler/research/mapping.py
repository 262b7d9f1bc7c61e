"""Table 二 across the two templates: which 2019 column counts what a 2021 column counts, and which have no
counterpart.  A researcher comparing an agency's 2020 report (template 2019) with its 2021 report reads this first.

Source: the two official forms (国办公开办函〔2019〕60号 and 〔2021〕30号, ../shared/spec/report-format.md); the
relation of each pair is read from the forms' headers, nothing is inferred from data.  The wide view `active_wide`
keeps one column per (row, column) code, so cells with the same code in both forms (`licensing_decisions`) already
share a column; a `comparable` pair has two columns, a researcher joins them knowingly.  docs/research.md shows
this table (generated), and an exported data package of table 二 carries it as a resource (`template_mapping`).
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.parse import template
from storage import views as storage_views


@dataclass(frozen=True)
class Correspondence:
    row: str
    column_2019: str | None  # None: the 2021 column has no 2019 counterpart
    column_2021: str | None  # None: the 2019 column has no 2021 counterpart
    relation: str  # same | comparable | none
    note: str


RELATIONS = {
    "same": "the same count under the same code: one column of active_wide",
    "comparable": "the same quantity under another header: two columns, to be joined knowingly",
    "none": "no counterpart in the other template",
}

_MADE = "documents of the year: 本年新制作数量 (2019, newly made), 本年制发件数 (2021, made and issued)"
_TOTAL = ("对外公开总数量 (2019) counts every document ever published, repealed ones too; 现行有效件数 (2021) only "
          "those in force: not comparable")
_FEES = ("行政事业性收费: 2019 counts fee items (上一年项目数量, 本年增/减), 2021 the money collected (本年收费金额, "
         "万元)")
_ITEMS = "上一年项目数量 / 本年增/减 count items of a catalogue (2019 only); 2021 asks for decisions alone"

ACTIVE: tuple[Correspondence, ...] = (
    *(entry for row in ("rules", "normative_documents") for entry in (
        Correspondence(row, "new_made", "issued", "comparable", _MADE),
        Correspondence(row, "new_published", None, "none", "本年新公开数量: 2019 only"),
        Correspondence(row, "total_published", "in_force", "none", _TOTAL),
        Correspondence(row, None, "repealed", "none", "本年废止件数: 2021 only"),
    )),
    *(entry for row in ("licensing", "punishment", "coercion") for entry in (
        Correspondence(row, "decisions", "decisions", "same", "处理决定数量 (2019), 本年处理决定数量 (2021)"),
        Correspondence(row, "prev_items", None, "none", _ITEMS),
        Correspondence(row, "change", None, "none", _ITEMS),
    )),
    Correspondence("other_services", "prev_items", None, "none", "其他对外管理服务事项: 2019 only"),
    Correspondence("other_services", "change", None, "none", "其他对外管理服务事项: 2019 only"),
    Correspondence("other_services", "decisions", None, "none", "其他对外管理服务事项: 2019 only"),
    Correspondence("fees", "prev_items", None, "none", _FEES),
    Correspondence("fees", "change", None, "none", _FEES),
    Correspondence("fees", None, "amount", "none", _FEES),
    Correspondence("procurement", "projects", None, "none", "政府集中采购: 2019 only"),
    Correspondence("procurement", "amount", None, "none", "采购总金额: 2019 only"),
)


def label(template_name: str, row: str, column: str | None) -> str:
    """`规章 · 本年制发件数` as the form of that template prints the row and column."""
    if column is None:
        return ""
    found = next(r for r in template.rows(template_name, "active") if r.key == row)
    return f"{found.label} · {template.column_label(template_name, 'active', row, column)}"


def wide_column(row: str, column: str | None) -> str:
    """The cell's column in active_wide ("" for no cell)."""
    return storage_views.view_column(row, column) if column else ""


def rows() -> list[dict[str, str]]:
    """The mapping as rows (a data package resource, the generated documentation)."""
    return [{"row": c.row, "column_2019": wide_column(c.row, c.column_2019), "label_2019": label("2019", c.row,
             c.column_2019), "column_2021": wide_column(c.row, c.column_2021),
             "label_2021": label("2021", c.row, c.column_2021), "relation": c.relation, "note": c.note}
            for c in ACTIVE]
