"""What a report page's chrome says about the report: who published it and when, read from the words CMSs print.

Chinese government CMSs print a meta line or table around the article (`来源：…`, `信息来源：…`, `发布机构：…`,
`发文机关：…`, `发布日期：2024-01-25`), a breadcrumb (`首页 > 政务公开 > 部门 > 区信访局`) and sometimes
`<meta name="ContentSource|Author|publisher">`.  The agency there stands in for a title that names none
(`2025年政务公开工作年度报告（沙溪街道）` on a page whose source is 沙溪街道办事处); the date for a title without a
year (a report is published in the months after its year).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from parsel import Selector

_LABELLED = re.compile(r"(?:发布机构|发文机关|发文单位|发布单位|信息来源|来源单位|来源|所属机构|责任部门|主办单位)"
                       r"\s*[：:]\s*([\u4e00-\u9fff（）()]{2,40})")
_DATE = re.compile(r"(?:发布日期|发布时间|成文日期|发文日期|日期|时间|公开日期)\s*[：:]\s*((?:19|20)\d{2})[-./年]"
                   r"(\d{1,2})[-./月](\d{1,2})")
# A bare date in the article's info line, right before the font-size/print controls: `… 政府信息公开年报 2021-01-29
# 【字体:` on the Linfen county template (reference/sites.md §5, seen on www.quwo.gov.cn / www.sxxx.gov.cn pages).
_BARE_DATE = re.compile(r"((?:19|20)\d{2})[-./年](\d{1,2})[-./月](\d{1,2})日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*"
                        r"[【\[]?\s*(?:字体|字号|打印)")
_META_NAMES = ("ContentSource", "contentSource", "publisher", "Publisher", "author", "Author", "source")
_AGENCY_END = re.compile(r"(?:人民政府|政府|办公室|办公厅|委员会|管委会|办事处|街道|镇|乡|局|委|办|厅|署|院|中心|所"
                         r"|站)$")
_NOT_AGENCY = re.compile(r"本网|本站|网站|融媒体|新闻|转载|原创|首页|政务公开|信息公开|年度报告|年报")


@dataclass(frozen=True)
class Chrome:
    agency: str | None = None  # the publisher the page names
    published: dt.date | None = None


def read_chrome(html: str) -> Chrome:
    """The publisher and the publication date a report page states (None where it states none)."""
    page = Selector(text=html)
    text = " ".join(" ".join(page.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]")
                             .getall()).split())
    agency = next((name for name in _LABELLED.findall(text) if _agency(name)), None)
    if agency is None:
        metas = [page.xpath(f"//meta[@name='{name}']/@content").get() for name in _META_NAMES]
        agency = next((name.strip() for name in metas if name and _agency(name.strip())), None)
    if agency is None:
        agency = _from_breadcrumb(page)
    date = _DATE.search(text) or _BARE_DATE.search(text)
    published = None
    if date:
        try:
            published = dt.date(int(date[1]), int(date[2]), int(date[3]))
        except ValueError:
            published = None
    return Chrome(agency, published)


def year_from_published(published: dt.date | None) -> int | None:
    """A report is published in the first months after the year it reports on (by 31 January for departments, by
    31 March for governments; late ones later in the year)."""
    return published.year - 1 if published else None


def government_name(site_title: str | None) -> str | None:
    """The government a site belongs to, from its name (`某某县人民政府门户网站` → `某某县人民政府`)."""
    name = re.sub(r"(?:门户)?网站$|政务网$|官网$", "", "".join((site_title or "").split()))
    return name if re.search(r"(?:人民政府|政府)$", name) and len(name) <= 30 else None


def _agency(name: str) -> bool:
    return bool(_AGENCY_END.search(name)) and not _NOT_AGENCY.search(name) and 2 <= len(name) <= 40


def _from_breadcrumb(page: Selector) -> str | None:
    """The last breadcrumb step that names a body (`… > 部门 > 区信访局`)."""
    for node in page.xpath("//*[contains(@class,'crumb') or contains(@class,'position') or contains(@class,'location')"
                           " or contains(@class,'dqwz') or contains(@id,'crumb') or contains(@id,'position')]"):
        steps = [" ".join(t.split()) for t in node.xpath(".//a//text()").getall() if t.strip()]
        for step in reversed(steps):
            if _agency(step):
                return step
    return None
