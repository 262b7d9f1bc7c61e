"""广州市海珠区 (www.haizhu.gov.cn), sites.md §1 and §11.

Seen on the live site and kept: the column paths `/zwgk/zfxxgknb/bm/` and `jd/`, posts 9457633 (区投资促进局 2023,
2021 template), 5640789 (a bureau, 2019), 7049037 (区政务服务数据管理局 2020), 5414871 (昌岗街道 2018), the gkmlpt
posts 8081133 (区政府办公室 2021, the `haizhu_zfb_2021` golden body) and 5401025 (2014), the attachment
`/gzhzfg/attachment/7/7570/7570103/9476645.pdf`, the chrome of post_5414871.  Invented (evidence `inferred`): the
区政府 column `qzf/`, every other id, the gkmlpt sid 200105 and column 2961, the 信访局 reports in `bm/`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from replica.build import Column, SiteBuilder
from replica.model import BEIJING, Site
from replica.platforms import Link, guangdong
from replica.sites import gd
from replica.sites.common import AttachmentSpec, basics

SITE = Site("haizhu", "www.haizhu.gov.cn", "https", "nginx", gzip=True, title="广州市海珠区人民政府门户网站")
CHROME = guangdong.Chrome(SITE.title, "您当前所在的位置")
DISTRICT = "广州市海珠区"
SID = 200105  # made-up gkmlpt site id of the 20xxxx form (Guangzhou: area code 020)
CLASSIFY = {"id": 2961, "name": "法定主动公开内容", "post_count": 137, "jump_url": ""}
TREE = [{"id": 2961, "name": "法定主动公开内容", "parent": 0, "post_count": 137}]
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
    (9476645, "信访局", 2023, [AttachmentSpec("pdf", "/gzhzfg/attachment/7/7570/7570103/9476645.pdf",
                                            "海珠区信访局2023年政府信息公开工作年度报告.pdf")], "seen",
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

# gkmlpt: the district government's own reports (post id, agency, year, attachments)
GKMLPT_REPORTS: list[tuple[int, str, int, list[AttachmentSpec]]] = [
    (9823170, "人民政府", 2024, [AttachmentSpec("pdf", "/gzhzfg/attachment/9/9825/9825004/9823170.pdf",
                                             "广州市海珠区人民政府2024年政府信息公开工作年度报告.pdf")]),
    (9468842, "人民政府", 2023, []),
    (8792006, "人民政府", 2022, []),
    (7071330, "人民政府", 2020, []),
    (5663118, "人民政府", 2019, []),
]
GKMLPT_TOPICS = ("关于{}的通告", "{}政策解读", "关于印发{}实施方案的通知", "{}工作情况公示", "关于{}的批复",
                 "{}招聘公告")
GKMLPT_SUBJECTS = ("海珠湿地保护", "城中村改造", "老旧小区微改造", "垃圾分类", "消防安全检查", "中小学学位补贴",
                   "临时救助", "防汛防风", "营商环境优化", "地名命名", "道路交通管制", "公共租赁住房")


def build(b: SiteBuilder) -> None:
    basics(b, ROBOTS, ("/css/common.css",))
    b.add("/gkmlpt/static/js/app.js", guangdong.GKMLPT_APP_JS.encode(), "application/javascript", "asset")
    b.start_urls += [b.url(ROOT), b.url("/gkmlpt/index")]
    _section_pages(b)
    columns = [Link("bm/", "部门"), Link("jd/", "街道"), Link("qzf/", "区政府")]
    b.page(ROOT + "index.html", guangdong.column_index(CHROME, "政府信息公开年报", CRUMBS[:2], columns), "index",
           evidence="seen", note="bm/ and jd/ seen; qzf/ invented")
    gkmlpt_articles = _gkmlpt(b)
    _bm(b, gkmlpt_articles[8081133])
    _jd(b)
    _qzf(b, gkmlpt_articles)


def _section_pages(b: SiteBuilder) -> None:
    """The pages every page's navigation links: home and section indexes (furniture, no reports)."""
    for path, name in (("/index.html", "首页"), ("/zwgk/index.html", "政务公开"), ("/zmhd/index.html", "政民互动"),
                       ("/bsfw/index.html", "办事服务")):
        links = [] if path == "/bsfw/index.html" else [Link(ROOT, "政府信息公开年报"),
                                                        Link("/gkmlpt/index", "政府信息公开目录")]
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
    """The invented 区政府 column: it links the gkmlpt originals of the district government's reports."""
    crumbs = [*CRUMBS, ("区政府", ROOT + "qzf/")]
    column = Column(b)
    for article in gkmlpt_articles.values():
        entry = article.entry
        if entry is not None and entry.year >= 2019:
            column.add(entry.detail_url, entry.title, entry.published, entry, form="abs")
    gd.publish_column(b, CHROME, ROOT + "qzf/", "区政府", crumbs, column)


def _published(date: str, hour: int, minute: int) -> dt.datetime:
    y, m, d = (int(x) for x in date.split("-"))
    return dt.datetime(y, m, d, hour, minute, tzinfo=BEIJING)


def _gkmlpt(b: SiteBuilder) -> dict[int, gd.Article]:
    """gkmlpt: the catalogue page, the district government's reports, 130 other documents, the JSON API."""
    common = {"sid": SID, "classify": CLASSIFY, "tree": TREE}
    rng = b.rng("gkmlpt")
    articles: dict[int, gd.Article] = {}
    listed: dict[int, Any] = {}  # post id → its manifest entry (report or non-report), to record the API pages
    rows: list[dict[str, Any]] = []

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
        ident = identifier(content.published)
        article = gd.gkmlpt_report(b, CHROME, post_id, content, identifier=ident, attachments=attachments,
                                   evidence=evidence, **common)
        articles[post_id] = article
        listed[post_id] = article.entry
        url = article.page.url
        if post_id == 7071330:  # one row names its post with http:// on this https site (sites.md §6)
            url = url.replace("https://", "http://", 1)
        rows.append(guangdong.gkmlpt_row(post_id, content.title, url, content.published, CLASSIFY["id"], ident,
                                         content.agency))
    # A look-alike and ~130 ordinary disclosure documents: most of the column is not reports.
    lookalike = (9120045, "海珠区关于印发2023年政务公开工作要点的通知", dt.datetime(2023, 5, 9, 11, 2, tzinfo=BEIJING))
    ordinary = []
    for i in range(128):
        published = dt.datetime(2019, 1, 1, tzinfo=BEIJING) + dt.timedelta(days=rng.randint(0, 6 * 365),
                                                                               minutes=rng.randint(480, 1080))
        title = rng.choice(GKMLPT_TOPICS).format(rng.choice(GKMLPT_SUBJECTS))
        post_id = 5_000_000 + (published.year - 2019) * 900_000 + i * 997 + rng.randint(0, 900)
        ordinary.append((post_id, f"{title}（{published.year}年第{i % 9 + 1}号）", published))
    for post_id, title, published in [lookalike, *ordinary]:
        ident = identifier(published)
        kind = "lookalike" if post_id == lookalike[0] else "article"
        page = gd.gkmlpt_notice(b, CHROME, post_id, title, _agency("人民政府办公室"), published, identifier=ident,
                                kind=kind, **common)
        listed[post_id] = b.non_reports[-1]
        rows.append(guangdong.gkmlpt_row(post_id, title, page.url, published, CLASSIFY["id"], ident,
                                         _agency("人民政府办公室")))
    jump = dt.datetime(2021, 2, 26, 10, 0, tzinfo=BEIJING)
    rows.append(guangdong.gkmlpt_row(7094298, JUMP[1], JUMP[0], jump, CLASSIFY["id"], "", "广州市人民政府办公厅",
                                     kind="url"))
    rows.sort(key=lambda row: row["display_publish_time"], reverse=True)
    total_pages = (len(rows) + 99) // 100
    for page in range(1, total_pages + 1):
        api_path = f"/gkmlpt/api/all/{CLASSIFY['id']}?page={page}&sid={SID}"
        b.json(api_path, guangdong.gkmlpt_api_page(CLASSIFY, rows, page))
        for row in rows[(page - 1) * 100: page * 100]:
            if row["id"] in listed:
                listed[row["id"]].listed_on.append(b.url(api_path))
    jump_page = 1 + [r["id"] for r in rows].index(7094298) // 100
    b.offsite_link(JUMP[0], JUMP[1], b.url(f"/gkmlpt/api/all/{CLASSIFY['id']}?page={jump_page}&sid={SID}"))
    b.page("/gkmlpt/index", guangdong.gkmlpt_index(CHROME, SID, SITE.title.removesuffix("门户网站"), TREE), "index",
           note="catalogue UI; the column list is drawn from the API")
    return articles
