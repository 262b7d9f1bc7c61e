"""云溪县 (www.yunxi.gov.cn): a FICTITIOUS county portal on a Zhejiang-style Hanweb 政务公开 platform.

For discovery (what tongxi does not show):
- the report column `/col/col1229634021/index.html` keeps only its first group of records (perPage 4 × groupSize 3)
  in its jpage store; the `<nextgroup>` names `/module/web/jpage/dataproxy.jsp` by the column's parameters only
  (`page=1&webid=…&path=/&columnid=…&unitid=…&webname=…&permissiontype=0`, the form of
  http://kjt.shandong.gov.cn/col/col103585/index.html), and the further groups are answered only to a POST of
  `dataproxy.jsp?startrecord=13&endrecord=24&perpage=4` with those parameters as the form body (as public crawlers
  of https://gxt.jiangsu.gov.cn/module/web/jpage/dataproxy.jsp and
  http://www.chinalaw.gov.cn/module/web/jpage/dataproxy.jsp?perpage=15&startrecord=1 send it).  The jpage call's
  exact arguments (`totalRecord`, `perPage`, `groupSize`, `proxyUrl`) are assumed.
- the towns' reports are pages of the disclosure module, `/module/xxgk/xxgkAnnualReport.jsp?area=<unit code>&
  fbtime=<year>` (the URL form of http://www.yj.gov.cn/module/xxgk/xxgkAnnualReport.jsp?fbtime=2010&area=001008003014074
  and http://www.wenzhou.gov.cn/module/xxgk/xxgkAnnualReport.jsp?area=001008003015001&fbtime=2022), listed in a
  store that holds them all; a column titled like a report (`2023年度乡镇政府信息公开工作年度报告`) lists the towns'
  reports of that year found nowhere else.
Articles `/art/YYYY/M/D/art_<col>_<id>.html` (the form of
http://www.hangzhou.gov.cn/art/2024/1/22/art_1229063423_4234584.html).  Decoys in the report column (assumed mix, each
kind in tests/titles/real_titles.csv or the issue): a 解读, an infographic (一图读懂), a notice inviting comments, a
notice about submitting the reports (look-alikes, never to be fetched), and a `政务公开工作年度报告` whose body is
a work notice (kind `decoy`).
"""

from __future__ import annotations

import datetime as dt
import random

from replica.build import SiteBuilder, href
from replica.content import ReportContent
from replica.model import BEIJING, Site
from replica.platforms import Link, hanweb
from replica.sites.common import AttachmentSpec, basics
from replica.sites.published import notice_page, report_page

SITE = Site("yunxi", "www.yunxi.gov.cn", "https", "nginx", title="云溪县人民政府", fictitious=True)
ROBOTS = "User-agent: *\nDisallow: /jcms/\n"
GOV = "云溪县人民政府"
CHROME = hanweb.Chrome(SITE.title, [Link("/index.html", "首页"), Link("/col/col1229634001/index.html", "政务公开")],
                       "云溪县人民政府办公室主办 浙ICP备00000009号 网站标识码：3399990009")
WEB_ID, UNIT_ID, PER_PAGE, GROUP = 9, 7734021, 4, 3
DISCLOSURE, ANNUAL_INDEX, ANNUAL, TOWNS, SPECIAL = 1229634001, 1229634020, 1229634021, 1229634023, 1229634024
SPECIAL_TITLE = "2023年度乡镇政府信息公开工作年度报告"
HOME_CRUMBS = [Link("/index.html", "首页"), Link(f"/col/col{DISCLOSURE}/index.html", "政务公开")]
# the report column: the county's and the departments' reports, newest first (agency, year, attachment)
COUNTY = [(GOV, year, "pdf" if year in (2024, 2021) else None) for year in range(2025, 2018, -1)]
DEPARTMENTS = [(f"云溪县{unit}", year, "docx" if (unit, year) == ("教育局", 2023) else None) for unit, years in (
    ("发展和改革局", (2024, 2023)), ("教育局", (2024, 2023)), ("财政局", (2024, 2023, 2022)), ("民政局", (2024,)),
    ("自然资源和规划局", (2024, 2023)), ("卫生健康局", (2024, 2023)), ("市场监督管理局", (2024,)),
    ("公安局", (2024, 2023))) for year in years]
TOWNS_REPORTS = [("云溪县溪口镇人民政府", "330999101", 2024), ("云溪县溪口镇人民政府", "330999101", 2023),
                 ("云溪县白鹤乡人民政府", "330999102", 2024), ("云溪县城东街道办事处", "330999103", 2024)]
SPECIAL_REPORTS = [("云溪县城东街道办事处", "330999103", 2023), ("云溪县白鹤乡人民政府", "330999102", 2023)]
LOOK_ALIKES = [("关于征集2025年度政府信息公开工作年度报告意见建议的通知",
                dt.datetime(2025, 12, 8, 9, 0, tzinfo=BEIJING)),
               ("一图读懂云溪县2024年政府信息公开工作年度报告", dt.datetime(2025, 3, 27, 9, 0, tzinfo=BEIJING)),
               ("《云溪县2024年政府信息公开工作年度报告》解读", dt.datetime(2025, 3, 27, 10, 0, tzinfo=BEIJING)),
               ("关于报送2024年度政府信息公开工作年度报告的通知", dt.datetime(2024, 12, 16, 9, 0, tzinfo=BEIJING))]
DECOY = ("云溪县2023年政务公开工作年度报告", dt.datetime(2024, 1, 31, 9, 0, tzinfo=BEIJING))


def build(b: SiteBuilder) -> None:
    basics(b, ROBOTS, ("/script/0/style.css",))
    b.add("/module/jslib/jquery/jpage/jquery.jpage.js", b"/* jpage: draws and pages the records of a data store */\n",
          "application/javascript", "asset")
    b.start_urls.append(b.url("/"))
    home = hanweb.home(CHROME, [Link(f"/col/col{DISCLOSURE}/index.html", "政务公开")], [])
    b.page("/", home, "home")
    b.page("/index.html", home, "home")
    rng = b.rng("ids")
    b.page(f"/col/col{DISCLOSURE}/index.html", hanweb.column_page(CHROME, "政务公开", HOME_CRUMBS[:1], [
        Link("/col/col1229634011/index.html", "政府信息公开指南"), Link(f"/col/col{ANNUAL_INDEX}/index.html",
                                                                        "政府信息公开年报")]), "index")
    guide_published = dt.datetime(2022, 3, 1, 9, 0, tzinfo=BEIJING)
    guide = _article(rng, 1229634011, guide_published)
    notice_page(b, None, guide, "云溪县人民政府信息公开指南", "guide", guide_published, lambda html: hanweb.article(
        CHROME, "云溪县人民政府信息公开指南", HOME_CRUMBS, guide_published, "云溪县人民政府办公室", html, []))
    b.non_reports[-1].listed_on.append(b.url("/col/col1229634011/index.html"))
    b.page("/col/col1229634011/index.html", hanweb.datastore_page(
        CHROME, "政府信息公开指南", HOME_CRUMBS, 1229634011,
        [Link(guide, "云溪县人民政府信息公开指南", guide_published.date().isoformat())], 1, 15, None), "listing")
    crumbs = [*HOME_CRUMBS, Link(f"/col/col{ANNUAL_INDEX}/index.html", "政府信息公开年报")]
    b.page(f"/col/col{ANNUAL_INDEX}/index.html", hanweb.column_page(CHROME, "政府信息公开年报", HOME_CRUMBS, [
        Link(f"/col/col{ANNUAL}/index.html", "县政府及部门年报"),
        Link(f"/col/col{TOWNS}/index.html", "乡镇（街道）年报"), Link(f"/col/col{SPECIAL}/index.html", SPECIAL_TITLE)],
        "本栏目发布本县行政机关政府信息公开工作年度报告。"), "index")
    _report_column(b, rng, crumbs)
    for column, name, reports in ((TOWNS, "乡镇（街道）年报", TOWNS_REPORTS),
                                  (SPECIAL, SPECIAL_TITLE, SPECIAL_REPORTS)):
        _towns(b, column, name, [*crumbs, Link("", name)], reports)


def _article(rng: random.Random, column: int, published: dt.datetime) -> str:
    number = rng.randint(4_000_000, 4_999_999)
    return f"/art/{published.year}/{published.month}/{published.day}/art_{column}_{number}.html"


def _report_column(b: SiteBuilder, rng: random.Random, crumbs: list[Link]) -> None:
    """The county's and departments' reports with the look-alikes: the first group in the page, the rest by POST."""
    crumbs = [*crumbs, Link("", "县政府及部门年报")]
    page_url = b.url(f"/col/col{ANNUAL}/index.html")
    items: list[tuple[Link, object]] = []
    for agency, year, fmt in [*COUNTY, *DEPARTMENTS]:
        content = b.content.generated(f"yunxi/{agency}/{year}", agency, year, latest_month=3 if agency == GOV else 1)
        items.append(_report(b, rng, page_url, content, fmt, crumbs))
    old = b.content.pre2019("yunxi/2017", GOV, 2017, title="云溪县2017年政府信息公开年度报告")
    items.append(_report(b, rng, page_url, old, None, crumbs))
    for title, published, kind in [*((t, p, "lookalike") for t, p in LOOK_ALIKES), (*DECOY, "decoy")]:
        path = _article(rng, ANNUAL, published)
        notice_page(b, None, path, title, kind, published, lambda html, t=title, p=published: hanweb.article(
            CHROME, t, crumbs, p, "云溪县人民政府办公室", html, []))
        items.append((Link(path, title, published.date().isoformat()), b.non_reports[-1]))
    items.sort(key=lambda item: item[0].date, reverse=True)
    stored = PER_PAGE * GROUP
    proxy_query = (f"page=1&webid={WEB_ID}&path=/&columnid={ANNUAL}&unitid={UNIT_ID}&webname={SITE.title}"
                   "&permissiontype=0")
    for _, listed in items[:stored]:
        listed.listed_on.append(page_url)  # type: ignore[attr-defined]
    for start in range(stored + 1, len(items) + 1, stored):
        group = items[start - 1:start - 1 + stored]
        path = (f"/module/web/jpage/dataproxy.jsp?startrecord={start}&endrecord={start + len(group) - 1}"
                f"&perpage={PER_PAGE}")
        answer = b.add(path, hanweb.dataproxy_answer([link for link, _ in group], len(items)).encode(),
                       "text/xml;charset=UTF-8", "api", form=(("columnid", str(ANNUAL)), ("unitid", str(UNIT_ID))))
        for _, listed in group:
            listed.listed_on.append(answer.url)  # type: ignore[attr-defined]
    b.page(f"/col/col{ANNUAL}/index.html", hanweb.grouped_store_page(
        CHROME, "县政府及部门年报", crumbs, UNIT_ID, proxy_query, [link for link, _ in items[:stored]], len(items),
        PER_PAGE, GROUP), "listing")


def _report(b: SiteBuilder, rng: random.Random, page_url: str, content: ReportContent, fmt: str | None,
            crumbs: list[Link]) -> tuple[Link, object]:
    specs = [AttachmentSpec(fmt, f"/module/download/downfile.jsp?classid=0&filename={rng.randint(10**15, 10**16):x}"
                                 f".{fmt}", f"{content.title}.{fmt}")] if fmt else []
    path = _article(rng, ANNUAL, content.published)
    source = "云溪县人民政府办公室" if content.agency == GOV else content.agency
    entry = report_page(b, None, path, content, lambda url, links: hanweb.article(
        CHROME, content.title, crumbs, content.published, source, content.body_html, links), specs)
    return Link(href(page_url, b.url(path), "root"), content.title, content.published.date().isoformat()), entry


def _towns(b: SiteBuilder, column: int, name: str, crumbs: list[Link], reports: list[tuple[str, str, int]]) -> None:
    """Reports as pages of the disclosure module, listed in a store that holds them all."""
    page_url = b.url(f"/col/col{column}/index.html")
    links = []
    for agency, area, year in reports:
        content = b.content.generated(f"yunxi/{agency}/{year}", agency, year, latest_month=1)
        path = f"/module/xxgk/xxgkAnnualReport.jsp?area={area}&fbtime={year}"
        entry = report_page(b, None, path, content, lambda url, files, c=content, a=agency: hanweb.article(
            CHROME, c.title, crumbs, c.published, a, c.body_html, files), report_id=f"{area}-{year}")
        entry.listed_on.append(page_url)
        links.append(Link(path, content.title, content.published.date().isoformat()))
    b.page(f"/col/col{column}/index.html", hanweb.datastore_page(CHROME, name, crumbs, column, links, len(links), 15,
                                                                  None), "listing")
