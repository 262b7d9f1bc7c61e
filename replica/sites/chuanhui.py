"""周口市川汇区 (www.chuanhui.gov.cn), sites.md §4 and §11, corrected against real-evidence.md.

Evidence, fact by fact (a real URL, or "assumed"):
- the host, the site code `chq` and its `/sitesources/chq/page_pc/…` tree:
  https://www.chuanhui.gov.cn/sitesources/chq/page_pc/zwgk/jcxxgk/zfwj/gfxwj/index.html (public code).
- article ids of 32 lower-case hex digits: …/page_pc/zwgk/jcxxgk/zfwj/cz/article5f71d9cf….html (real-evidence.md).
- on the same CMS: `list1.html` is a column's first page, its items in `#articleListTable` (`num` = page count),
  the page count in `script.json` (`endPage`): http://www.hnsjct.gov.cn/sitesources/hnsjct/page_pc/gzdt/jlsc/zggb/zjsc/
  list1.html (public code), xinxiang.gov.cn (real-evidence.md).  The `来源: … 时间: … 访问量:` line: zhoukou siblings.
- the annual-report tree `zwgk/gkznhml/zfxxgknb/<year>n/<unit>/` is the CITY's (http://www.zhoukou.gov.cn/sitesources/
  zksrmzf/page_pc/zwgk/gkznhml/zfxxgknb/2020n/szf/articleA7403B21A6CE4D6C9002DB9926C0BDC5.html): on this host it is
  assumed, as are the year pages drawn by JavaScript from `list.json`, the reports and the attachments.
- the root redirecting (302) to the CMS home: assumed.
"""

from __future__ import annotations

import datetime as dt

from replica import redesign
from replica.build import Column, SiteBuilder, href
from replica.content import ReportContent
from replica.model import BEIJING, Site
from replica.platforms import Attachment, Link, zhoukou
from replica.sites.common import AttachmentSpec, attach, basics, page_document

SITE = Site("chuanhui", "www.chuanhui.gov.cn", "https", "nginx/1.20.1", title="周口市川汇区人民政府")
# The redesign mode (replica/redesign.py): the newer Henan-cluster template (`…/index.html`); the
# old columns redirect to the home page.
REDESIGN = redesign.Plan("portal", old="home")
ROBOTS = "User-agent: *\nDisallow: /sitesources/chq/admin/\n"
BASE = "/sitesources/chq/page_pc/"
ROOT = BASE + "zwgk/gkznhml/zfxxgknb/"
GOV = "周口市川汇区人民政府"
UNITS = {"qzf": "区政府", "bm": "部门", "xzjd": "乡镇（街道）"}
CRUMBS = [("首页", BASE + "index.html"), ("政务公开", BASE + "zwgk/index.html"), ("政府信息公开年报", ROOT)]
PER_PAGE = 8

# year → unit → [(agency, report year, attachments)]
REPORTS: dict[int, dict[str, list[tuple[str, list[AttachmentSpec]]]]] = {
    2025: {"qzf": [(GOV, [])], "bm": [("川汇区信访局", [])]},
    2024: {"qzf": [(GOV, [])], "bm": [("川汇区信访局", []), ("川汇区教育局", [])]},
    2023: {"qzf": [(GOV, [AttachmentSpec("pdf", "/sitesources/chq/upload/202403/1711003512345.pdf",
                                         "川汇区人民政府2023年政府信息公开工作年度报告.pdf", disposition="gbk")])],
           "bm": [(f"川汇区{name}", []) for name in ("信访局", "财政局", "民政局", "司法局", "卫生健康委员会",
                                                   "审计局", "应急管理局", "市场监督管理局", "住房和城乡建设局")],
           "xzjd": [("川汇区陈州回族街道办事处", []), ("川汇区华耀城乡人民政府", [])]},
    2022: {"qzf": [(GOV, [])], "bm": [("川汇区卫生健康委员会", [])]},
    2021: {"qzf": [(GOV, [])],
           "bm": [("川汇区信访局", [AttachmentSpec("doc", "/sitesources/chq/upload/202201/1642663880114.doc",
                                                  "川汇区信访局2021年政府信息公开工作年度报告.doc")]),
                  ("川汇区财政局", [])],
           "xzjd": [("川汇区陈州回族街道办事处", [])]},
    2020: {"qzf": [(GOV, [])], "bm": [("川汇区信访局", [])]},
    2019: {"qzf": [(GOV, [])], "bm": [("川汇区教育局", [])]},
}
# Titles worded as a sibling site words them: 周口市住房和城乡建设局 (zfcxjs.zhoukou.gov.cn) titles its report
# `…2023年政府信息公开工作的年度报告` (real-evidence.md).
TITLES = {(2023, "川汇区住房和城乡建设局"): "川汇区住房和城乡建设局2023年政府信息公开工作的年度报告"}
# Non-reports among the 2023 department reports (the column that needs a second page).
NON_REPORTS_2023 = [("关于做好2023年政府信息公开工作年度报告编制发布工作的通知", "lookalike",
                     dt.datetime(2023, 12, 28, 9, 15, tzinfo=BEIJING)),
                    ("川汇区2024年政务公开工作要点", "lookalike", dt.datetime(2024, 4, 2, 16, 0, tzinfo=BEIJING))]


def build(b: SiteBuilder) -> None:
    basics(b, ROBOTS, (BASE + "css/style.css",))
    b.start_urls.append(b.url(ROOT))
    home = b.url(BASE + "index.html")
    b.add("/", b"", "text/html", "home", headers=[("Location", home)]).status = 302
    b.page(BASE + "index.html", zhoukou.column_index("首页", [("首页", "")], [Link(BASE + "zwgk/index.html",
                                                                                        "政务公开")]), "home")
    b.page(BASE + "zwgk/index.html", zhoukou.column_index("政务公开", CRUMBS[:1], [Link(ROOT, "政府信息公开年报")]),
           "index")
    years = sorted(REPORTS, reverse=True)
    b.page(ROOT + "index.html", zhoukou.column_index("政府信息公开年报", CRUMBS[:2], [
        Link(f"{year}n/index.html", f"{year}年") for year in years]), "index")
    for year in years:
        _year(b, year)


def _year(b: SiteBuilder, year: int) -> None:
    directory = f"{ROOT}{year}n/"
    crumbs = [*CRUMBS, (f"{year}年", directory + "index.html")]
    b.page(directory + "index.html", zhoukou.js_year_page(f"{year}年", crumbs, directory + "list.json"), "listing",
           note="list drawn by JavaScript from list.json")
    units = []
    for unit, reports in REPORTS[year].items():
        unit_dir = f"{directory}{unit}/"
        units.append(Link(unit_dir + "list1.html", UNITS[unit], f"{year + 1}-01-01"))
        unit_crumbs = [*crumbs, (UNITS[unit], unit_dir + "list1.html")]
        column = Column(b)
        for i, (agency, attachments) in enumerate(reports):
            content = b.content.generated(f"{year}/{unit}/{i}", agency, year, latest_month=3 if agency == GOV else 1)
            content.title = TITLES.get((year, agency), content.title)
            _report(b, column, unit_dir, unit_crumbs, content, attachments)
        if year == 2023 and unit == "bm":
            for title, kind, published in NON_REPORTS_2023:
                path = f"{unit_dir}article{_hex(b, title)}.html"
                body = b.content.notice(path, title, "川汇区人民政府办公室")
                html = zhoukou.article(title, unit_crumbs, published, "川汇区人民政府办公室", body, [])
                b.page(path, html, "detail", modified=published)
                b.non_report(path, title, kind, [])
                column.add(path, title, published.date().isoformat(), b.non_reports[-1])

        def page_url(n: int, unit_dir: str = unit_dir) -> str:
            return b.url(f"{unit_dir}list{n}.html")

        pages = column.paginate(PER_PAGE, page_url)
        for _, url, items in pages:
            b.page(url.removeprefix(SITE.origin), zhoukou.listing(UNITS[unit], unit_crumbs, column.links(url, items),
                                                                  len(pages)), "listing")
        b.json(unit_dir + "script.json", zhoukou.pager_data(len(pages), PER_PAGE, len(column.items)), kind="listing")
    b.json(directory + "list.json", zhoukou.year_data(units))


def _hex(b: SiteBuilder, key: str) -> str:
    rng = b.rng(f"article:{key}")
    return "".join(rng.choice("0123456789abcdef") for _ in range(32))


def _report(b: SiteBuilder, column: Column, unit_dir: str, crumbs: list[tuple[str, str]], content: ReportContent,
            specs: list[AttachmentSpec]) -> None:
    path = f"{unit_dir}article{_hex(b, unit_dir + content.title)}.html"
    documents, links = [], []
    for spec in specs:
        resource, document, link = attach(b, content, spec, content.published)
        documents.append(document)
        links.append(Attachment(href(b.url(path), resource.url, "root"), link.name))
    source = "川汇区人民政府办公室" if content.agency == GOV else content.agency.removeprefix("周口市")
    page = b.page(path, zhoukou.article(content.title, crumbs, content.published, source, content.body_html, links),
                  "detail", modified=content.published)
    documents.insert(0, page_document(page.url, content))
    entry = b.report(content, page, documents, report_id=path.rsplit("/", 1)[-1].removesuffix(".html"), listed_on=[])
    column.add(path, content.title, content.published.date().isoformat(), entry)

