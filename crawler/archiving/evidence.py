"""When a document the parser accepted is not a report after all.

Two rules, applied to what extraction and the parser made of a stored document:

- **Never a page that lists many reports.**  A column page, a search result or a catalogue API answer names many
  reports' titles; the parser would find a title (the first one) and call the page a report.  A document whose
  text names more than two different report titles is a listing, unless the statistical tables were read from
  it (a report page whose sidebar links other years' reports is still a report).
- **Strong evidence for a document of unknown role.**  A document fetched by nobody's spider — a record of a WARC
  from another crawler, a local file, a fetch recorded before roles — is a report only when it names itself an
  annual report of a year **and** carries the report's content.  It names itself one with a report title with a
  year (its own, not a listing's link text: there is none), or — the reports of 2008–2018 often have no title
  line — with the year of its statistics period (本报告中所列数据的统计期限自2017年1月1日…) and at least
  `MANY_SECTIONS` of the report's section headings; it carries the content when the statistical tables were read
  or at least two section headings are there (主动公开, 依申请公开, 复议/诉讼, 收费, 问题/改进 …).  A page that only
  says 详见附件 carries nothing of its own: its attachment is the report.

The parser's own rule (a title or the tables) is enough for a document a spider fetched as a report's page or
attachment: the spider followed a report link to it.
"""

from __future__ import annotations

import re
from typing import Any

# A report's title as listings print it: a year, then (before 报告/年报) the words of an annual disclosure report.
_TITLE = re.compile(r"(?:19|20)\d{2}\s*年度?[^\n。，;；]{0,30}?信息公开(?:工作)?(?:年度)?(?:报告|年报)")
# A section heading of an annual report: a Chinese ordinal, then one of the sections the 2008–2021 rules ask for.
_HEADING = re.compile(r"^\s*[（(]?[一二三四五六七八九十]{1,3}[、.．)）]\s*(?P<text>.{0,40})$", re.M)
_SECTIONS = {
    "overview": re.compile(r"总体情况|概述|基本情况"),
    "active": re.compile(r"主动公开"),
    "applications": re.compile(r"依申请|申请公开|公开申请"),
    "review": re.compile(r"复议|诉讼|申诉"),
    "fees": re.compile(r"收费|减免"),
    "problems": re.compile(r"问题|不足|改进|整改"),
    "other": re.compile(r"其他需要报告|其他事项"),
}
MAX_TITLES = 2  # a report names itself (and perhaps its title again as a heading); a listing names many
MANY_SECTIONS = 4  # headings enough to recognise an untitled report (the 2008 rules ask for six sections)


def listed_titles(text: str) -> int:
    """How many different report titles the text names."""
    return len({re.sub(r"\s+", "", match) for match in _TITLE.findall(text)})


def sections(text: str) -> int:
    """How many of an annual report's sections the text has a heading for."""
    headings = [m["text"] for m in _HEADING.finditer(text)]
    return sum(1 for pattern in _SECTIONS.values() if any(pattern.search(h) for h in headings))


def tables_read(parsed: dict[str, Any]) -> bool:
    return any(table for table in (parsed.get("tables") or {}).values())


def not_a_report(parsed: dict[str, Any], text: str, *, role_known: bool) -> str | None:
    """Why a parse the parser accepted is no report (one line), or None when it is one."""
    titles = listed_titles(text)
    if titles > MAX_TITLES and not tables_read(parsed):
        return f"a page that lists {titles} reports, not a report"
    if role_known:
        return None
    found = sections(text)
    titled = parsed.get("year") is not None and (bool(parsed.get("title")) or found >= MANY_SECTIONS)
    if not titled:
        return "no report title with a year (a document of unknown origin needs one)"
    if not tables_read(parsed) and found < 2:
        return "neither the statistical tables nor the report's sections (a document of unknown origin needs them)"
    return None
