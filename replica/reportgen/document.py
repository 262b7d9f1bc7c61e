"""A report as an ordered list of blocks (title, headings, prose, tables, signature), before any layout."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from replica.reportgen import narrative
from replica.reportgen.agencies import body_name, title_lines
from replica.reportgen.grid import Grid, active_grid, applications_grid, extra_grid, review_grid
from replica.reportgen.labels import LabelStyle
from replica.reportgen.narrative import Heading, Para


@dataclass
class Title:
    lines: list[str]
    subtitle: str = ""  # `(2022 年 1 月)`: the publication month, not the report year


@dataclass
class Table:
    grid: Grid
    image: str = ""  # image_tables: the file name of the picture shown instead of the table


@dataclass
class Signature:
    lines: list[str]


@dataclass
class Document:
    report: dict[str, Any]
    style: LabelStyle
    blocks: list[Any] = field(default_factory=list)

    def tables(self) -> list[Table]:
        """The statistical tables 二, 三 and 四 (not extra tables in the prose)."""
        return [b for b in self.blocks if isinstance(b, Table) and b.grid.table in TABLE_NAMES]


TABLE_NAMES = ("active", "applications", "review")
SECTION_TWO = "二、主动公开政府信息情况"
SECTION_THREE = "三、收到和处理政府信息公开申请情况"
SECTION_FOUR = "四、政府信息公开行政复议、行政诉讼情况"


def compose(report: dict[str, Any], rng: random.Random, style: LabelStyle, *, name_in_body: bool | None = None
            ) -> Document:
    """The report's blocks.  `name_in_body`: whether 一、总体情况 opens by naming the agency (`2021年,海珠区…`);
    drawn at random when None (a quarter of real-looking reports do)."""
    doc = Document(report, style)
    drawn = rng.random() < 0.25
    subject = body_name(report["agency"]) if (drawn if name_in_body is None else name_in_body) else None
    y, m, _ = (int(x) for x in report["published"].split("-"))
    subtitle = rng.choice(["", "", f"({y} 年 {m} 月)", f"（{report['published']}）"])
    add = doc.blocks.append
    add(Title(title_lines(rng, report["agency"], report["year"]), subtitle))
    add(narrative.preface(report, rng))
    add(Heading(1, "一、总体情况"))
    appendix = rng.random() < 0.15  # shkw: prose sections of its own, then the tables numbered 一、二、三
    if appendix:
        doc.blocks.extend(narrative.overview(report, rng, style.full_brackets, subject)[:1])
        for numeral, (title, para) in zip("二三四五六", narrative.work_sections(report, rng), strict=True):
            add(Heading(1, f"{numeral}、{title}"))
            add(para)
        add(Para("附：政府信息公开工作年度报告统计表"))
    else:
        doc.blocks.extend(narrative.overview(report, rng, style.full_brackets, subject))
    if rng.random() < 0.2:
        add(Para(f"{report['year']}年度主动公开政府信息分类统计如下："))
        add(Table(extra_grid(rng)))
    numerals = "一二三" if appendix else "二三四"
    tables = report["tables"]
    add(Heading(1, numerals[0] + SECTION_TWO[1:]))
    add(Table(active_grid(report, style)))
    add(Heading(1, numerals[1] + SECTION_THREE[1:]))
    add(Table(applications_grid(report, style)))
    if tables["review"]:
        add(Heading(1, numerals[2] + SECTION_FOUR[1:]))
        add(Table(review_grid(report)))
    elif rng.random() < 0.5:  # the section is there but says there were none: still no rows to report
        add(Heading(1, numerals[2] + SECTION_FOUR[1:]))
        add(Para(f"{report['year']}年度，未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。",
                 (("review", 0, "件"), ("litigation", 0, "件"))))
    if appendix:  # shkw lost the heading of its problems section in conversion
        add(Heading(2, "（一）主要问题"))
        doc.blocks.extend(narrative.problems(report, rng)[:1])
        add(Heading(2, "（二）改进情况"))
        doc.blocks.extend(narrative.problems(report, rng)[1:])
        add(Heading(1, "五、其他需要报告的事项"))
    else:
        add(Heading(1, rng.choice(["五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况"])))
        doc.blocks.extend(narrative.problems(report, rng))
        add(Heading(1, "六、其他需要报告的事项"))
    doc.blocks.extend(narrative.other_matters(report, rng))
    add(Signature(narrative.signature(report)))
    return doc
