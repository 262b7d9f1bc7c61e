"""松河区 (www.songhe.gov.cn): a FICTITIOUS district portal on the Henan cluster's newer template, for discovery.

The annual reports are not linked from the 政府信息公开 index itself: each body's 年报 column sits one level
down (区政府信息公开 / 部门信息公开 → a department / 乡镇（街道）信息公开 → a town).  List pages are one-based
(`index.html`, `index_2.html`) with a pager of page numbers and 首页/末页 but no 下一页; one department's column is
empty (暂无信息); one town links its report's PDF straight from the listing.  Articles `/YYYY/MM-DD/<id>.html`.
"""

from __future__ import annotations

import datetime as dt
import random

from replica import redesign
from replica.build import Column, SiteBuilder
from replica.content import ReportContent
from replica.model import BEIJING, Site
from replica.platforms import Link, henan_portal
from replica.sites.common import AttachmentSpec, basics
from replica.sites.published import notice_page, report_file, report_page

SITE = Site("songhe", "www.songhe.gov.cn", "https", "Apache", title="松河区人民政府",
            fictitious=True)
# The redesign mode (replica/redesign.py): a JSP portal (`list.jsp?channelId=N`); the old columns
# redirect to the home page.
REDESIGN = redesign.Plan("query", old="home")
ROBOTS = "User-agent: *\nDisallow: /admin/\n"
DISTRICT = "松河区"
GOV = "松河区人民政府"
SERVICE = ("https://www.hnzwfw.gov.cn/", "政务服务")  # the provincial service portal: off-site
CHROME = henan_portal.Chrome(SITE.title, [Link("/", "首页"), Link("/zwgk/", "政务公开"), Link(*SERVICE),
                                          Link("/hdjl/", "互动交流"), Link("/zjsh/", "走进松河")],
                             "主办：松河区人民政府办公室 豫ICP备00000002号 网站标识码：4199990002")
XXGK = "/zfxxgk/"
PER_PAGE = 8

# body directory → (name, parent index, [(agency, year, attachment format | "file" | None)])
BODIES: dict[str, tuple[str, str, list[tuple[str, int, str | None]]]] = {
    "qzf/": ("区政府信息公开", "", [(GOV, year, {2024: "docx", 2022: "pdf"}.get(year))
                                   for year in range(2025, 2018, -1)]),
    "bmxxgk/fgw/": ("区发展和改革委员会", "bmxxgk/", [("松河区发展和改革委员会", 2024, None),
                                                     ("松河区发展和改革委员会", 2023, None)]),
    "bmxxgk/jyj/": ("区教育局", "bmxxgk/", [("松河区教育局", year, None) for year in (2024, 2023, 2022)]),
    "bmxxgk/xfj/": ("区信访局", "bmxxgk/", [("松河区信访局", year, "pdf" if year == 2021 else None)
                                           for year in range(2025, 2018, -1)]),
    "bmxxgk/czj/": ("区财政局", "bmxxgk/", [("松河区财政局", 2024, None)]),
    "bmxxgk/wjw/": ("区卫生健康委员会", "bmxxgk/", []),
    "bmxxgk/zrzyj/": ("区自然资源局", "bmxxgk/", [("松河区自然资源局", 2023, None), ("松河区自然资源局", 2021, None)]),
    "xzjd/cgjd/": ("城关街道", "xzjd/", [("松河区城关街道办事处", 2024, "file"),
                                         ("松河区城关街道办事处", 2023, None)]),
    "xzjd/hkz/": ("河口镇", "xzjd/", [("松河区河口镇人民政府", 2024, None)]),
}
OLDER = {"qzf/": ("松河区2016年政府信息公开工作年度报告", GOV, 2016),
         "bmxxgk/xfj/": ("松河区信访局2018年度政府信息公开年度报告", "松河区信访局", 2018)}
LOOKALIKES = {
    "qzf/": [("松河区人民政府办公室关于印发2024年政务公开工作要点的通知",
              dt.datetime(2024, 4, 9, 10, 0, tzinfo=BEIJING)),
             ("关于做好2023年度政府信息公开工作年度报告编制和发布工作的通知",
              dt.datetime(2023, 12, 18, 15, 30, tzinfo=BEIJING))],
    "bmxxgk/xfj/": [("松河区信访局政府信息公开指南", dt.datetime(2022, 6, 1, 9, 0, tzinfo=BEIJING))],
}
GROUPS = {"bmxxgk/": "部门信息公开", "xzjd/": "乡镇（街道）信息公开"}


def build(b: SiteBuilder) -> None:
    basics(b, ROBOTS, ("/static/css/main.css",))
    b.start_urls.append(b.url("/"))
    b.offsite_link(SERVICE[0], SERVICE[1], b.url("/"))
    rng = b.rng("ids")
    news = _news(b, rng)
    b.page("/index.html", henan_portal.home(CHROME, [Link(XXGK, "政府信息公开"), Link("/zwgk/zcwj/", "政策文件"),
                                                    Link("/zwgk/xwfb/", "新闻发布")], news), "home")
    _furniture(b, rng)
    top = [Link(XXGK + "xxgkzn/", "政府信息公开指南"), Link(XXGK + "qzf/", "区政府信息公开"),
           Link(XXGK + "bmxxgk/", "部门信息公开"), Link(XXGK + "xzjd/", "乡镇（街道）信息公开")]
    home_crumbs = [Link("/", "首页"), Link(XXGK, "政府信息公开")]
    b.page(XXGK + "index.html", henan_portal.column_index(CHROME, "政府信息公开", home_crumbs[:1], top), "index")
    _single_column(b, rng, XXGK + "xxgkzn/", "政府信息公开指南", home_crumbs, "松河区人民政府信息公开指南", "guide",
                   dt.datetime(2021, 5, 20, 9, 0, tzinfo=BEIJING))
    for group, name in GROUPS.items():
        members = [Link(f"{XXGK}{body}", title) for body, (title, parent, _) in BODIES.items() if parent == group]
        b.page(f"{XXGK}{group}index.html", henan_portal.column_index(CHROME, name, home_crumbs, members), "index")
    for body, (name, parent, reports) in BODIES.items():
        crumbs = [*home_crumbs, *([Link(XXGK + parent, GROUPS[parent])] if parent else []), Link(XXGK + body, name)]
        _body(b, rng, body, name, reports, crumbs)


def _body(b: SiteBuilder, rng: random.Random, body: str, name: str, reports: list[tuple[str, int, str | None]],
          crumbs: list[Link]) -> None:
    """A body's disclosure index (机构职能 + 政府信息公开年报) and its 年报 column."""
    directory = XXGK + body
    b.page(directory + "index.html", henan_portal.column_index(CHROME, name, crumbs[:-1], [
        Link(directory + "jgzn/", "机构职能"), Link(directory + "ndbg/", "政府信息公开年报")]), "index")
    b.page(directory + "jgzn/index.html", henan_portal.column_index(CHROME, "机构职能", crumbs, [],
                                                                    f"{name}主要职责、内设机构和联系方式。"), "index")
    column_crumbs = [*crumbs, Link(directory + "ndbg/", "政府信息公开年报")]
    column = Column(b)
    contents = [(b.content.generated(f"songhe/{body}{year}", agency, year,
                                     latest_month=3 if agency == GOV else 1), attachment)
                for agency, year, attachment in reports]
    if body in OLDER:
        title, agency, year = OLDER[body]
        contents.append((b.content.pre2019(f"songhe/{body}{year}", agency, year, title=title), None))
    for content, attachment in contents:
        _report(b, rng, column, content, attachment, column_crumbs)
    for title, published in LOOKALIKES.get(body, []):
        kind = "guide" if "指南" in title else "lookalike"
        notice_page(b, column, _article_path(rng, published), title, kind, published,
                    lambda html, title=title, published=published: henan_portal.article(
                        CHROME, title, column_crumbs, published, "松河区人民政府办公室", html, []))
    _publish(b, column, directory + "ndbg/", "政府信息公开年报", column_crumbs)


def _report(b: SiteBuilder, rng: random.Random, column: Column, content: ReportContent, attachment: str | None,
            crumbs: list[Link]) -> None:
    upload = f"/uploadfile/{content.published:%Y/%m%d}/{content.published:%Y%m%d%H%M%S}{rng.randint(100, 999)}"
    if attachment == "file":
        report_file(b, column, AttachmentSpec("pdf", upload + ".pdf", content.title), content)
        return
    specs = [AttachmentSpec(attachment, f"{upload}.{attachment}", f"{content.title}.{attachment}")] \
        if attachment else []
    source = "松河区人民政府办公室" if content.agency == GOV else content.agency
    report_page(b, column, _article_path(rng, content.published), content,
                lambda url, links: henan_portal.article(CHROME, content.title, crumbs, content.published, source,
                                                        content.body_html, links), specs)


def _article_path(rng: random.Random, published: dt.datetime) -> str:
    return f"/{published:%Y}/{published:%m-%d}/{rng.randint(2_800_000, 3_199_999)}.html"


def _publish(b: SiteBuilder, column: Column, directory: str, name: str, crumbs: list[Link]) -> None:
    def page_url(n: int) -> str:  # one-based: the second page is index_2.html
        return b.url(directory + ("index.html" if n == 1 else f"index_{n}.html"))

    pages = column.paginate(PER_PAGE, page_url)
    for number, url, items in pages:
        b.page(url.removeprefix(SITE.origin), henan_portal.listing(CHROME, name, crumbs, column.links(url, items),
                                                                   number, len(pages)), "listing")


def _single_column(b: SiteBuilder, rng: random.Random, directory: str, name: str, crumbs: list[Link], title: str,
                   kind: str, published: dt.datetime) -> None:
    column_crumbs = [*crumbs, Link(directory, name)]
    column = Column(b)
    notice_page(b, column, _article_path(rng, published), title, kind, published,
                lambda html: henan_portal.article(CHROME, title, column_crumbs, published, "松河区人民政府办公室",
                                                  html, []))
    _publish(b, column, directory, name, column_crumbs)


def _news(b: SiteBuilder, rng: random.Random) -> list[Link]:
    crumbs = [Link("/", "首页"), Link("", "松河要闻")]
    out = []
    for title, published in (("松河区召开2025年政务公开工作会议", dt.datetime(2025, 3, 18, 17, 0, tzinfo=BEIJING)),
                             ("松河区开展政府开放日活动", dt.datetime(2025, 3, 2, 11, 0, tzinfo=BEIJING))):
        path = _article_path(rng, published)
        notice_page(b, None, path, title, "article", published,
                    lambda html, title=title, published=published: henan_portal.article(
                        CHROME, title, crumbs, published, "松河区融媒体中心", html, []))
        b.non_reports[-1].listed_on.append(b.url("/"))
        out.append(Link(path, title, published.date().isoformat()))
    return out


def _furniture(b: SiteBuilder, rng: random.Random) -> None:
    home = [Link("/", "首页")]
    for path, name, note in (("/hdjl/", "互动交流", "区长信箱、网上调查。"),
                             ("/zjsh/", "走进松河", "松河区地处豫北，辖9个乡镇街道。")):
        b.page(path + "index.html", henan_portal.column_index(CHROME, name, home, [], note), "index")
    columns = [Link(XXGK, "政府信息公开"), Link("/zwgk/zcwj/", "政策文件"), Link("/zwgk/xwfb/", "新闻发布")]
    b.page("/zwgk/index.html", henan_portal.column_index(CHROME, "政务公开", home, columns), "index")
    crumbs = [*home, Link("/zwgk/", "政务公开")]
    _single_column(b, rng, "/zwgk/zcwj/", "政策文件", crumbs, "松河区人民政府关于印发松河区2024年民生实事的通知",
                   "article", dt.datetime(2024, 3, 6, 16, 0, tzinfo=BEIJING))
    _single_column(b, rng, "/zwgk/xwfb/", "新闻发布", crumbs, "松河区2024年国民经济和社会发展情况新闻发布会",
                   "article", dt.datetime(2025, 2, 11, 10, 0, tzinfo=BEIJING))
