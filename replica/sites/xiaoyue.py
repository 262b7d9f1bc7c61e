"""晓岳县 (www.xiaoyue.gov.cn): a FICTITIOUS county portal on an old JSP CMS where every page is a query string.

For the discovery spider: the root is a script redirect, the home page's entries are images named only in
`alt`, columns are `list.jsp?channelId=N&page=N` tables whose rows carry the title as text next to a bare 查看
link, and attachments are `download.jsp?fileId=N` named only by their link text; a special column is titled like a
report (2023年度…年度报告专栏) and lists reports found nowhere else.  Lists GBK, charset in <meta> only.
"""

from __future__ import annotations

import datetime as dt
import random

from replica.build import Column, SiteBuilder
from replica.content import ReportContent
from replica.model import BEIJING, Site
from replica.platforms import Attachment, Link, jsp_portal
from replica.sites.common import AttachmentSpec, basics
from replica.sites.published import notice_page, report_page

SITE = Site("xiaoyue", "www.xiaoyue.gov.cn", "http", "Apache-Coyote/1.1", title="晓岳县人民政府",
            fictitious=True)
ROBOTS = "User-agent: *\nDisallow: /manager/\n"
GOV = "晓岳县人民政府"
ANNUAL = 35
PER_PAGE = 8
REPORTS = [(GOV, year, "pdf" if year in (2024, 2021) else None) for year in range(2025, 2018, -1)] + [
    ("晓岳县教育局", 2024, None), ("晓岳县教育局", 2023, "doc"), ("晓岳县信访局", 2024, None),
    ("晓岳县信访局", 2023, None), ("晓岳县龙泉镇人民政府", 2024, None), ("晓岳县龙泉镇人民政府", 2022, None)]
SPECIAL, SPECIAL_TITLE = 36, "2023年度政府信息公开工作年度报告专栏"
SPECIAL_REPORTS = [("晓岳县财政局", 2023, None), ("晓岳县民政局", 2023, "pdf"), ("晓岳县卫生健康局", 2023, None)]
COLUMNS = {31: ("政府信息公开指南", "晓岳县人民政府信息公开指南", "guide"),
           32: ("政府信息公开制度", "晓岳县政府信息公开保密审查制度", "lookalike"),
           33: ("法定主动公开内容", "晓岳县人民政府关于印发2024年政府工作报告重点工作分工的通知", "article"),
           3: ("新闻动态", "晓岳县召开2024年度政务公开工作会议", "article")}


def _page(b: SiteBuilder, path: str, html: str, kind: str, **kwargs: object) -> None:
    b.page(path, html, kind, encoding="gbk", charset_header=False, **kwargs)  # type: ignore[arg-type]


def build(b: SiteBuilder) -> None:
    basics(b, ROBOTS, ("/portal/css/main.css",))
    b.start_urls.append(b.url("/"))
    _page(b, "/", jsp_portal.redirect("/portal/index.jsp"), "home")
    images = [("/portal/xxgk/index.jsp?channelId=12", "/portal/images/xxgk.png", "政府信息公开"),
              ("/portal/list.jsp?channelId=3", "/portal/images/xwdt.png", "新闻动态")]
    for _, src, _ in images:
        b.add(src, jsp_portal.PNG, "image/png", "asset")
    _page(b, "/portal/index.jsp", jsp_portal.home(SITE.title, images), "home")
    columns = [Link(f"/portal/list.jsp?channelId={c}", name) for c, (name, _, _) in COLUMNS.items() if c != 3]
    columns.append(Link(f"/portal/list.jsp?channelId={ANNUAL}", "政府信息公开工作年度报告"))
    # a special column titled like a report: it lists departments' reports found nowhere else
    columns.append(Link(f"/portal/list.jsp?channelId={SPECIAL}", SPECIAL_TITLE))
    _page(b, "/portal/xxgk/index.jsp?channelId=12", jsp_portal.catalogue(SITE.title, "政府信息公开", columns), "index")
    rng = b.rng("ids")
    for channel, (name, title, kind) in COLUMNS.items():
        column = Column(b)
        published = dt.datetime(2021 + channel % 4, 3, 10, 9, 0, tzinfo=BEIJING)
        path = f"/portal/detail.jsp?id={rng.randint(10_000, 99_999)}"
        notice_page(b, column, path, title, kind, published, lambda html, title=title, published=published:
                    jsp_portal.detail(SITE.title, title, published, "晓岳县人民政府办公室", html, []),
                    listing_form="root")
        _publish(b, column, channel, name)
    column = Column(b)
    for agency, year, fmt in REPORTS:
        content = b.content.generated(f"xiaoyue/{agency}/{year}", agency, year, latest_month=3 if agency == GOV else 1)
        _report(b, rng, column, content, fmt)
    old = b.content.pre2019("xiaoyue/2016", GOV, 2016, title="晓岳县2016年政府信息公开年度报告")
    _report(b, rng, column, old, None)
    published = dt.datetime(2023, 12, 15, 10, 0, tzinfo=BEIJING)
    title = "关于做好2023年度政府信息公开工作年度报告编制发布工作的通知"
    notice_page(b, column, f"/portal/detail.jsp?id={rng.randint(10_000, 99_999)}", title, "lookalike", published,
                lambda html: jsp_portal.detail(SITE.title, title, published, "晓岳县人民政府办公室", html, []),
                listing_form="root")
    _publish(b, column, ANNUAL, "政府信息公开工作年度报告")
    special = Column(b)
    for agency, year, fmt in SPECIAL_REPORTS:
        content = b.content.generated(f"xiaoyue/{agency}/{year}", agency, year, latest_month=1)
        _report(b, rng, special, content, fmt)
    _publish(b, special, SPECIAL, SPECIAL_TITLE)


def _report(b: SiteBuilder, rng: random.Random, column: Column, content: ReportContent, fmt: str | None) -> None:
    specs = [AttachmentSpec(fmt, f"/portal/download.jsp?fileId={rng.randint(1000, 9999)}", f"{content.title}.{fmt}",
                            disposition="gbk")] if fmt else []
    source = "晓岳县人民政府办公室" if content.agency == GOV else content.agency
    report_page(b, column, f"/portal/detail.jsp?id={rng.randint(10_000, 99_999)}", content,
                lambda url, links: _detail_page(content, source, links), specs, listing_form="root",
                report_id=f"{content.agency}-{content.year}")


def _detail_page(content: ReportContent, source: str, links: list[Attachment]) -> str:
    return jsp_portal.detail(SITE.title, content.title, content.published, source, content.body_html, links)


def _publish(b: SiteBuilder, column: Column, channel: int, name: str) -> None:
    def page_url(n: int) -> str:
        return b.url(f"/portal/list.jsp?channelId={channel}" + ("" if n == 1 else f"&page={n}"))

    pages = column.paginate(PER_PAGE, page_url)
    for number, url, items in pages:
        _page(b, url.removeprefix(SITE.origin), jsp_portal.listing(SITE.title, name, column.links(url, items), number,
                                                                   len(pages), channel), "listing")
