"""广州市番禺区 (www.panyu.gov.cn), sites.md §2 and §11, corrected against real-evidence.md.

Evidence, fact by fact (a real URL, or "assumed"):
- `/zwgk/zfxxgkml/xxgkml/zfxxgkndbg/`: https://www.panyu.gov.cn/zwgk/zfxxgkml/xxgkml/zfxxgkndbg/content/post_9485858.html
  (区府办 2023; its chrome: 选择语言, 您当前所在位置, `来源:… 发布时间:…`) and …/content/post_4957094.html (2014).
- `/zwgk/zfxxgk/zfxxgknb/bm/` with year columns named irregularly: …/bm/2019n/content/post_5645412.html,
  …/bm/mb2021/content/post_8042049.html, …/bm/2022/content/post_8800345.html (sites.md §2).
- department columns `/jgzy/qzfbm/<slug>/…/zfxxgkgzndbg/`: https://www.panyu.gov.cn/jgzy/qzfbm/fzqscjdgljzscqj/jdjgkml/
  zfxxgkgzndbg/content/post_8792798.html (市场监管局); the 教育局's slug `fzqjyj` and its `jyjgkml/` in
  https://www.panyu.gov.cn/jgzy/qzfbm/fzqjyj/jyjgkml/qt/tzgg/content/post_10794082.html (public code).  The 信访局's
  slug `fzqxfj` (the district's naming) and its column holding the `panyu_xfj_2021` golden body: assumed.
- towns and subdistricts under `/jgzy/zzfjdbsc/`: https://www.panyu.gov.cn/jgzy/zzfjdbsc/fzqrmzfsqjdbsc/ldbz (市桥街道,
  linked without a slash), https://www.panyu.gov.cn/jgzy/zzfjdbsc/fzqrmzfxgwjdbsc/zjgk/ (小谷围街道) (public code).
  Their report columns (`xxgkml/zfxxgkgzndbg/`, after the departments') and reports: assumed.
- gkmlpt: https://www.panyu.gov.cn/gkmlpt/content/10/10099/post_10099135.html (区府办 2024); the 教育局's catalogue
  https://www.panyu.gov.cn/gzpyjy/gkmlpt/content/10/10794/mpost_10794083.html (public code).  The `_CONFIG` shape as
  on haizhu (real-evidence.md); sids, trees, the 教育局's reports and that its page links its catalogue: assumed.
- every other id and every attachment path: assumed.
"""

from __future__ import annotations

import datetime as dt

from replica import redesign
from replica.build import Column, SiteBuilder
from replica.model import BEIJING, Site
from replica.platforms import Link, guangdong
from replica.sites import gd
from replica.sites.common import AttachmentSpec, basics

SITE = Site("panyu", "www.panyu.gov.cn", "https", "nginx", gzip=True, title="广州市番禺区人民政府门户网站")
# The redesign mode (replica/redesign.py): a JSP portal (`list.jsp?channelId=N`); the old columns
# answer 404; the gkmlpt catalogues stay.
REDESIGN = redesign.Plan("query", old="404", keep=("/gkmlpt/",))
CHROME = guangdong.Chrome(SITE.title, "您当前所在位置", panyu_style=True)
DISTRICT = "广州市番禺区"
OFFICE = "广州市番禺区人民政府办公室"
ROBOTS = "User-agent: *\nDisallow: /admin/\n"
AREA = "440113"  # 番禺区's administrative code (SERVICE_AREA_ID)
MAIN = gd.Catalogue("", 200217, [
    {"id": 3350, "name": "法定主动公开内容", "post_count": 0, "children": [
        {"id": 3351, "name": "政府文件", "post_count": 120, "children": []},
        {"id": 3355, "name": "政府信息公开年报", "post_count": 1, "children": []}]},
    {"id": 3360, "name": "其他", "post_count": 57, "children": []}], {"id": 3355, "name": "政府信息公开年报"}, AREA)
JY = gd.Catalogue("/gzpyjy", 200218, [
    {"id": 4400, "name": "法定主动公开内容", "post_count": 0, "children": [
        {"id": 4401, "name": "政府信息公开年度报告", "post_count": 2, "children": []},
        {"id": 4405, "name": "通知公告", "post_count": 63, "children": []}]}],
    {"id": 4401, "name": "政府信息公开年度报告"}, AREA)

NDBG = "/zwgk/zfxxgkml/xxgkml/zfxxgkndbg/"
NDBG_CRUMBS = [("首页", "/"), ("政务公开", "/zwgk/"), ("信息公开目录", "/zwgk/zfxxgkml/"),
               ("政府信息公开年度报告", NDBG)]
BM = "/zwgk/zfxxgk/zfxxgknb/bm/"
BM_CRUMBS = [("首页", "/"), ("政务公开", "/zwgk/"), ("政府信息公开年报", "/zwgk/zfxxgk/zfxxgknb/"), ("部门", BM)]
DEPTS = "/jgzy/qzfbm/"
XFJ = "/jgzy/qzfbm/fzqxfj/"  # assumed slug (the district's naming: fzq… = 番禺区; sites.md: "the slug is unknown")
XFJ_COLUMN = XFJ + "xxgkml/zfxxgkgzndbg/"
SCJ = "/jgzy/qzfbm/fzqscjdgljzscqj/"  # seen
SCJ_COLUMN = SCJ + "jdjgkml/zfxxgkgzndbg/"
JYJ = "/jgzy/qzfbm/fzqjyj/"  # seen (public code)
TOWNS = "/jgzy/zzfjdbsc/"  # 镇政府及街道办事处 (seen)
# (slug, name, [(post id, year)]): the slugs seen, the report columns and reports assumed
TOWN_REPORTS = [("fzqrmzfsqjdbsc", "番禺区人民政府市桥街道办事处", [(9478113, 2023), (10052207, 2024)]),
                ("fzqrmzfxgwjdbsc", "番禺区人民政府小谷围街道办事处", [(10060931, 2024)])]

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
    b.start_urls += [b.url(NDBG), b.url(BM), b.url(DEPTS), b.url(TOWNS), b.url("/gkmlpt/index")]
    for path, name in (("/index.html", "首页"), ("/zwgk/index.html", "政务公开"), ("/zmhd/index.html", "政民互动"),
                       ("/bsfw/index.html", "办事服务"), ("/zwgk/zfxxgkml/index.html", "信息公开目录"),
                       ("/zwgk/zfxxgk/zfxxgknb/index.html", "政府信息公开年报")):
        links = [Link(NDBG, "政府信息公开年度报告"), Link(BM, "部门年报"), Link(DEPTS, "区政府部门"),
                 Link(TOWNS, "镇街")]
        b.page(path, guangdong.column_index(CHROME, name, [("首页", "/")], links),
               "home" if path == "/index.html" else "index")
    district_2024 = _gkmlpt(b, MAIN.fresh())
    _ndbg(b, district_2024)
    xfj_2021 = _departments(b)
    _year_columns(b, xfj_2021)
    _towns(b)


def _gkmlpt(b: SiteBuilder, main: gd.Catalogue) -> gd.Article:
    """The district's catalogue: post_10099135, the district office's 2024 report (seen), with its PDF; the API
    of its 年报 column lists just this one (the API exposes little history: §6)."""
    content = b.content.generated("gkmlpt/10099135", OFFICE, 2024)
    attachment = AttachmentSpec("pdf", "/gzpy/attachment/10/10101/10101233/10099135.pdf",
                                "广州市番禺区人民政府办公室2024年政府信息公开工作年度报告.pdf")
    identifier = f"11440113007513893P/{content.published.year}-00{content.published.month}12"
    article = gd.gkmlpt_report(b, CHROME, main, 10099135, content, identifier=identifier, attachments=[attachment],
                               evidence="seen")
    gd.publish_catalogue(b, CHROME, main, evidence="seen", note="the _CONFIG shape seen on the platform; ids assumed")
    return article


def _education(b: SiteBuilder) -> None:
    """The 教育局's own catalogue (prefix seen; its reports assumed), linked from the bureau's page."""
    jy = JY.fresh()
    rng = b.rng("gzpyjy")
    for post_id, year in ((9471502, 2023), (10030418, 2024)):
        content = b.content.generated(f"gzpyjy/{post_id}", "广州市番禺区教育局", year, latest_month=1)
        ident = f"114401130075138{rng.randint(10, 99)}/{content.published.year}-{rng.randint(100, 999)}"
        gd.gkmlpt_report(b, CHROME, jy, post_id, content, identifier=ident)
    gd.publish_catalogue(b, CHROME, jy, evidence="inferred", note="prefix seen (mpost_10794083); the rest assumed")


def _towns(b: SiteBuilder) -> None:
    """/jgzy/zzfjdbsc/ → each town's page (links without their slash, as `ldbz` is seen) → its report column."""
    crumbs = [("首页", "/"), ("机构职能", "/jgzy/"), ("镇街", TOWNS)]
    b.page(TOWNS + "index.html", guangdong.column_index(CHROME, "镇街", crumbs[:2], [
        Link(f"{TOWNS}{slug}/", name.removeprefix("番禺区人民政府")) for slug, name, _ in TOWN_REPORTS]), "index",
           evidence="code")
    for slug, name, reports in TOWN_REPORTS:
        home = f"{TOWNS}{slug}/"
        report_column = f"{home}xxgkml/zfxxgkgzndbg/"
        short = name.removeprefix("番禺区人民政府")
        b.page(home + "index.html", guangdong.column_index(CHROME, short, crumbs, [
            Link(f"{home}ldbz", "领导班子"), Link(f"{home}zjgk/", "镇街概况"),
            Link(report_column.rstrip("/"), "政府信息公开工作年度报告")]), "index", evidence="code")
        b.page(f"{home}ldbz", guangdong.column_index(CHROME, "领导班子", [*crumbs, (short, home)], []), "index",
               evidence="code" if slug == "fzqrmzfsqjdbsc" else "inferred")
        b.page(f"{home}zjgk/index.html", guangdong.column_index(CHROME, "镇街概况", [*crumbs, (short, home)], []),
               "index", evidence="code" if slug == "fzqrmzfxgwjdbsc" else "inferred")
        column_crumbs = [*crumbs, (short, home), ("政府信息公开工作年度报告", report_column)]
        column = Column(b)
        for post_id, year in reports:
            content = b.content.generated(f"{slug}/{post_id}", "广州市" + name, year, latest_month=3)
            article = gd.column_report(b, CHROME, f"{report_column}content/post_{post_id}.html", content,
                                       column_crumbs, source=name)
            column.add(article.page.url, content.title, content.published.date().isoformat(), article.entry)
        gd.publish_column(b, CHROME, report_column, "政府信息公开工作年度报告", column_crumbs, column)


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
    links += [Link(JYJ, "番禺区教育局")]
    crumbs = [("首页", "/"), ("机构职能", "/jgzy/"), ("区政府部门", DEPTS)]
    b.page(DEPTS + "index.html", guangdong.column_index(CHROME, "区政府部门", crumbs[:2], links), "index")
    b.page("/jgzy/index.html", guangdong.column_index(CHROME, "机构职能", [("首页", "/")],
                                                      [Link(DEPTS, "区政府部门"), Link(TOWNS, "镇街")]), "index")
    b.page(JYJ + "index.html", guangdong.column_index(CHROME, "番禺区教育局", crumbs, [
        Link(JYJ + "jyjgkml/", "信息公开目录"), Link(f"{JY.prefix}/gkmlpt/index", "政府信息公开目录（教育局）")]),
           "index", evidence="code")
    b.page(JYJ + "jyjgkml/index.html", guangdong.column_index(CHROME, "信息公开目录", crumbs, []), "index",
           evidence="code")
    _education(b)
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
