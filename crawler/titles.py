"""The title test: is this link or page an annual report on government information disclosure, and of which year?

From ../shared/reference/sites.md ("What to collect"): test the title with all whitespace removed; the year is the
`NNNN年` before the phrase; an agency may stand before the year (`…关于2021年…`) or between year and phrase
(`2018年度殷都区政府信息公开年度报告`); look-alikes living in the same columns (work plans, notices about
compiling the report, guides) are rejected after the test.
"""

from __future__ import annotations

import re

from crawler.parse.normalize import normalize_text, squeeze

REPORT_TITLE = re.compile(r"((?:19|20)\d{2})年度?[^,。]{0,20}?(?:政府|政务)?信息公开(?:工作)?年(?:度报告|报)")
OLD_STYLE = re.compile(r"((?:19|20)\d{2})年度?[^,。]{0,20}?政务公开(?:工作)?年度报告")
LOOK_ALIKE = re.compile(r"工作要点|编制|报送|通知|的函|指南|制度|考核|评估|培训|解读|目录")


def report_year(title: str | None) -> int | None:
    """The report year if `title` names an annual report, else None."""
    if not title:
        return None
    flat = squeeze(normalize_text(title))
    if LOOK_ALIKE.search(flat):
        return None
    match = REPORT_TITLE.search(flat) or OLD_STYLE.search(flat)
    return int(match[1]) if match else None

