"""Label *variants* real reports print for the template rows, and a per-document style that picks among them.

Codes and the official labels come from crawler.parse.template; this module only rewrites their typography the way
real reports do (see ../shared/reference/sites.md §10 and the golden texts):

* full-width `（一）` or half-width `(一)`, optionally followed by a space (`(一) 予以公开`);
* item numbers `1.`, `1、`, `1. ` or `1．`;
* `“三安全一稳定”` with curly, straight or no quotes;
* the note after 部分公开 in full-width, half-width (`(区分处理的, 只计这一情形, 不计其他情形)`) or left out;
* `行政规范性文件` or plain `规范性文件` in template 2021 (shkw prints the latter);
* `第二十条第（一）项` or `第二十条第(一)项`; `本年收费金额（单位：万元）` or `(单位:万元)`;
  `本年增/减` or `本年增／减`; `处理决定数量` or `本年处理决定数量` in template 2019.

A document keeps one style throughout, as a real report does.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from crawler.parse import template as tpl

_PARTIAL_NOTE = "（区分处理的，只计这一情形，不计其他情形）"
_ENUM = re.compile(r"^（([一二三四五六七八九十])）")
_ITEM = re.compile(r"^(\d)\.")


@dataclass(frozen=True)
class LabelStyle:
    full_brackets: bool = True
    space_after_bracket: bool = False
    item_sep: str = "."
    quotes: tuple[str, str] = ("“", "”")
    partial_note: str = "full"  # "full" | "half" | "none"
    normative_2021: str = "行政规范性文件"
    article_full_brackets: bool = True
    comma_in_other_labels: bool = False  # `逾期不补正, 行政机关…` (shuyang) instead of `、`
    halfwidth_units: bool = False  # `(单位:万元)`, `本年增／减` → ascii forms
    decisions_2019: str = "处理决定数量"  # the 2019 template's header; some reports print 本年处理决定数量
    enumerators: bool = True  # False: `予以公开`, `属于国家秘密`, `其他` with no （一）/1. before them


def random_style(rng: random.Random) -> LabelStyle:
    full = rng.random() < 0.6
    return LabelStyle(
        full_brackets=full,
        space_after_bracket=(not full and rng.random() < 0.7) or rng.random() < 0.1,
        item_sep=rng.choice([".", ".", "、", ". ", "．"]),
        quotes=rng.choice([("“", "”"), ("“", "”"), ('"', '"'), ("", "")]),
        partial_note=rng.choice(["full", "full", "half", "none"]),
        normative_2021=rng.choice(["行政规范性文件", "行政规范性文件", "行政规范性文件", "规范性文件"]),
        article_full_brackets=rng.random() < 0.8,
        comma_in_other_labels=rng.random() < 0.2,
        halfwidth_units=rng.random() < 0.3,
        decisions_2019=rng.choice(["处理决定数量", "处理决定数量", "本年处理决定数量"]),
        enumerators=rng.random() < 0.92,
    )


def _brackets(n: str, full: bool, space: bool) -> str:
    return (f"（{n}）" if full else f"({n})") + (" " if space else "")


def restyle(text: str, style: LabelStyle) -> str:
    """Rewrite an official label's leading enumerator and item number in the document's style."""
    if not style.enumerators:
        text = _ITEM.sub("", _ENUM.sub("", text))
    text = _ENUM.sub(lambda m: _brackets(m.group(1), style.full_brackets, style.space_after_bracket), text)
    text = _ITEM.sub(lambda m: m.group(1) + style.item_sep, text)
    return text.replace("“", style.quotes[0]).replace("”", style.quotes[1])


def row_label(template: str, table: str, row: str, style: LabelStyle) -> str:
    """The label a report prints for one row (without its merged group heading)."""
    spec = next(r for r in tpl.rows(template, table) if r.key == row)
    label = spec.label
    if table == "active" and row == "normative_documents" and template == "2021":
        return style.normative_2021
    if row == "partial":
        note = {"full": _PARTIAL_NOTE, "half": "(区分处理的, 只计这一情形, 不计其他情形)", "none": ""}
        label = label.replace(_PARTIAL_NOTE, note[style.partial_note])
    if style.comma_in_other_labels and row in ("other_no_correction", "other_no_fee"):
        label = label.replace("、行政机关", ", 行政机关")
    if table == "review":
        return {"review": "行政复议", "litigation_direct": "未经复议直接起诉",
                "litigation_after_review": "复议后起诉"}[row]
    return restyle(label, style)


def group_label(text: str, style: LabelStyle) -> str:
    """A merged heading: `三、本年度办理结果`, `（三）不予公开`, `第二十条第（一）项` …"""
    if text.startswith("第二十条"):
        return text if style.article_full_brackets else text.replace("（", "(").replace("）", ")")
    return restyle(text, style)


def column_label(template: str, table: str, row: str, column: str, style: LabelStyle) -> str:
    label = tpl.column_label(template, table, row, column)
    if template == "2019" and column == "decisions":
        label = style.decisions_2019
    if style.halfwidth_units:
        label = label.replace("（单位：万元）", "(单位:万元)").replace("本年增/减", "本年增／减")
    return label


def applications_note(style: LabelStyle) -> str:
    """The top-left header cell of table 三."""
    note = "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和"
    return f"（{note}）" if style.full_brackets else "(" + note.replace("：", ":").replace("，", ",") + ")"


# Every label a table can print, across templates and styles: the OCR-noise guard in noise.py checks that a damaged
# label is still nearer its own row than any other.
def all_row_labels(table: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for template in tpl.TEMPLATES:
        for spec in tpl.rows(template, table):
            out.setdefault(spec.key, set()).add(re.sub(r"^（[一二三四五六七]）|^\d\.", "", spec.label))
    return out
