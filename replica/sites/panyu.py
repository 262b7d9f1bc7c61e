"""广州市番禺区 (www.panyu.gov.cn), sites.md §2 and §11.

Seen on the live site and kept: `/zwgk/zfxxgkml/xxgkml/zfxxgkndbg/` with posts 9485858 (区府办 2023) and 4957094
(2014); `/zwgk/zfxxgk/zfxxgknb/bm/` with the irregular year columns `2019n/` (post_5645412 区府办 2019),
`mb2021/` (post_8042049 a bureau 2021) and `2022/` (post_8800345 经开区管委会 2022); the department column
`/jgzy/qzfbm/fzqscjdgljzscqj/jdjgkml/zfxxgkgzndbg/` (post_8792798 市场监管局 2022); gkmlpt post_10099135 (区府办
2024); the chrome of post_9485858 (选择语言, 您当前所在位置, source before 发布时间).  Invented: the 信访局 slug
`pyqxfj` and its column (holding the `panyu_xfj_2021` golden body), every other id, the attachment paths.
"""

from __future__ import annotations

import datetime as dt

from replica.build import Column, SiteBuilder
from replica.model import BEIJING, Site
from replica.platforms import Link, guangdong
from replica.sites import gd
from replica.sites.common import AttachmentSpec, basics

SITE = Site("panyu", "www.panyu.gov.cn", "https", "nginx", gzip=True, title="广州市番禺区人民政府门户网站")
CHROME = guangdong.Chrome(SITE.title, "您当前所在位置", panyu_style=True)
DISTRICT = "广州市番禺区"
OFFICE = "广州市番禺区人民政府办公室"
ROBOTS = "User-agent: *\nDisallow: /admin/\n"
SID = 200217  # made-up gkmlpt site id

NDBG = "/zwgk/zfxxgkml/xxgkml/zfxxgkndbg/"
NDBG_CRUMBS = [("首页", "/"), ("政务公开", "/zwgk/"), ("信息公开目录", "/zwgk/zfxxgkml/"),
               ("政府信息公开年度报告", NDBG)]
BM = "/zwgk/zfxxgk/zfxxgknb/bm/"
BM_CRUMBS = [("首页", "/"), ("政务公开", "/zwgk/"), ("政府信息公开年报", "/zwgk/zfxxgk/zfxxgknb/"), ("部门", BM)]
DEPTS = "/jgzy/qzfbm/"
XFJ = "/jgzy/qzfbm/pyqxfj/"  # invented slug (sites.md: "the slug is unknown")
XFJ_COLUMN = XFJ + "xxgkml/zfxxgkgzndbg/"
SCJ = "/jgzy/qzfbm/fzqscjdgljzscqj/"  # seen
SCJ_COLUMN = SCJ + "jdjgkml/zfxxgkgzndbg/"

# The district office's column: (post id, year, attachments, evidence)
NDBG_REPORTS: list[tuple[int, int, list[AttachmentSpec], str]] = [
    (9485858, 2023, [AttachmentSpec("pdf", "/gzpy/attachment/9/9486/9486210/9485858.pdf",
                                    "广州市番禺区人民政府办公室2023年政府信息公开工作年度报告.pdf")], "seen"),
    (8796302, 2022, [], "inferred"),
    (8046115, 2021, [], "inferred"),
    (7066620, 2020, [], "inferred"),
]
# bm/<year column>/: the column names are irregular (seen): never derived from the year
YEAR_COLUMNS: dict[str, list[tuple[int, str, int, str]]] = {
    "2019n": [(5645412, "人民政府办公室", 2019, "seen"), (5651770, "教育局", 2019, "inferred"),
              (5650902, "民政局", 2019, "inferred")],
    "mb2021": [(8042049, "财政局", 2021, "seen"), (8043310, "住房和城乡建设局", 2021, "inferred")],
    "2022": [(8800345, "经济技术开发区管理委员会", 2022, "seen"), (8801177, "交通运输局", 2022, "inferred")],
}
YEAR_COLUMN_NAMES = {"2019n": "2019年", "mb2021": "2021年", "2022": "2022年"}


def build(b: SiteBuilder) -> None:
    basics(b, ROBOTS, ("/css/common.css",))
    b.start_urls += [b.url(NDBG), b.url(BM), b.url(DEPTS)]
    for path, name in (("/index.html", "首页"), ("/zwgk/index.html", "政务公开"), ("/zmhd/index.html", "政民互动"),
                       ("/bsfw/index.html", "办事服务"), ("/zwgk/zfxxgkml/index.html", "信息公开目录"),
                       ("/zwgk/zfxxgk/zfxxgknb/index.html", "政府信息公开年报")):
        links = [Link(NDBG, "政府信息公开年度报告"), Link(BM, "部门年报"), Link(DEPTS, "区政府部门")]
        b.page(path, guangdong.column_index(CHROME, name, [("首页", "/")], links),
               "home" if path == "/index.html" else "index")
    district_2024 = _gkmlpt(b)
    _ndbg(b, district_2024)
    xfj_2021 = _departments(b)
    _year_columns(b, xfj_2021)


def _gkmlpt(b: SiteBuilder) -> gd.Article:
    """gkmlpt post_10099135: the district office's 2024 report (seen), with its PDF."""
    content = b.content.generated("gkmlpt/10099135", OFFICE, 2024)
    classify = {"id": 3355, "name": "政府信息公开年报", "post_count": 1, "jump_url": ""}
    tree = [{"id": 3355, "name": "政府信息公开年报", "parent": 0, "post_count": 1}]
    attachment = AttachmentSpec("pdf", "/gzpy/attachment/10/10101/10101233/10099135.pdf",
                                "广州市番禺区人民政府办公室2024年政府信息公开工作年度报告.pdf")
    identifier = f"11440113007513893P/{content.published.year}-00{content.published.month}12"
    article = gd.gkmlpt_report(b, CHROME, 10099135, content, sid=SID, classify=classify, tree=tree,
                               identifier=identifier, attachments=[attachment], evidence="seen")
    # The catalogue and its API hold just this column's one report (the API exposes little history: §6).
    b.page("/gkmlpt/index", guangdong.gkmlpt_index(CHROME, SID, SITE.title.removesuffix("门户网站"), tree), "index")
    b.add("/gkmlpt/static/js/app.js", guangdong.GKMLPT_APP_JS.encode(), "application/javascript", "asset")
    api = f"/gkmlpt/api/all/{classify['id']}?page=1&sid={SID}"
    row = guangdong.gkmlpt_row(10099135, content.title, article.page.url, content.published, classify["id"],
                               identifier, content.agency)
    b.json(api, guangdong.gkmlpt_api_page(classify, [row], 1))
    assert article.entry is not None
    article.entry.listed_on.append(b.url(api))
    return article


def _ndbg(b: SiteBuilder, district_2024: gd.Article) -> None:
    column = Column(b)
    for post_id, year, attachments, evidence in NDBG_REPORTS:
        content = b.content.generated(f"ndbg/{post_id}", OFFICE, year)
        if post_id == 9485858:  # seen: 发布时间:2024-02-07 10:42:32
            content.published = dt.datetime(2024, 2, 7, 10, 42, 32, tzinfo=BEIJING)
        article = gd.column_report(b, CHROME, f"{NDBG}content/post_{post_id}.html", content, NDBG_CRUMBS,
                                   source=OFFICE, attachments=attachments, evidence=evidence)
        column.add(article.page.url, content.title, content.published.date().isoformat(), article.entry)
    old = b.content.pre2019("ndbg/4957094", f"{DISTRICT}人民政府", 2014, title="番禺区2014年政府信息公开工作年度报告")
    article = gd.column_report(b, CHROME, f"{NDBG}content/post_4957094.html", old, NDBG_CRUMBS, source=OFFICE,
                               evidence="seen")
    column.add(article.page.url, old.title, old.published.date().isoformat(), article.entry)
    entry = district_2024.entry
    assert entry is not None
    column.add(entry.detail_url, entry.title, entry.published, entry, form="abs")  # the column links gkmlpt
    guide = dt.datetime(2023, 3, 15, 9, 0, tzinfo=BEIJING)
    title = "广州市番禺区人民政府办公室政府信息公开指南"
    page = gd.column_notice(b, CHROME, f"{NDBG}content/post_8912044.html", title, "guide", NDBG_CRUMBS, guide, OFFICE)
    column.add(page.url, title, guide.date().isoformat(), b.non_reports[-1])
    gd.publish_column(b, CHROME, NDBG, "政府信息公开年度报告", NDBG_CRUMBS, column, evidence="seen")


def _departments(b: SiteBuilder) -> gd.Article:
    """/jgzy/qzfbm/: the department index → each department's home → its annual-report column."""
    departments = [(XFJ, "番禺区信访局", XFJ_COLUMN, "inferred"), (SCJ, "番禺区市场监督管理局", SCJ_COLUMN, "seen")]
    links = [Link(home, name) for home, name, _, _ in departments]
    links += [Link("/jgzy/qzfbm/pyqjyj/", "番禺区教育局")]
    crumbs = [("首页", "/"), ("机构职能", "/jgzy/"), ("区政府部门", DEPTS)]
    b.page(DEPTS + "index.html", guangdong.column_index(CHROME, "区政府部门", crumbs[:2], links), "index")
    b.page("/jgzy/index.html", guangdong.column_index(CHROME, "机构职能", [("首页", "/")],
                                                      [Link(DEPTS, "区政府部门")]), "index")
    b.page("/jgzy/qzfbm/pyqjyj/index.html", guangdong.column_index(
        CHROME, "番禺区教育局", crumbs, [Link("/jgzy/qzfbm/pyqjyj/jgzn/", "机构职能")]), "index")
    b.page("/jgzy/qzfbm/pyqjyj/jgzn/index.html", guangdong.column_index(CHROME, "机构职能", crumbs, []), "index")
    xfj_2021 = None
    for home, name, report_column, evidence in departments:
        sub = report_column.removeprefix(home).split("/")[0]
        b.page(home + "index.html", guangdong.column_index(CHROME, name, crumbs, [
            Link(f"{home}{sub}/", "信息公开目录"), Link(report_column, "政府信息公开工作年度报告")]), "index",
            evidence=evidence)
        b.page(f"{home}{sub}/index.html", guangdong.column_index(CHROME, "信息公开目录", crumbs, [
            Link(report_column, "政府信息公开工作年度报告")]), "index", evidence=evidence)
        column_crumbs = [*crumbs, (name, home), ("政府信息公开工作年度报告", report_column)]
        column = Column(b)
        agency = name if name.startswith(DISTRICT) else "广州市" + name
        if home == XFJ:
            golden = b.content.golden("panyu_xfj_2021", "番禺区信访局关于2021年政府信息公开工作年度报告",
                                      dt.datetime(2022, 1, 20, 15, 36, 2, tzinfo=BEIJING))
            docx = AttachmentSpec("docx", "/gzpy/attachment/8/8041/8041576/8040123.docx",
                                  "番禺区信访局关于2021年政府信息公开工作年度报告.docx", disposition="rfc5987")
            xfj_2021 = gd.column_report(b, CHROME, f"{report_column}content/post_8040123.html", golden,
                                        column_crumbs, source=name, attachments=[docx])
            column.add(xfj_2021.page.url, golden.title, "2022-01-20", xfj_2021.entry)
            reports = [(8799210, 2022), (9480017, 2023)]
        else:
            reports = [(8792798, 2022), (9479365, 2023)]
        for post_id, year in reports:
            content = b.content.generated(f"{home}{post_id}", agency, year, latest_month=1)
            article = gd.column_report(b, CHROME, f"{report_column}content/post_{post_id}.html", content,
                                       column_crumbs, source=name,
                                       evidence="seen" if post_id == 8792798 else "inferred")
            column.add(article.page.url, content.title, content.published.date().isoformat(), article.entry)
        gd.publish_column(b, CHROME, report_column, "政府信息公开工作年度报告", column_crumbs, column,
                          evidence=evidence)
    assert xfj_2021 is not None
    return xfj_2021


def _year_columns(b: SiteBuilder, xfj_2021: gd.Article) -> None:
    columns = [Link(f"{name}/", title) for name, title in YEAR_COLUMN_NAMES.items()]
    b.page(BM + "index.html", guangdong.column_index(CHROME, "部门", BM_CRUMBS[:3], columns), "index",
           evidence="seen")
    for name, reports in YEAR_COLUMNS.items():
        crumbs = [*BM_CRUMBS, (YEAR_COLUMN_NAMES[name], f"{BM}{name}/")]
        column = Column(b)
        for post_id, unit, year, evidence in reports:
            content = b.content.generated(f"bm/{name}/{post_id}", DISTRICT + unit, year, latest_month=1)
            article = gd.column_report(b, CHROME, f"{BM}{name}/content/post_{post_id}.html", content, crumbs,
                                       source=DISTRICT + unit, evidence=evidence)
            column.add(article.page.url, content.title, content.published.date().isoformat(), article.entry)
        if name == "mb2021":  # the 信访局 report pushed here from its own column: a duplicate (mpost_)
            original = xfj_2021.entry
            assert original is not None
            copy = b.content.golden("panyu_xfj_2021", original.title,
                                    dt.datetime(2022, 1, 21, 9, 5, 40, tzinfo=BEIJING))
            mpost = gd.column_report(b, CHROME, f"{BM}{name}/content/mpost_8040123.html", copy, crumbs,
                                     source="番禺区信访局", duplicate_of=original.detail_url)
            column.add(mpost.page.url, copy.title, "2022-01-21", mpost.entry)
        if name == "2022":
            notice = dt.datetime(2022, 12, 26, 10, 30, tzinfo=BEIJING)
            title = "关于做好2022年政府信息公开工作年度报告编制发布工作的通知"
            page = gd.column_notice(b, CHROME, f"{BM}{name}/content/post_8903318.html", title, "lookalike", crumbs,
                                    notice, OFFICE)
            column.add(page.url, title, notice.date().isoformat(), b.non_reports[-1])
        gd.publish_column(b, CHROME, f"{BM}{name}/", YEAR_COLUMN_NAMES[name], crumbs, column, evidence="seen")
