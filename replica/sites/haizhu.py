"""广州市海珠区 (www.haizhu.gov.cn), sites.md §1 and §11, corrected against real-evidence.md.

Evidence, fact by fact (a real URL, or "assumed"):
- the report columns `/zwgk/zfxxgknb/bm/` and `jd/` under `/zwgk/zfxxgknb/` (breadcrumb 政务公开 > 政府信息公开年报 >
  街道): https://www.haizhu.gov.cn/zwgk/zfxxgknb/jd/content/post_5414871.html (2018, its chrome: `发布日期:… 来源:…`),
  https://www.haizhu.gov.cn/zwgk/zfxxgknb/bm/content/post_9457633.html (投资促进局 2023); posts 5640789, 7049037 of
  sites.md §1.  The 区政府 column `qzf/` holding the district's reports older than the catalogue API's slice: assumed.
- the column pager `#page_div a.next`, `index_2.html`: seen on sibling Guangzhou sites (real-evidence.md).
- the district government's own reports in gkmlpt: https://www.haizhu.gov.cn/gkmlpt/content/8/8081/post_8081133.html
  (2021: the `haizhu_zfb_2021` golden body), https://www.haizhu.gov.cn/gkmlpt/content/5/5401/post_5401025.html (2014).
- `/gkmlpt/index` carries `window._CONFIG = {SID:'…', TREE:[…]}` with a nested tree (real-evidence.md; public probes
  of sibling platform sites); the ids (sid 200105, the 年报 column 2961 two levels down) and the tree's columns are
  assumed.  The API lists only a recent slice of a column (seen on sibling sites): here the last four years.
- department catalogues under their own prefix: https://www.haizhu.gov.cn/gzhzjy/gkmlpt/content/10/10788/
  mpost_10788561.html (教育局, a school-enrolment notice, seen in public code); `/gzhzfg/` (发改局) seen in the
  attachment below.  Their sids, trees and reports are assumed.
- the department directory `/gzjg/qzf/` and its slugs: `hzqjyj` seen in https://www.haizhu.gov.cn/gzjg/qzf/hzqjyj/js/
  index.html (public code); that a department's page links its catalogue is assumed.
- https://www.haizhu.gov.cn/gzhzfg/attachment/7/7570/7570103/9476645.pdf is a 2024 residential electricity-price
  explanation of the 发改 sub-site (public code cites it so), not a report: a non-report here, in that catalogue's
  通知公告 column; https://www.haizhu.gov.cn/gzhzjy/attachment/7/7846/7846231/10357966.pdf is a school-enrolment
  document: likewise.
- every other id, every other report and attachment path, the 信访局's reports: assumed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from replica import redesign
from replica.build import Column, SiteBuilder
from replica.model import BEIJING, Site
from replica.platforms import Link, guangdong
from replica.sites import gd
from replica.sites.common import AttachmentSpec, basics

SITE = Site("haizhu", "www.haizhu.gov.cn", "https", "nginx", gzip=True, title="广州市海珠区人民政府门户网站")
# The redesign mode (replica/redesign.py): TRS .shtml columns; the old columns redirect to the home
# page; the gkmlpt catalogues (the province's platform) stay.
REDESIGN = redesign.Plan("shtml", old="home", keep=("/gkmlpt/",))
CHROME = guangdong.Chrome(SITE.title, "您当前所在的位置")
DISTRICT = "广州市海珠区"
AREA = "440105"  # 海珠区's administrative code (SERVICE_AREA_ID)
# The district's catalogue (assumed ids; Guangzhou bureaus' sids are 2000xx, sites.md §6): the 年报 column sits two
# levels down, as real-evidence.md warns a nested tree may put it.
TREE = [
    {"id": 2940, "name": "机构职能", "post_count": 14, "children": []},
    {"id": 2951, "name": "法定主动公开内容", "post_count": 0, "children": [
        {"id": 2955, "name": "政策文件", "post_count": 86, "children": [
            {"id": 2956, "name": "规范性文件", "post_count": 31, "children": []}]},
        {"id": 2961, "name": "政府信息公开年报", "post_count": 11, "children": []}]},
    {"id": 2970, "name": "其他", "post_count": 203, "children": []},
]
MAIN = gd.Catalogue("", 200105, TREE, {"id": 2961, "name": "政府信息公开年报"}, AREA, post_count=11)


def _department_tree(annual_id: int, notices_id: int) -> list[dict[str, Any]]:
    return [{"id": annual_id - 1, "name": "法定主动公开内容", "post_count": 0, "children": [
        {"id": annual_id, "name": "政府信息公开年度报告", "post_count": 2, "children": []},
        {"id": notices_id, "name": "通知公告", "post_count": 40, "children": []}]}]


# Department catalogues (prefixes seen; everything in them assumed): (prefix, sid, annual column, notices column)
JY = gd.Catalogue("/gzhzjy", 200106, _department_tree(3101, 3105), {"id": 3101, "name": "政府信息公开年度报告"},
                 AREA)
FG = gd.Catalogue("/gzhzfg", 200107, _department_tree(3201, 3205), {"id": 3201, "name": "政府信息公开年度报告"},
                 AREA)
DEPARTMENTS = "/gzjg/qzf/"  # the department directory (hzqjyj seen in /gzjg/qzf/hzqjyj/js/index.html)
ROBOTS = "User-agent: *\nDisallow: /manage/\nDisallow: /search/\n"

ROOT = "/zwgk/zfxxgknb/"
CRUMBS = [("首页", "/"), ("政务公开", "/zwgk/"), ("政府信息公开年报", ROOT)]

# bm/ (部门): (post id, agency after the district, report year, attachments, evidence, options)
BM: list[tuple[int, str, int, list[AttachmentSpec], str, dict[str, Any]]] = [
    (10231560, "信访局", 2025, [], "inferred", {}),
    (9813301, "信访局", 2024, [], "inferred", {}),
    # its three tables published as pictures only (no attachment): read by OCR with the page (assumed layout)
    (9811705, "水务局", 2024, [], "inferred", {"pictures": "/gzhzfg/attachment/9/9812/9811705/table_"}),
    (9800311, "档案局", 2024, [AttachmentSpec("pdf", "/gzhzfg/attachment/9/9801/9801552/9800311.pdf",
                                            "海珠区档案局2024年政府信息公开工作年度报告.pdf")], "inferred",
     {"image": "/gzhzfg/attachment/9/9801/9801553/1737682946322.jpg"}),
    (9476650, "信访局", 2023, [AttachmentSpec("pdf", "/gzhzxf/attachment/9/9477/9477102/9476650.pdf",
                                            "海珠区信访局2023年政府信息公开工作年度报告.pdf")], "inferred",
     {"revisable": True}),
    (9457633, "投资促进局", 2023, [], "seen", {}),
    (9461120, "教育局", 2023, [], "inferred", {}),
    (8800412, "司法局", 2022, [AttachmentSpec("wps", "/gzhzfg/attachment/8/8803/8803117/8800412.wps",
                                            "海珠区司法局2022年政府信息公开工作年度报告.wps")], "inferred", {}),
    (8791220, "信访局", 2022, [], "inferred", {}),
    (8042311, "卫生健康局", 2021, [], "inferred", {"template": "2019"}),  # a 2021 report still on 2019 labels
    (8040876, "信访局", 2021, [], "inferred", {}),
    (7049037, "政务服务数据管理局", 2020, [AttachmentSpec(
        "doc", "/gzhzfg/attachment/7/7051/7051992/7049037.doc",
        "海珠区政务服务数据管理局2020年政府信息公开工作年度报告.doc")], "seen", {}),
    (7061144, "信访局", 2020, [], "inferred", {}),
    (5640789, "财政局", 2019, [], "seen", {}),
    (5651203, "信访局", 2019, [], "inferred", {}),
    (5649011, "民政局", 2019, [], "inferred", {}),
]
BM_NON_REPORTS = [
    (8512201, "海珠区2022年政务公开工作要点", "lookalike", dt.datetime(2022, 4, 12, 10, 3, tzinfo=BEIJING)),
    (7011102, "关于做好2021年政府信息公开工作年度报告编制发布工作的通知", "lookalike",
     dt.datetime(2021, 12, 20, 9, 41, tzinfo=BEIJING)),
    (6100234, "广州市海珠区政府信息公开指南", "guide", dt.datetime(2020, 8, 3, 15, 0, tzinfo=BEIJING)),
]
# A jump link to the city portal's copy (seen there): off-site, to be recorded and never fetched.
# A `type: "url"` row of the gkmlpt API: a jump to the city portal's copy of the 2020 report (seen on a mirror).
JUMP = ("https://www.gz.gov.cn/zfjgzy/gzsrmzfbgt/zfxxgknb/gq/2020n/content/post_7094298.html",
        "海珠区2020年政府信息公开工作年度报告（市政府门户网站）")
GZ_COPY = ("https://www.gz.gov.cn/zfjgzy/gzsrmzfbgt/zfxxgknb/gq/content/post_5670124.html",
           "海珠区2019年政府信息公开工作年度报告", "2020-01-21")

# jd/ (街道): post id, subdistrict, year
JD: list[tuple[int, str, int, list[AttachmentSpec]]] = [
    (9815566, "江南中街道办事处", 2024, [AttachmentSpec("pdf", "/gzhzjd/attachment/9/9816/9816031/9815566.pdf",
                                                  "江南中街道2024年政府信息公开工作年度报告.pdf")]),
    (9470008, "素社街道办事处", 2023, []), (8045512, "滨江街道办事处", 2021, []),
    (7060021, "南华西街道办事处", 2020, []), (5650310, "沙园街道办事处", 2019, [])]

# gkmlpt: the district government's own reports (post id, agency, year, attachments); the API lists 2021 on, the
# older ones only the static 区政府 column does (the API's recent slice, sites.md §6)
GKMLPT_REPORTS: list[tuple[int, str, int, list[AttachmentSpec]]] = [
    (9823170, "人民政府", 2024, [AttachmentSpec("pdf", "/gzhzfg/attachment/9/9825/9825004/9823170.pdf",
                                             "广州市海珠区人民政府2024年政府信息公开工作年度报告.pdf")]),
    (9468842, "人民政府", 2023, []),
    (8792006, "人民政府", 2022, []),
    (7071330, "人民政府", 2020, []),
    (5663118, "人民政府", 2019, []),
]
API_FROM_YEAR = 2021
# Department catalogues' reports: (catalogue prefix, post id, agency, year, attachments)
DEPARTMENT_REPORTS: list[tuple[str, int, str, int, list[AttachmentSpec]]] = [
    (JY.prefix, 9812440, "教育局", 2024, [AttachmentSpec("pdf", "/gzhzjy/attachment/9/9812/9812455/9812440.pdf",
                                               "海珠区教育局2024年政府信息公开工作年度报告.pdf")]),
    (JY.prefix, 8790315, "教育局", 2022, []),
    (FG.prefix, 9820077, "发展和改革局", 2024, []),
    (FG.prefix, 8795120, "发展和改革局", 2022, []),
]


def build(b: SiteBuilder) -> None:
    basics(b, ROBOTS, ("/css/common.css",))
    b.start_urls += [b.url(ROOT), b.url("/gkmlpt/index"), b.url(DEPARTMENTS)]
    _section_pages(b)
    columns = [Link("bm/", "部门"), Link("jd/", "街道"), Link("qzf/", "区政府")]
    b.page(ROOT + "index.html", guangdong.column_index(CHROME, "政府信息公开年报", CRUMBS[:2], columns), "index",
           evidence="seen", note="bm/ and jd/ seen; qzf/ assumed")
    catalogues = {catalogue.prefix: catalogue.fresh() for catalogue in (MAIN, JY, FG)}
    gkmlpt_articles = _gkmlpt(b, catalogues[MAIN.prefix])
    _bm(b, gkmlpt_articles[8081133])
    _jd(b)
    _qzf(b, gkmlpt_articles)
    _departments(b, catalogues)


def _section_pages(b: SiteBuilder) -> None:
    """The pages every page's navigation links: home and section indexes (furniture, no reports)."""
    for path, name in (("/index.html", "首页"), ("/zwgk/index.html", "政务公开"), ("/zmhd/index.html", "政民互动"),
                       ("/bsfw/index.html", "办事服务")):
        links = [] if path == "/bsfw/index.html" else [Link(ROOT, "政府信息公开年报"),
                                                        Link("/gkmlpt/index", "政府信息公开目录"),
                                                        Link(DEPARTMENTS, "区政府工作部门")]
        b.page(path, guangdong.column_index(CHROME, name, [("首页", "/")], links), "home" if path == "/index.html"
               else "index")


def _agency(name: str) -> str:
    return DISTRICT + name


def _bm(b: SiteBuilder, district_2021: gd.Article) -> None:
    crumbs = [*CRUMBS, ("部门", ROOT + "bm/")]
    column = Column(b)
    for post_id, name, year, attachments, evidence, options in BM:
        key = f"bm/{post_id}"
        content = b.content.generated(key, _agency(name), year, options.get("template"), latest_month=1)
        revised = b.content.generated(key, _agency(name), year, options.get("template"), latest_month=1,
                                      revised=True) if options.get("revisable") else None
        article = gd.column_report(b, CHROME, f"{ROOT}bm/content/post_{post_id}.html", content, crumbs,
                                   source="本网" if post_id % 2 else _agency(name), attachments=attachments,
                                   image=options.get("image"), evidence=evidence, revised=revised,
                                   pictures=options.get("pictures"))
        column.add(article.page.url, content.title, content.published.date().isoformat(), article.entry)
    for post_id, title, kind, published in BM_NON_REPORTS:
        page = gd.column_notice(b, CHROME, f"{ROOT}bm/content/post_{post_id}.html", title, kind, crumbs, published,
                                "本网")
        column.add(page.url, title, published.date().isoformat(), b.non_reports[-1])
    # The district office's 2021 report pushed into this column as an mpost_ copy of the gkmlpt original.
    original = district_2021.entry
    assert original is not None
    copy = b.content.golden("haizhu_zfb_2021", original.title, _published(original.published, 9, 30))
    mpost = gd.column_report(b, CHROME, f"{ROOT}bm/content/mpost_8081133.html", copy, crumbs, source="本网",
                             duplicate_of=original.detail_url)
    column.add(mpost.page.url, copy.title, original.published, mpost.entry)
    column.add(GZ_COPY[0], GZ_COPY[1], GZ_COPY[2], form="abs")
    pages = gd.publish_column(b, CHROME, ROOT + "bm/", "部门", crumbs, column, per_page=15, evidence="seen")
    b.offsite_link(GZ_COPY[0], GZ_COPY[1], next(p for p in pages if p.endswith("index.html")))


def _jd(b: SiteBuilder) -> None:
    crumbs = [*CRUMBS, ("街道", ROOT + "jd/")]
    column = Column(b)
    for post_id, name, year, attachments in JD:
        content = b.content.generated(f"jd/{post_id}", _agency(name), year, latest_month=1)
        article = gd.column_report(b, CHROME, f"{ROOT}jd/content/post_{post_id}.html", content, crumbs, source="本网",
                                   attachments=attachments)
        column.add(article.page.url, content.title, content.published.date().isoformat(), article.entry)
    agency = _agency("昌岗街道办事处")
    old = b.content.pre2019("jd/5414871", agency, 2018, title=f"{DISTRICT}昌岗街道2018年政府信息公开工作年度报告")
    old.published = dt.datetime(2019, 2, 1, 8, 53, 8, tzinfo=BEIJING)  # seen: 发布日期:2019-02-01 08:53:08
    article = gd.column_report(b, CHROME, f"{ROOT}jd/content/post_5414871.html", old, crumbs, source="本网",
                               evidence="seen")
    column.add(article.page.url, old.title, "2019-02-01", article.entry)
    summary = dt.datetime(2024, 1, 8, 16, 20, tzinfo=BEIJING)
    page = gd.column_notice(b, CHROME, f"{ROOT}jd/content/post_9433001.html", "昌岗街道2023年工作总结", "article",
                            crumbs, summary, "本网")
    column.add(page.url, "昌岗街道2023年工作总结", summary.date().isoformat(), b.non_reports[-1])
    gd.publish_column(b, CHROME, ROOT + "jd/", "街道", crumbs, column, evidence="seen")


def _qzf(b: SiteBuilder, gkmlpt_articles: dict[int, gd.Article]) -> None:
    """The 区政府 column (assumed): it links the gkmlpt originals of the district's reports the API no longer
    lists."""
    crumbs = [*CRUMBS, ("区政府", ROOT + "qzf/")]
    column = Column(b)
    for article in gkmlpt_articles.values():
        entry = article.entry
        if entry is not None and entry.year < API_FROM_YEAR:
            column.add(entry.detail_url, entry.title, entry.published, entry, form="abs")
    gd.publish_column(b, CHROME, ROOT + "qzf/", "区政府", crumbs, column)


def _departments(b: SiteBuilder, catalogues: dict[str, gd.Catalogue]) -> None:
    """The department directory (assumed) → each department's page → its own gkmlpt catalogue (assumed link) and
    its latest notices (two of them real documents that are not reports)."""
    crumbs = [("首页", "/"), ("政府机构", "/gzjg/"), ("区政府工作部门", DEPARTMENTS)]
    rng = b.rng("departments")
    jy, fg = catalogues[JY.prefix], catalogues[FG.prefix]
    for prefix, post_id, name, year, attachments in DEPARTMENT_REPORTS:
        catalogue = catalogues[prefix]
        content = b.content.generated(f"{catalogue.prefix}/{post_id}", _agency(name), year, latest_month=1)
        ident = f"00751453{catalogue.sid % 100}/{content.published.year}-{rng.randint(10, 99999):05d}"
        gd.gkmlpt_report(b, CHROME, catalogue, post_id, content, identifier=ident, attachments=attachments)
    notices = {jy.prefix: _notice(b, jy, 10357966, "海珠区2025年义务教育阶段学校招生工作方案", "教育局",
                                   dt.datetime(2025, 4, 18, 10, 0, tzinfo=BEIJING),
                                   "一、招生原则\n坚持免试就近入学。\n二、招生范围\n详见各校招生地段表。",
                                   "/gzhzjy/attachment/7/7846/7846231/10357966.pdf"),
               fg.prefix: _notice(b, fg, 9476645, "关于我市居民用电价格有关问题的说明", "发展和改革局",
                                   dt.datetime(2024, 1, 26, 17, 40, tzinfo=BEIJING),
                                   "一、居民生活用电继续执行阶梯电价。\n二、峰谷分时电价先于阶梯电价计算。",
                                   "/gzhzfg/attachment/7/7570/7570103/9476645.pdf")}
    gd.publish_catalogue(b, CHROME, jy, evidence="inferred", note="prefix seen (mpost_10788561); the rest assumed")
    gd.publish_catalogue(b, CHROME, fg, evidence="inferred", note="prefix seen (attachment 9476645); the rest assumed")
    departments = [("hzqjyj", "海珠区教育局", jy), ("hzqfgj", "海珠区发展和改革局", fg),
                   ("hzqmzj", "海珠区民政局", None)]
    b.page(DEPARTMENTS + "index.html", guangdong.column_index(CHROME, "区政府工作部门", crumbs[:2], [
        Link(f"{slug}/", name) for slug, name, _ in departments]), "index")
    b.page("/gzjg/index.html", guangdong.column_index(CHROME, "政府机构", [("首页", "/")],
                                                      [Link(DEPARTMENTS, "区政府工作部门")]), "index")
    for slug, name, catalogue in departments:
        home = f"{DEPARTMENTS}{slug}/"
        sub = Link("js/", "教师") if slug == "hzqjyj" else Link("jgzn/", "机构职能")
        links = [sub]
        if catalogue is not None:
            links.append(Link(f"{catalogue.prefix}/gkmlpt/index", "政府信息公开目录"))
            links.append(notices[catalogue.prefix])
        b.page(home + "index.html", guangdong.column_index(CHROME, name, crumbs, links), "index",
               evidence="code" if slug == "hzqjyj" else "inferred")
        b.page(home + sub.href + "index.html", guangdong.column_index(CHROME, sub.title, [*crumbs, (name, home)], []),
               "index", evidence="code" if slug == "hzqjyj" else "inferred")


def _notice(b: SiteBuilder, catalogue: gd.Catalogue, post_id: int, title: str, department: str,
            published: dt.datetime, text: str, file_path: str) -> Link:
    """A real document of a department's 通知公告 column that is not a report, with its PDF (the seen path)."""
    ref = b.docs.request("pdf", f"{title}\n\n{text}", title)
    page = gd.gkmlpt_notice(b, CHROME, catalogue, post_id, title, _agency(department), published,
                            identifier=f"00751453{catalogue.sid % 100}/{published.year}-00{post_id % 1000}",
                            kind="article", column="通知公告", in_api=False,
                            attachments=((file_path, ref, f"{title}.pdf"),))
    return Link(page.url.removeprefix(SITE.origin), title, published.date().isoformat())


def _published(date: str, hour: int, minute: int) -> dt.datetime:
    y, m, d = (int(x) for x in date.split("-"))
    return dt.datetime(y, m, d, hour, minute, tzinfo=BEIJING)


def _gkmlpt(b: SiteBuilder, main: gd.Catalogue) -> dict[int, gd.Article]:
    """gkmlpt: the catalogue page, the district government's reports, a look-alike and a jump row, the JSON API."""
    rng = b.rng("gkmlpt")
    articles: dict[int, gd.Article] = {}

    def identifier(published: dt.datetime) -> str:
        return f"007514531/{published.year}-{rng.randint(10, 99999):05d}"

    golden = b.content.golden("haizhu_zfb_2021", f"{DISTRICT}人民政府办公室2021年政府信息公开工作年度报告",
                              dt.datetime(2022, 1, 28, 9, 30, 12, tzinfo=BEIJING))
    specs = [(8081133, golden, [], "seen")]
    for post_id, name, year, attachments in GKMLPT_REPORTS:
        specs.append((post_id, b.content.generated(f"gkmlpt/{post_id}", _agency(name), year), attachments,
                      "inferred"))
    old = b.content.pre2019("gkmlpt/5401025", _agency("人民政府"), 2014,
                            title="海珠区2014年政府信息公开工作年度报告")
    specs.append((5401025, old, [], "seen"))
    for post_id, content, attachments, evidence in specs:
        articles[post_id] = gd.gkmlpt_report(
            b, CHROME, main, post_id, content, identifier=identifier(content.published), attachments=attachments,
            evidence=evidence, in_api=content.year >= API_FROM_YEAR,
            http_row=post_id == 8792006)  # one row names its post with http:// on this https site (sites.md §6)
    lookalike = (9120045, "海珠区关于印发2023年政务公开工作要点的通知", dt.datetime(2023, 5, 9, 11, 2, tzinfo=BEIJING))
    gd.gkmlpt_notice(b, CHROME, main, lookalike[0], lookalike[1], _agency("人民政府办公室"), lookalike[2],
                     identifier=identifier(lookalike[2]), kind="lookalike")
    jump = dt.datetime(2021, 2, 26, 10, 0, tzinfo=BEIJING)
    main.rows.append(guangdong.gkmlpt_row(7094298, JUMP[1], JUMP[0], jump, main.annual["id"], "",
                                          "广州市人民政府办公厅", kind="url"))
    api_pages = gd.publish_catalogue(b, CHROME, main, evidence="seen",
                                     note="_CONFIG with SID and a nested TREE seen on the platform; ids assumed")
    b.offsite_link(JUMP[0], JUMP[1], api_pages[0])
    return articles
