"""双林县 (www.shuanglin.gov.cn): a FICTITIOUS county portal on an old ASP.NET WebForms CMS (platforms/aspnet.py).

For discovery: the report columns `/xxgk/List.aspx?cid=N` show their first page to a GET; every further page is a
postback (`javascript:__doPostBack('AspNetPager1','N')`: a POST of the page's form with `__EVENTTARGET` /
`__EVENTARGUMENT`, answered only when the form's `__VIEWSTATE` is the column's own), so no URL of page 2 exists to
find or guess.  Articles `ShowInfo.aspx?id=N`, files `/UpLoadFile/…` linked from the article (one report a
file linked straight from the list).  The county's column holds the reports with the look-alikes real columns hold
(assumed mix, each kind in tests/titles/real_titles.csv or the issue): a notice inviting comments on the report, an
infographic, a 解读, and a `政务公开工作年度报告` whose body is a work notice (kind `decoy`: a candidate by its title
that the document must reject); a column titled like a report (`2024年度政府信息公开工作年度报告`) lists the
departments' reports of that year.  Evidence for the pager: a city portal on ASP.NET whose lists page only by
postback, `<div id="AspNetPager1">` with `javascript:__doPostBack('AspNetPager1','N')` links over a list of
`div.listtext_listpage` tables (http://www.ezhou.gov.cn/dgiMain.aspx?iid=70, as a public crawler of it drives it);
disclosure annual reports served by ASP.NET pages (http://gk.ziyang.gov.cn/year_details.aspx?dept=206&id=4571).
The rest of the layout, the paths and the mix are assumed; the pager's markup is AspNetPager's
(replica/platforms/aspnet.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from replica.build import Column, SiteBuilder
from replica.content import ReportContent
from replica.model import BEIJING, Site
from replica.platforms import Link, aspnet
from replica.sites.common import AttachmentSpec, basics
from replica.sites.published import notice_page, report_file, report_page

SITE = Site("shuanglin", "www.shuanglin.gov.cn", "http", "Microsoft-IIS/7.5", title="双林县人民政府",
            fictitious=True)
ROBOTS = "User-agent: *\nDisallow: /admin/\n"
GOV = "双林县人民政府"
PER_PAGE = 6
ANNUAL, DEPARTMENTS, SPECIAL = 25, 26, 27
SPECIAL_TITLE = "2024年度政府信息公开工作年度报告"
# (agency, year, listing title or None for the generated one, attachment format or None; "file": the list links it)
COUNTY: list[tuple[str, int, str | None, str | None]] = [
    (GOV, 2025, None, "pdf"), (GOV, 2024, None, None), (GOV, 2023, None, "file"),
    (GOV, 2022, "双林县人民政府2022年度政府信息公开工作报告", None), (GOV, 2021, None, "doc"), (GOV, 2020, None, None),
    (GOV, 2019, None, None), ("双林县城关镇人民政府", 2024, None, None), ("双林县桃源乡人民政府", 2024, None, None)]
DEPARTMENT_REPORTS = [("双林县教育局", 2025), ("双林县教育局", 2023), ("双林县财政局", 2025), ("双林县财政局", 2023),
                      ("双林县民政局", 2025), ("双林县公安局", 2025), ("双林县公安局", 2023),
                      ("双林县市场监督管理局", 2023)]
SPECIAL_REPORTS = [("双林县教育局", 2024), ("双林县财政局", 2024), ("双林县民政局", 2024)]
LOOK_ALIKES = [("关于征集2025年度政府信息公开工作年度报告意见建议的通知",
                dt.datetime(2025, 12, 5, 9, 0, tzinfo=BEIJING)),
               ("一图读懂双林县2024年政府信息公开工作年度报告", dt.datetime(2025, 3, 28, 10, 0, tzinfo=BEIJING)),
               ("《双林县2023年政府信息公开工作年度报告》解读", dt.datetime(2024, 3, 29, 10, 0, tzinfo=BEIJING))]
DECOY = ("双林县2023年政务公开工作年度报告", dt.datetime(2024, 2, 2, 9, 0, tzinfo=BEIJING))
OTHER_COLUMNS = {21: ("政府信息公开指南", "双林县人民政府信息公开指南", "guide"),
                 22: ("政府信息公开制度", "双林县政府信息公开保密审查制度", "lookalike"),
                 3: ("新闻动态", "双林县召开2025年政务公开工作推进会", "article")}


def build(b: SiteBuilder) -> None:
    basics(b, ROBOTS, ("/css/style.css",))
    b.start_urls.append(b.url("/"))
    entries = [Link("/xxgk/Default.aspx", "政府信息公开"), Link("/news/List.aspx?cid=3", "新闻动态")]
    b.page("/", aspnet.home(SITE.title, entries), "home")  # IIS serves Default.aspx as the default document
    b.page("/Default.aspx", aspnet.home(SITE.title, entries), "home")
    columns = [Link(f"/xxgk/List.aspx?cid={cid}", name) for cid, (name, _, _) in OTHER_COLUMNS.items() if cid != 3]
    columns += [Link(f"/xxgk/List.aspx?cid={ANNUAL}", "政府信息公开年报"),
                Link(f"/xxgk/List.aspx?cid={DEPARTMENTS}", "部门信息公开年报"),
                Link(f"/xxgk/List.aspx?cid={SPECIAL}", SPECIAL_TITLE)]
    b.page("/xxgk/Default.aspx", aspnet.catalogue(SITE.title, "政府信息公开", columns), "index")
    rng = b.rng("ids")
    for cid, (name, title, kind) in OTHER_COLUMNS.items():
        column = Column(b)
        published = dt.datetime(2021 + cid % 4, 4, 12, 9, 0, tzinfo=BEIJING)
        notice_page(b, column, _article(rng), title, kind, published, lambda html, t=title, p=published:
                    aspnet.detail(SITE.title, t, p, "双林县人民政府办公室", html, []), listing_form="root")
        _publish(b, column, cid, name, "/news/List.aspx" if cid == 3 else "/xxgk/List.aspx")
    county = Column(b)
    for agency, year, title, fmt in COUNTY:
        content = b.content.generated(f"shuanglin/{agency}/{year}", agency, year,
                                      latest_month=3 if agency == GOV else 1)
        if title:
            content = dataclasses.replace(content, title=title)
        _report(b, rng, county, content, fmt)
    _report(b, rng, county, b.content.pre2019("shuanglin/2016", GOV, 2016, title="双林县2016年政府信息公开年度报告"),
            None)
    for title, published in LOOK_ALIKES:
        notice_page(b, county, _article(rng), title, "lookalike", published, lambda html, t=title, p=published:
                    aspnet.detail(SITE.title, t, p, "双林县人民政府办公室", html, []), listing_form="root")
    title, published = DECOY
    notice_page(b, county, _article(rng), title, "decoy", published, lambda html:
                aspnet.detail(SITE.title, title, published, "双林县人民政府办公室", html, []), listing_form="root")
    _publish(b, county, ANNUAL, "政府信息公开年报")
    for cid, reports, name in ((DEPARTMENTS, DEPARTMENT_REPORTS, "部门信息公开年报"),
                               (SPECIAL, SPECIAL_REPORTS, SPECIAL_TITLE)):
        column = Column(b)
        for agency, year in reports:
            _report(b, rng, column, b.content.generated(f"shuanglin/{agency}/{year}", agency, year, latest_month=1),
                    "pdf" if (agency, year) == ("双林县民政局", 2024) else None)
        _publish(b, column, cid, name)


def _article(rng: random.Random) -> str:
    return f"/xxgk/ShowInfo.aspx?id={rng.randint(10_000, 99_999)}"


def _report(b: SiteBuilder, rng: random.Random, column: Column, content: ReportContent, fmt: str | None) -> None:
    source = "双林县人民政府办公室" if content.agency == GOV else content.agency
    if fmt == "file":  # a report published as a PDF only, linked straight from the list
        spec = AttachmentSpec("pdf", f"/UpLoadFile/{content.published:%Y%m%d}{rng.randint(10**8, 10**9)}.pdf",
                              f"{content.title}.pdf")
        report_file(b, column, spec, content, listing_form="root")
        return
    specs = [AttachmentSpec(fmt, f"/UpLoadFile/{content.published:%Y%m%d}{rng.randint(10**8, 10**9)}.{fmt}",
                            f"{content.title}.{fmt}")] if fmt else []
    report_page(b, column, _article(rng), content, lambda url, links: aspnet.detail(
        SITE.title, content.title, content.published, source, content.body_html, links), specs, listing_form="root",
        report_id=f"{content.agency}-{content.year}")


def _publish(b: SiteBuilder, column: Column, cid: int, name: str, list_path: str = "/xxgk/List.aspx") -> None:
    """The column's first page to a GET; every page (the first too) to its postback from a page of the column."""
    path = f"{list_path}?cid={cid}"
    action = "./" + path.rsplit("/", 1)[1]
    state = aspnet.view_state(f"{SITE.name}:{cid}")
    pages = column.paginate(PER_PAGE, lambda n: b.url(path))
    total = len(column.items)
    for number, url, items in pages:
        html = aspnet.listing(SITE.title, name, action, state, column.links(url, items), number, len(pages), total)
        if number == 1:
            b.page(path, html, "listing")
        if len(pages) > 1:
            b.page(path, html, "listing", form=(("__EVENTTARGET", aspnet.PAGER), ("__EVENTARGUMENT", str(number)),
                                                ("__VIEWSTATE", state)))
