"""青岚县 (www.qinglan.gov.cn): a FICTITIOUS county portal on TRS WCM publishing `.shtml`, for the discovery spider.

Nobody wrote a spider for it: docs/discovery.md uses it (with songhe and lutang) to show that discovery finds an
unknown site's reports from its home page.  Layout: home → 政府信息公开 `/zfxxgk/index.shtml` → 政府信息公开年报
`zfxxgknb_31597/` (numeric WCM channel suffixes) → three unit columns (县政府 / 部门 / 乡镇), zero-based
`index.shtml`, `index_1.shtml`, … whose pager only `page.js` draws, from JavaScript variables.  Articles
`YYYYMM/tYYYYMMDD_<id>.shtml` with `./P0….pdf` attachments; one report is only a PDF linked from the listing.
"""

from __future__ import annotations

import datetime as dt
import random

from replica import redesign
from replica.build import Column, SiteBuilder
from replica.content import ReportContent
from replica.model import BEIJING, Site
from replica.platforms import Link, trs_shtml
from replica.sites.common import AttachmentSpec, basics
from replica.sites.published import notice_page, report_file, report_page

SITE = Site("qinglan", "www.qinglan.gov.cn", "http", "nginx", title="青岚县人民政府",
            fictitious=True)
# The redesign mode (replica/redesign.py): the newer Henan-cluster template (`…/index.html`); the old
# columns answer 404.
REDESIGN = redesign.Plan("portal", old="404")
ROBOTS = "User-agent: *\nDisallow: /wcm/\nDisallow: /search/\n"
COUNTY = "青岚县"
GOV = "青岚县人民政府"
CITY_PORTAL = ("http://www.qingzhou.gov.cn/", "青州市人民政府")  # fictitious city: off-site, never fetched
PORTAL = trs_shtml.Portal(
    SITE.title,
    nav=[Link("/", "首页"), Link("/zjql/index.shtml", "走进青岚"), Link("/xwzx/index.shtml", "新闻中心"),
         Link("/zwgk/index.shtml", "政务公开"), Link("/hdjl/index.shtml", "互动交流")],
    footer_links=[Link(CITY_PORTAL[0], CITY_PORTAL[1]), Link("https://www.gov.cn/", "中国政府网")],
    footer="主办：青岚县人民政府办公室 网站标识码：3799990001 鲁ICP备00000001号")

XXGK = "/zfxxgk/"
NB = XXGK + "zfxxgknb_31597/"
# unit column → (name, [(agency after the county, year, attachment format or "file" (listing links the PDF))])
UNITS: dict[str, tuple[str, list[tuple[str, int, str | None]]]] = {
    "xzfnb_31598": ("县政府年报", [("人民政府", year, {2023: "pdf", 2024: "file"}.get(year))
                                  for year in range(2025, 2018, -1)]),
    "bmnb_31599": ("部门年报", [
        ("发展和改革局", 2024, None), ("发展和改革局", 2023, None), ("教育局", 2024, None), ("教育局", 2023, "doc"),
        ("教育局", 2022, None), ("信访局", 2024, None), ("信访局", 2023, None), ("信访局", 2022, None),
        ("信访局", 2021, None), ("财政局", 2024, None), ("财政局", 2022, None), ("卫生健康局", 2023, None),
        ("卫生健康局", 2020, None), ("市场监督管理局", 2024, None), ("市场监督管理局", 2021, None),
        ("自然资源局", 2023, None), ("自然资源局", 2019, None)]),
    "xzjdnb_31600": ("乡镇年报", [("城关镇人民政府", 2024, None), ("城关镇人民政府", 2023, None),
                                  ("青溪镇人民政府", 2024, None), ("岚山乡人民政府", 2023, None),
                                  ("白石街道办事处", 2024, None), ("白石街道办事处", 2022, None)]),
}
LOOKALIKES: dict[str, list[tuple[str, str, dt.datetime]]] = {
    "xzfnb_31598": [("关于做好2024年度政府信息公开工作年度报告编制发布工作的通知", "lookalike",
                     dt.datetime(2024, 12, 20, 9, 30, tzinfo=BEIJING)),
                    ("青岚县2023年政务公开工作要点", "lookalike", dt.datetime(2023, 4, 11, 15, 2, tzinfo=BEIJING))],
    "bmnb_31599": [("关于报送2022年度政府信息公开工作年度报告的通知", "lookalike",
                    dt.datetime(2022, 12, 26, 10, 0, tzinfo=BEIJING))],
}
PER_PAGE = 8


def build(b: SiteBuilder) -> None:
    basics(b, ROBOTS, ("/images/style.css",))
    b.add("/images/page.js", trs_shtml.PAGE_JS.encode(), "application/javascript", "asset")
    b.start_urls.append(b.url("/"))
    for url, title in (CITY_PORTAL, ("https://www.gov.cn/", "中国政府网")):
        b.offsite_link(url, title, b.url("/"))
    news = _news(b)
    b.page("/", trs_shtml.home(PORTAL, [Link("/zwgk/index.shtml", "政务公开"),
                                        Link("/zfxxgk/index.shtml", "政府信息公开"),
                                        Link("/xwzx/index.shtml", "新闻中心"), Link("/hdjl/index.shtml", "互动交流")],
                                news), "home")
    _furniture(b)
    _disclosure(b)
    crumbs = [Link("/", "首页"), Link(XXGK + "index.shtml", "政府信息公开"),
              Link(NB + "index.shtml", "政府信息公开年报")]
    side = [Link(f"{NB}{unit}/index.shtml", name) for unit, (name, _) in UNITS.items()]
    intro = "本栏目发布本县各级行政机关的政府信息公开工作年度报告。"
    b.page(NB + "index.shtml", trs_shtml.column_index(PORTAL, "政府信息公开年报", crumbs[:2], side, intro), "index")
    for unit, (name, reports) in UNITS.items():
        # the oldest report (pre-2019 wording, no tables) sits in the government's column
        older = [b.content.pre2019("qinglan/2017", GOV, 2017, title="青岚县2017年政府信息公开年度报告")] \
            if unit == "xzfnb_31598" else []
        _unit(b, unit, name, reports, older, [*crumbs, Link("", name)], side)


def _unit(b: SiteBuilder, unit: str, name: str, reports: list[tuple[str, int, str | None]],
          older: list[ReportContent], crumbs: list[Link], side: list[Link]) -> None:
    directory = f"{NB}{unit}/"
    column = Column(b)
    rng = b.rng(unit)
    for agency, year, attachment in reports:
        content = b.content.generated(f"qinglan/{unit}/{agency}/{year}", COUNTY + agency, year,
                                      latest_month=3 if agency == "人民政府" else 1)
        _publish(b, column, directory, content, attachment, crumbs, rng)
    for content in older:
        _publish(b, column, directory, content, None, crumbs, rng)
    for title, kind, published in LOOKALIKES.get(unit, []):
        path = f"{directory}{published:%Y%m}/t{published:%Y%m%d}_{rng.randint(4_000_000, 4_999_999)}.shtml"
        notice_page(b, column, path, title, kind, published,
                    lambda body, title=title, published=published: trs_shtml.article(
                        PORTAL, title, crumbs, published, "青岚县人民政府办公室", body, []), listing_form="rel")
    _publish_column(b, column, directory, name, crumbs, side)


def _publish(b: SiteBuilder, column: Column, directory: str, content: ReportContent, attachment: str | None,
             crumbs: list[Link], rng: random.Random) -> None:
    doc_id = rng.randint(4_000_000, 4_999_999)
    month = f"{content.published:%Y%m}"
    stamp = f"{content.published:%Y%m%d}"
    if attachment == "file":  # only the PDF, linked from the listing
        spec = AttachmentSpec("pdf", f"{directory}{month}/P0{stamp}{rng.randint(10**11, 10**12 - 1)}.pdf",
                              content.title)
        report_file(b, column, spec, content, listing_form="rel")
        return
    specs = [AttachmentSpec(attachment, f"{directory}{month}/P0{stamp}{rng.randint(10**11, 10**12 - 1)}.{attachment}",
                            f"{content.title}.{attachment}")] if attachment else []
    source = "青岚县人民政府办公室" if content.agency == GOV else content.agency
    report_page(b, column, f"{directory}{month}/t{stamp}_{doc_id}.shtml", content,
                lambda url, links: trs_shtml.article(PORTAL, content.title, crumbs, content.published, source,
                                                     content.body_html, links),
                specs, link_form="rel", listing_form="rel")


def _publish_column(b: SiteBuilder, column: Column, directory: str, name: str, crumbs: list[Link],
                    side: list[Link]) -> None:
    def page_url(n: int) -> str:  # zero-based: the second page is index_1.shtml
        return b.url(directory + ("index.shtml" if n == 1 else f"index_{n - 1}.shtml"))

    pages = column.paginate(PER_PAGE, page_url)
    for number, url, items in pages:
        b.page(url.removeprefix(SITE.origin), trs_shtml.listing(PORTAL, name, crumbs, side, column.links(url, items),
                                                                number - 1, len(pages), len(column.items)), "listing")


def _news(b: SiteBuilder) -> list[Link]:
    """新闻中心 > 青岚要闻: ordinary articles (one mentions 政务公开 and a year: not a report)."""
    crumbs = [Link("/", "首页"), Link("/xwzx/index.shtml", "新闻中心"), Link("", "青岚要闻")]
    items = [("青岚县召开2024年政务公开工作推进会", dt.datetime(2024, 3, 12, 16, 20, tzinfo=BEIJING)),
             ("青岚县2023年国民经济和社会发展统计公报", dt.datetime(2024, 3, 28, 9, 0, tzinfo=BEIJING)),
             ("县政府召开第十二次常务会议", dt.datetime(2024, 4, 2, 18, 5, tzinfo=BEIJING))]
    column = Column(b)
    rng = b.rng("news")
    for title, published in items:
        path = f"/xwzx/qlyw/{published:%Y%m}/t{published:%Y%m%d}_{rng.randint(4_000_000, 4_999_999)}.shtml"
        notice_page(b, column, path, title, "article", published,
                    lambda body, title=title, published=published: trs_shtml.article(
                        PORTAL, title, crumbs, published, "青岚县融媒体中心", body, []), listing_form="rel")
    _publish_column(b, column, "/xwzx/qlyw/", "青岚要闻", crumbs, [])
    b.page("/xwzx/index.shtml", trs_shtml.column_index(PORTAL, "新闻中心", crumbs[:1], [
        Link("/xwzx/qlyw/index.shtml", "青岚要闻")]), "index")
    return [Link(item.url.removeprefix(SITE.origin), item.title, item.date) for item in column.items]


def _furniture(b: SiteBuilder) -> None:
    """Sections every page links that hold no report."""
    home = [Link("/", "首页")]
    b.page("/zjql/index.shtml", trs_shtml.column_index(PORTAL, "走进青岚", home, [
        Link("/zjql/qlgk/index.shtml", "青岚概况")]), "index")
    b.page("/zjql/qlgk/index.shtml", trs_shtml.column_index(PORTAL, "青岚概况", home, [],
                                                             "青岚县位于青州市西部，辖8个乡镇（街道）。"), "index")
    b.page("/hdjl/index.shtml", trs_shtml.column_index(PORTAL, "互动交流", home, [],
                                                       "县长信箱、在线访谈、征集调查。"), "index")
    b.page("/zwgk/index.shtml", trs_shtml.column_index(PORTAL, "政务公开", home, [
        Link("/zfxxgk/index.shtml", "政府信息公开"), Link("/zwgk/zcjd/index.shtml", "政策解读")]), "index")
    crumbs = [*home, Link("/zwgk/index.shtml", "政务公开"), Link("", "政策解读")]
    column = Column(b)
    published = dt.datetime(2024, 5, 6, 10, 0, tzinfo=BEIJING)
    title = "《青岚县优化营商环境若干措施》政策解读"
    notice_page(b, column, "/zwgk/zcjd/202405/t20240506_4431552.shtml", title, "article", published,
                lambda body: trs_shtml.article(PORTAL, title, crumbs, published, "县发展和改革局", body, []),
                listing_form="rel")
    _publish_column(b, column, "/zwgk/zcjd/", "政策解读", crumbs, [])


def _disclosure(b: SiteBuilder) -> None:
    """政府信息公开: the guide, the rules, 法定主动公开内容 (no reports there) and the link to the 年报 column."""
    crumbs = [Link("/", "首页"), Link(XXGK + "index.shtml", "政府信息公开")]
    columns = [Link(XXGK + "zfxxgkzn_31590/index.shtml", "政府信息公开指南"),
               Link(XXGK + "zfxxgkzd_31591/index.shtml", "政府信息公开制度"),
               Link(XXGK + "fdzdgknr_31592/index.shtml", "法定主动公开内容"),
               Link(NB + "index.shtml", "政府信息公开年报")]
    b.page(XXGK + "index.shtml", trs_shtml.column_index(PORTAL, "政府信息公开", crumbs[:1], columns), "index")
    singles = [("zfxxgkzn_31590", "政府信息公开指南", "青岚县人民政府信息公开指南", "guide",
                dt.datetime(2021, 3, 15, 9, 0, tzinfo=BEIJING)),
               ("zfxxgkzd_31591", "政府信息公开制度", "青岚县政府信息公开保密审查制度", "lookalike",
                dt.datetime(2021, 6, 2, 11, 0, tzinfo=BEIJING)),
               ("fdzdgknr_31592/jgzn_31593", "机构职能", "青岚县人民政府办公室主要职责", "article",
                dt.datetime(2022, 2, 10, 10, 0, tzinfo=BEIJING)),
               ("fdzdgknr_31592/zcwj_31594", "政策文件", "青岚县人民政府关于印发2024年重点工作任务分工的通知",
                "article", dt.datetime(2024, 2, 27, 17, 0, tzinfo=BEIJING))]
    rng = b.rng("disclosure")
    for column_dir, name, title, kind, published in singles:
        directory = f"{XXGK}{column_dir}/"
        column_crumbs = [*crumbs, Link("", name)]
        column = Column(b)
        path = f"{directory}{published:%Y%m}/t{published:%Y%m%d}_{rng.randint(3_000_000, 4_999_999)}.shtml"
        notice_page(b, column, path, title, kind, published,
                    lambda body, title=title, published=published, c=column_crumbs: trs_shtml.article(
                        PORTAL, title, c, published, "青岚县人民政府办公室", body, []), listing_form="rel")
        _publish_column(b, column, directory, name, column_crumbs, columns)
    b.page(XXGK + "fdzdgknr_31592/index.shtml", trs_shtml.column_index(
        PORTAL, "法定主动公开内容", crumbs, [Link("jgzn_31593/index.shtml", "机构职能"),
                                             Link("zcwj_31594/index.shtml", "政策文件")]), "index")
