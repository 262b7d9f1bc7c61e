"""麓塘县 (www.lutang.gov.cn): a FICTITIOUS county portal whose annual-report list comes from a JSON API.

The 政府信息公开年度报告 column is an empty list filled by `/static/js/doclist.js` from
`/api/v1/channel/1024/docs?pageNo=N&pageSize=10` (two pages); the page itself names no data URL, so only a browser
finds it.  Its rows write `docUrl` root-relative, absolute, once with `http://` on this https site, once straight
to a file, once to the city portal (off-site).  The departments' column is static, paginated `index_2.html`,
`index_3.html` by a pager that `pager.js` draws from the record count.  Files come from `downfile.jsp?…&filename=`.
"""

from __future__ import annotations

import datetime as dt
import random

from replica.build import Column, SiteBuilder
from replica.content import ReportContent
from replica.model import BEIJING, Site
from replica.platforms import Link, doclist_api
from replica.sites.common import AttachmentSpec, attach, basics
from replica.sites.published import notice_page, report_page

SITE = Site("lutang", "www.lutang.gov.cn", "https", "nginx/1.22.1", gzip=True, title="麓塘县人民政府",
            fictitious=True)
ROBOTS = "User-agent: *\nDisallow: /manage/\n"
GOV = "麓塘县人民政府"
PROVINCE = ("https://www.hunan.gov.cn/", "湖南省人民政府")
CITY_COPY = ("https://www.lingzhou.gov.cn/xxgk/ndbg/202203/t20220325_88431.html",
             "麓塘县2022年政府信息公开工作年度报告（市政府门户网站）")  # fictitious city portal: off-site
CHROME = doclist_api.Chrome(SITE.title, [Link("/", "首页"), Link("/xxgk/index.html", "政府信息公开"),
                                         Link("/xwzx/index.html", "新闻中心"), Link("/bsfw/index.html", "办事服务"),
                                         Link(*PROVINCE)],
                            "麓塘县人民政府办公室主办 湘ICP备00000003号 网站标识码：4399990003")
XXGK = "/xxgk/"
SIDE = [Link(XXGK + "xxgkzn/index.html", "政府信息公开指南"), Link(XXGK + "xxgkzd/index.html", "政府信息公开制度"),
        Link(XXGK + "fdzdgknr/index.html", "法定主动公开内容"), Link(XXGK + "ndbg/index.html", "政府信息公开年度报告"),
        Link(XXGK + "bmndbg/index.html", "部门政府信息公开年度报告")]
CRUMBS = [Link("/", "首页"), Link(XXGK + "index.html", "政府信息公开")]
CHANNEL, DEPT_CHANNEL = "1024", "1025"
API_SIZE, DEPT_PER_PAGE = 10, 5

# The JSON-listed column: (agency, year, how the row writes docUrl: root | abs | http | file, attachment)
GOV_REPORTS: list[tuple[str, int, str, str | None]] = [
    (GOV, 2025, "root", None), (GOV, 2024, "root", "pdf"), (GOV, 2023, "abs", None), (GOV, 2022, "root", None),
    (GOV, 2021, "http", None), (GOV, 2020, "root", None), (GOV, 2019, "root", None),
    ("麓塘县城南街道办事处", 2024, "file", None), ("麓塘县龙潭镇人民政府", 2023, "root", None)]
GOV_LOOKALIKES = [("麓塘县2024年政务公开工作要点", dt.datetime(2024, 3, 29, 10, 0, tzinfo=BEIJING)),
                  ("关于做好2024年政府信息公开工作年度报告编制工作的通知",
                   dt.datetime(2024, 12, 23, 9, 0, tzinfo=BEIJING))]
DEPT_REPORTS: list[tuple[str, int, str | None]] = [
    ("麓塘县发展和改革局", 2024, None), ("麓塘县发展和改革局", 2023, None), ("麓塘县教育局", 2024, None),
    ("麓塘县教育局", 2023, "doc"), ("麓塘县教育局", 2022, None), ("麓塘县信访局", 2024, None),
    ("麓塘县信访局", 2023, None), ("麓塘县信访局", 2022, None), ("麓塘县信访局", 2021, None),
    ("麓塘县信访局", 2020, None),
    ("麓塘县财政局", 2024, None), ("麓塘县应急管理局", 2023, None)]


def build(b: SiteBuilder) -> None:
    basics(b, ROBOTS, ("/static/css/site.css",))
    b.add("/static/js/doclist.js", doclist_api.DOCLIST_JS.encode(), "application/javascript", "asset")
    b.add("/static/js/pager.js", doclist_api.PAGER_JS.encode(), "application/javascript", "asset")
    b.start_urls.append(b.url("/"))
    b.offsite_link(PROVINCE[0], PROVINCE[1], b.url("/"))
    rng = b.rng("ids")
    news = _news(b, rng)
    entries = [Link(XXGK + "index.html", "政府信息公开"), Link("/xwzx/index.html", "新闻中心"),
               Link("/bsfw/index.html", "办事服务")]
    b.page("/index.html", doclist_api.home(CHROME, entries, news), "home")
    service = doclist_api.column_index(CHROME, "办事服务", CRUMBS[:1], [], "请访问湖南政务服务网办理。")
    b.page("/bsfw/index.html", service, "index")
    b.page(XXGK + "index.html", doclist_api.column_index(CHROME, "政府信息公开", CRUMBS[:1], SIDE,
                                                         "麓塘县人民政府信息公开平台"), "index")
    singles = {"xxgkzn": ("麓塘县人民政府信息公开指南", "guide", dt.datetime(2021, 4, 1, 9, 0, tzinfo=BEIJING)),
               "xxgkzd": ("麓塘县政府信息公开保密审查制度", "lookalike",
                          dt.datetime(2021, 6, 9, 9, 0, tzinfo=BEIJING)),
               "fdzdgknr": ("麓塘县人民政府关于印发2024年政府工作报告重点任务分工方案的通知", "article",
                            dt.datetime(2024, 2, 2, 9, 0, tzinfo=BEIJING))}
    for column, (title, kind, published) in singles.items():
        name = next(link.title for link in SIDE if f"/{column}/" in link.href)
        _static_column(b, rng, column, name, "1026", [(title, kind, published)], [])
    _api_column(b, rng)
    crumbs = [*CRUMBS, Link(XXGK + "bmndbg/index.html", "部门政府信息公开年度报告")]
    contents = [(b.content.generated(f"lutang/dept/{agency}/{year}", agency, year, latest_month=1), attachment)
                for agency, year, attachment in DEPT_REPORTS]
    _static_column(b, rng, "bmndbg", "部门政府信息公开年度报告", DEPT_CHANNEL,
                   [("麓塘县信访局政府信息公开工作制度", "lookalike", dt.datetime(2022, 5, 5, 9, 0, tzinfo=BEIJING))],
                   contents, crumbs)


def _article_path(rng: random.Random, channel: str, published: dt.datetime) -> str:
    return (f"/art/{published.year}/{published.month}/{published.day}/"
            f"art_{channel}_{rng.randint(60_000, 99_999)}.html")


def _download(rng: random.Random, published: dt.datetime, fmt: str) -> str:
    return f"/module/download/downfile.jsp?classid=0&filename={published:%y%m%d%H%M}{rng.randint(100, 999)}.{fmt}"


def _article(b: SiteBuilder, rng: random.Random, column: Column | None, channel: str, content: ReportContent,
             attachment: str | None, crumbs: list[Link]) -> str:
    specs = [AttachmentSpec(attachment, _download(rng, content.published, attachment),
                            f"{content.title}.{attachment}", disposition="rfc5987")] if attachment else []
    path = _article_path(rng, channel, content.published)
    source = "麓塘县人民政府办公室" if content.agency == GOV else content.agency
    report_page(b, column, path, content, lambda url, links: doclist_api.article(
        CHROME, content.title, crumbs, content.published, source, content.body_html, links), specs)
    return path


def _api_column(b: SiteBuilder, rng: random.Random) -> None:
    """政府信息公开年度报告: a JS page and the JSON API behind it (rows newest first, 10 a page)."""
    crumbs = [*CRUMBS, Link(XXGK + "ndbg/index.html", "政府信息公开年度报告")]
    b.page(XXGK + "ndbg/index.html", doclist_api.js_list_page(CHROME, "政府信息公开年度报告", crumbs, SIDE, CHANNEL),
           "listing", note="list drawn by doclist.js from the JSON API")
    rows: list[tuple[str, dict, object]] = []  # (sort key, row, manifest entry or None)
    for agency, year, form, attachment in GOV_REPORTS:
        content = b.content.generated(f"lutang/{agency}/{year}", agency, year, latest_month=3 if agency == GOV else 1)
        if form == "file":
            resource, document, _ = attach(b, content, AttachmentSpec(
                "pdf", _download(rng, content.published, "pdf"), content.title, disposition="gbk"), content.published)
            entry = b.report(content, resource, [document], report_id=f"file_{year}_{agency}", listed_on=[])
            url = resource.path + "?" + resource.query
        else:
            path = _article(b, rng, None, CHANNEL, content, attachment, crumbs)
            entry = b.reports[-1]
            url = {"root": path, "abs": b.url(path), "http": "http://" + SITE.host + path}[form]
        rows.append((content.published.isoformat(), doclist_api.api_row(
            rng.randint(60_000, 99_999), content.title, url, content.published, agency), entry))
    old = b.content.pre2019("lutang/2017", GOV, 2017, title="麓塘县2017年政府信息公开年度报告")
    path = _article(b, rng, None, CHANNEL, old, None, crumbs)
    rows.append((old.published.isoformat(), doclist_api.api_row(rng.randint(60_000, 99_999), old.title, path,
                                                                old.published, GOV), b.reports[-1]))
    for title, published in GOV_LOOKALIKES:
        path = _article_path(rng, CHANNEL, published)
        notice_page(b, None, path, title, "lookalike", published, lambda html, title=title, published=published:
                    doclist_api.article(CHROME, title, crumbs, published, "麓塘县人民政府办公室", html, []))
        rows.append((published.isoformat(), doclist_api.api_row(rng.randint(60_000, 99_999), title, path, published,
                                                                 "麓塘县人民政府办公室"), b.non_reports[-1]))
    jump = dt.datetime(2022, 3, 25, 10, 0, tzinfo=BEIJING)
    rows.append((jump.isoformat(), doclist_api.api_row(rng.randint(60_000, 99_999), CITY_COPY[1], CITY_COPY[0], jump,
                                                       "灵州市人民政府办公室"), None))
    rows.sort(key=lambda row: row[0], reverse=True)
    ordered = [row for _, row, _ in rows]
    pages = -(-len(ordered) // API_SIZE)
    for page in range(1, pages + 1):
        api = f"/api/v1/channel/{CHANNEL}/docs?pageNo={page}&pageSize={API_SIZE}"
        b.json(api, doclist_api.api_page(ordered, page, API_SIZE))
        for _, _, listed in rows[(page - 1) * API_SIZE: page * API_SIZE]:
            if listed is not None:
                listed.listed_on.append(b.url(api))
            else:
                b.offsite_link(CITY_COPY[0], CITY_COPY[1], b.url(api))


def _static_column(b: SiteBuilder, rng: random.Random, column_dir: str, name: str, channel: str,
                   notices: list[tuple[str, str, dt.datetime]], contents: list[tuple[ReportContent, str | None]],
                   crumbs: list[Link] | None = None) -> None:
    directory = f"{XXGK}{column_dir}/"
    crumbs = crumbs or [*CRUMBS, Link(directory + "index.html", name)]
    column = Column(b)
    for content, attachment in contents:
        _article(b, rng, column, channel, content, attachment, crumbs)
    for title, kind, published in notices:
        notice_page(b, column, _article_path(rng, channel, published), title, kind, published,
                    lambda html, title=title, published=published: doclist_api.article(
                        CHROME, title, crumbs, published, "麓塘县人民政府办公室", html, []))
    _publish(b, column, directory, name, crumbs, DEPT_PER_PAGE, SIDE)


def _publish(b: SiteBuilder, column: Column, directory: str, name: str, crumbs: list[Link], per_page: int,
             side: list[Link]) -> None:
    def page_url(n: int) -> str:
        return b.url(directory + ("index.html" if n == 1 else f"index_{n}.html"))

    pages = column.paginate(per_page, page_url)
    for number, url, items in pages:
        b.page(url.removeprefix(SITE.origin), doclist_api.listing(CHROME, name, crumbs, side, column.links(url, items),
                                                                  number, len(column.items), per_page), "listing")


def _news(b: SiteBuilder, rng: random.Random) -> list[Link]:
    crumbs = [Link("/", "首页"), Link("/xwzx/index.html", "新闻中心")]
    column = Column(b)
    for title, published in (("麓塘县召开2024年度政府信息公开工作推进会",
                              dt.datetime(2025, 1, 8, 15, 0, tzinfo=BEIJING)),
                             ("县委理论学习中心组举行2025年第一次集体学习",
                              dt.datetime(2025, 2, 20, 9, 0, tzinfo=BEIJING))):
        notice_page(b, column, _article_path(rng, "1001", published), title, "article", published,
                    lambda html, title=title, published=published: doclist_api.article(
                        CHROME, title, crumbs, published, "麓塘县融媒体中心", html, []))
    _publish(b, column, "/xwzx/", "新闻中心", crumbs, DEPT_PER_PAGE, [])
    return [Link(item.url.removeprefix(SITE.origin), item.title, item.date) for item in column.items]
