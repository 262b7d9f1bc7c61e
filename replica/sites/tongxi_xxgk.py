"""xxgk.tongxi.gov.cn: the FICTITIOUS 桐溪市's information-disclosure platform on Hanweb, on its own host.

Reached from the portal www.tongxi.gov.cn (replica/sites/tongxi.py): discovery must leave the start host
for this sibling on the same registrable domain.  Nothing here is an anchor list: the catalogue is an object
array in a script, the 市政府 and 部门 columns keep their records in jpage XML stores (the 部门 one holds 15 of 20;
the rest comes from `dataproxy.jsp`, named in the store's `<nextgroup>`), the 乡镇 column is another object array.
Files are served by `downfile.jsp?…&showname=…&filename=…`.
"""

from __future__ import annotations

import datetime as dt
import random
from urllib.parse import quote

from replica.build import SiteBuilder, href
from replica.content import ReportContent
from replica.model import BEIJING, Site
from replica.platforms import Link, hanweb
from replica.sites.common import AttachmentSpec, basics
from replica.sites.published import notice_page, report_page

SITE = Site("tongxi_xxgk", "xxgk.tongxi.gov.cn", "https", "nginx", title="桐溪市人民政府信息公开",
            fictitious=True)
PORTAL = "https://www.tongxi.gov.cn/index.html"
ROBOTS = "User-agent: *\nDisallow: /jcms/\n"
CITY = "桐溪市"
GOV = "桐溪市人民政府"
CHROME = hanweb.Chrome(SITE.title, [Link(PORTAL, "桐溪市人民政府门户网站"), Link("/index.html", "信息公开首页")],
                       "桐溪市人民政府办公室主办 浙ICP备00000004号 网站标识码：3399990004")
JPAGE_JS = "/module/jslib/jquery/jpage/jquery.jpage.js"
HOME_CRUMBS = [Link("/index.html", "政府信息公开")]
ANNUAL = 2040

# column id → (name, [(agency after the city, year, attachment format | None)]); the 市政府 and 部门 columns are
# data stores, the 乡镇 one an object array
COLUMNS: dict[int, tuple[str, list[tuple[str, int, str | None]]]] = {
    2041: ("市政府年报", [("人民政府", year, "pdf" if year == 2023 else None) for year in range(2025, 2018, -1)]),
    2042: ("部门年报", [(unit, year, "docx" if (unit, year) == ("教育局", 2023) else None) for unit, years in (
        ("发展和改革局", (2024, 2023)), ("教育局", (2024, 2023, 2022)), ("信访局", (2024, 2023, 2022, 2021, 2020)),
        ("财政局", (2024, 2023)), ("卫生健康局", (2023,)), ("市场监督管理局", (2024, 2023)), ("民政局", (2024,)),
        ("住房和城乡建设局", (2023,)), ("自然资源和规划局", (2024, 2022))) for year in years]),
    2043: ("乡镇（街道）年报", [("城关街道办事处", 2024, None), ("城关街道办事处", 2023, None),
                              ("溪口镇人民政府", 2024, None), ("白沙乡人民政府", 2023, None)]),
}
LOOKALIKES = {2041: [("桐溪市2024年政务公开工作要点", dt.datetime(2024, 3, 26, 9, 0, tzinfo=BEIJING))],
              2042: [("关于报送2023年度政府信息公开工作年度报告的通知",
                      dt.datetime(2023, 12, 20, 15, 0, tzinfo=BEIJING))]}
STORE_SIZE = 15  # records jpage keeps in the page; the rest comes from dataproxy.jsp


def build(b: SiteBuilder) -> None:
    basics(b, ROBOTS, ("/script/0/style.css",))
    b.add(JPAGE_JS, b"/* jpage: draws and pages the records of a data store */\n", "application/javascript", "asset")
    rng = b.rng("ids")
    catalog = [{"name": "政府信息公开指南", "url": "/col/col2011/index.html"},
               {"name": "政府信息公开制度", "url": "/col/col2012/index.html"},
               {"name": "法定主动公开内容", "url": "/col/col2013/index.html"},
               {"name": "政府信息公开年报", "url": f"/col/col{ANNUAL}/index.html"}]
    home = hanweb.object_list_page(CHROME, "政府信息公开", [], "catalog", catalog, "catalog")
    b.page("/index.html", home, "index")
    for column, name, title, kind, published in (
            (2011, "政府信息公开指南", "桐溪市人民政府信息公开指南", "guide",
             dt.datetime(2021, 3, 1, 9, 0, tzinfo=BEIJING)),
            (2012, "政府信息公开制度", "桐溪市政府信息公开工作考核制度", "lookalike",
             dt.datetime(2021, 8, 4, 9, 0, tzinfo=BEIJING)),
            (2013, "法定主动公开内容", "桐溪市人民政府关于2024年度市级财政预算执行情况的报告", "article",
             dt.datetime(2024, 8, 28, 9, 0, tzinfo=BEIJING))):
        crumbs = [*HOME_CRUMBS, Link("", name)]
        path = _article_path(rng, column, published)
        notice_page(b, None, path, title, kind, published, lambda html, title=title, published=published, c=crumbs:
                    hanweb.article(CHROME, title, c, published, "桐溪市人民政府办公室", html, []))
        b.non_reports[-1].listed_on.append(b.url(f"/col/col{column}/index.html"))
        b.page(f"/col/col{column}/index.html", hanweb.datastore_page(
            CHROME, name, crumbs, column, [Link(path, title, published.date().isoformat())], 1, 15, None), "listing")
    b.page(f"/col/col{ANNUAL}/index.html", hanweb.column_page(
        CHROME, "政府信息公开年报", HOME_CRUMBS, [Link(f"/col/col{c}/index.html", n) for c, (n, _) in COLUMNS.items()],
        "本栏目发布本市行政机关政府信息公开工作年度报告。"), "index")
    for column, (name, reports) in COLUMNS.items():
        _column(b, rng, column, name, reports)


def _article_path(rng: random.Random, column: int, published: dt.datetime) -> str:
    return f"/art/{published.year}/{published.month}/{published.day}/art_{column}_{rng.randint(500_000, 699_999)}.html"


def _column(b: SiteBuilder, rng: random.Random, column: int, name: str,
            reports: list[tuple[str, int, str | None]]) -> None:
    crumbs = [*HOME_CRUMBS, Link(f"/col/col{ANNUAL}/index.html", "政府信息公开年报"), Link("", name)]
    page_url = b.url(f"/col/col{column}/index.html")
    items: list[tuple[Link, object]] = []
    contents: list[tuple[ReportContent, str | None]] = [
        (b.content.generated(f"tongxi/{column}/{unit}/{year}", CITY + unit, year,
                             latest_month=3 if unit == "人民政府" else 1), fmt) for unit, year, fmt in reports]
    if column == 2041:
        contents.append((b.content.pre2019("tongxi/2017", GOV, 2017, title="桐溪市2017年政府信息公开年度报告"), None))
    for content, fmt in contents:
        specs = [AttachmentSpec(fmt, f"/module/download/downfile.jsp?classid=0&showname={quote(content.title)}.{fmt}"
                                     f"&filename={rng.randint(10**15, 10**16 - 1):x}.{fmt}", f"{content.title}.{fmt}")
                 ] if fmt else []
        path = _article_path(rng, column, content.published)
        source = "桐溪市人民政府办公室" if content.agency == GOV else content.agency
        entry = report_page(b, None, path, content, lambda url, links, content=content, source=source: hanweb.article(
            CHROME, content.title, crumbs, content.published, source, content.body_html, links), specs)
        items.append((Link(href(page_url, b.url(path), "root"), content.title, content.published.date().isoformat()),
                      entry))
    for title, published in LOOKALIKES.get(column, []):
        path = _article_path(rng, column, published)
        notice_page(b, None, path, title, "lookalike", published, lambda html, title=title, published=published:
                    hanweb.article(CHROME, title, crumbs, published, "桐溪市人民政府办公室", html, []))
        items.append((Link(path, title, published.date().isoformat()), b.non_reports[-1]))
    items.sort(key=lambda item: item[0].date, reverse=True)
    if column == 2043:  # the towns' list: an object array drawn by a script
        rows = [{"title": link.title, "url": link.href, "date": link.date} for link, _ in items]
        b.page(f"/col/col{column}/index.html", hanweb.object_list_page(CHROME, name, crumbs, "townDocs", rows,
                                                                        "town-list"), "listing")
        for _, listed in items:
            listed.listed_on.append(page_url)  # type: ignore[attr-defined]
        return
    stored, rest = items[:STORE_SIZE], items[STORE_SIZE:]
    proxy = None
    if rest:
        proxy = (f"/module/web/jpage/dataproxy.jsp?startrecord={STORE_SIZE + 1}&endrecord={2 * STORE_SIZE}"
                 f"&perpage={STORE_SIZE}&columnid={column}&unitid=8801&webid=3&appid=1")
        b.add(proxy, hanweb.dataproxy_answer([link for link, _ in rest], len(items)).encode(),
              "text/xml;charset=UTF-8", "api")
        for _, listed in rest:
            listed.listed_on.append(b.url(proxy))  # type: ignore[attr-defined]
    for _, listed in stored:
        listed.listed_on.append(page_url)  # type: ignore[attr-defined]
    b.page(f"/col/col{column}/index.html", hanweb.datastore_page(
        CHROME, name, crumbs, column, [link for link, _ in stored], len(items), 5, proxy), "listing")
