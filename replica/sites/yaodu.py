"""临汾市尧都区 (www.yaodu.gov.cn), sites.md §5 and §11, against real-evidence.md: no yaodu report page is known.

Evidence, fact by fact (a real URL, or "assumed"):
- the host answers over http; the `/zfxxgk/` tree exists, its links end in `/`: http://www.yaodu.gov.cn/zfxxgk/zcwj/
  qzfwj/ (区政府文件; public code).
- TRS-style publishing — columns `index.html`, `index_1.html` (zero-based) from `createPageHTML`, articles
  `YYYYMM/tYYYYMMDD_<id>.html`, attachments `./P0….pdf` — seen on Linfen sibling sites only:
  http://tjj.linfen.gov.cn/zfxxgk/xxgknb/202401/t20240129_310451.html, and the column path `/zfxxgk/xxgkzl/zfxxgknb/`
  with its breadcrumb on http://kfq.linfen.gov.cn/zfxxgk/xxgkzl/zfxxgknb/202302/t20230201_135291.html.
- assumed: that yaodu's report column is `/zfxxgk/xxgkzl/zfxxgknb/` (as kfq.linfen's), its pager, every report
  and id; the 信访局's 2020 report carries the `yaodu_xfj_2020` golden body (its URL is not known).

The 信访局's 2020 report (its one-cell-per-line text shown as the Word table it came from) links its PDF relatively
(`./P0…pdf`).  The government's 2019 report page is GBK with no charset declared anywhere: the oldest page of the
site.
"""

from __future__ import annotations

import datetime as dt

from replica import redesign
from replica.build import Column, SiteBuilder
from replica.content import ReportContent
from replica.model import BEIJING, Site
from replica.platforms import Attachment, Link, trs
from replica.sites.common import AttachmentSpec, attach, basics, page_document

SITE = Site("yaodu", "www.yaodu.gov.cn", "http", "Apache/2.4.6 (CentOS)", title="临汾市尧都区人民政府")
# The redesign mode (replica/redesign.py): a JSP portal (`list.jsp?channelId=N`); the old columns answer 404.
REDESIGN = redesign.Plan("query", old="404")
ROBOTS = "User-agent: *\nDisallow: /wcm/\n"
COLUMN = "/zfxxgk/xxgkzl/zfxxgknb/"
COLUMN_NAME = "政府信息公开年报"
GOV = "尧都区人民政府"

# (document id, agency, year, attachment formats, options)
REPORTS: list[tuple[int, str, int, list[str], dict[str, bool | str]]] = [
    (178830, GOV, 2025, [], {}),
    (165102, GOV, 2024, [], {}),
    (152377, GOV, 2023, ["pdf"], {}),
    (151806, "尧都区信访局", 2023, [], {}),
    # worded as 临汾市统计局 titles its own (tjj.linfen.gov.cn, real-evidence.md): 2023年度…工作报告
    (152016, "尧都区统计局", 2023, [], {"title": "尧都区统计局2023年度政府信息公开工作报告"}),
    (139954, "尧都区屯里镇人民政府", 2022, [], {}),
    (138411, GOV, 2022, [], {}),
    (126733, "尧都区教育局", 2021, ["doc"], {}),
    (125019, GOV, 2021, [], {}),
    (112870, GOV, 2020, [], {}),
    (101334, GOV, 2019, [], {"gbk_undeclared": True}),
]
NON_REPORTS = [
    (150122, "关于做好2023年政府信息公开工作年度报告编制发布工作的通知", "lookalike",
     dt.datetime(2023, 12, 22, 10, 12, tzinfo=BEIJING)),
    (121840, "尧都区政府信息公开保密审查制度", "lookalike", dt.datetime(2021, 6, 8, 9, 30, tzinfo=BEIJING)),
    (119905, "尧都区政府信息公开指南", "guide", dt.datetime(2021, 3, 29, 15, 45, tzinfo=BEIJING)),
]


def detail_path(doc_id: int, published: dt.datetime) -> str:
    return f"{COLUMN}{published:%Y%m}/t{published:%Y%m%d}_{doc_id}.html"


def build(b: SiteBuilder) -> None:
    basics(b, ROBOTS, ("/images/style.css",))
    b.start_urls.append(b.url(COLUMN))
    b.page("/index.html", trs.column_index("首页", [Link("/zfxxgk/", "政府信息公开")]), "home")
    b.page("/zfxxgk/index.html", trs.column_index("政府信息公开", [Link("/zfxxgk/xxgkzl/", "信息公开专栏"),
                                                                Link("/zfxxgk/zcwj/qzfwj/", "区政府文件")]), "index")
    b.page("/zfxxgk/zcwj/qzfwj/index.html", trs.column_index("区政府文件", []), "index", evidence="code")
    b.page("/zfxxgk/xxgkzl/index.html", trs.column_index("信息公开专栏", [Link(COLUMN, COLUMN_NAME)]), "index")
    column = Column(b)
    golden = b.content.golden("yaodu_xfj_2020", "尧都区信访局2020年政府信息公开工作年度报告",
                              dt.datetime(2021, 1, 29, 16, 2, 40, tzinfo=BEIJING))
    _report(b, column, 113265, golden, ["pdf"], {})
    for doc_id, agency, year, formats, options in REPORTS:
        content = b.content.generated(str(doc_id), agency, year, latest_month=3 if agency == GOV else 1)
        content.title = str(options.get("title") or content.title)
        _report(b, column, doc_id, content, formats, options)
    old = b.content.pre2019("88412", GOV, 2017, title="尧都区2017年政务公开年度报告")
    _report(b, column, 88412, old, [], {})
    for doc_id, title, kind, published in NON_REPORTS:
        path = detail_path(doc_id, published)
        body = b.content.notice(str(doc_id), title, "尧都区人民政府办公室")
        b.page(path, trs.article(title, COLUMN_NAME, published, body, []), "detail", modified=published)
        b.non_report(path, title, kind, [])
        column.add(path, title, published.date().isoformat(), b.non_reports[-1])

    def page_url(n: int) -> str:  # TRS counts from 0: the second page is index_1.html
        return b.url(COLUMN + ("index.html" if n == 1 else f"index_{n - 1}.html"))

    pages = column.paginate(10, page_url)
    for number, url, items in pages:
        b.page(url.removeprefix(SITE.origin), trs.listing(COLUMN_NAME, column.links(url, items), number - 1,
                                                          len(pages)), "listing")


def _report(b: SiteBuilder, column: Column, doc_id: int, content: ReportContent, formats: list[str],
            options: dict[str, bool]) -> None:
    path = detail_path(doc_id, content.published)
    directory = path.rsplit("/", 1)[0] + "/"
    rng = b.rng(f"P0:{doc_id}")
    documents, links = [], []
    for fmt in formats:
        name = f"P0{content.published:%Y%m%d}{rng.randint(10**11, 10**12 - 1)}.{fmt}"
        _, document, link = attach(b, content, AttachmentSpec(fmt, directory + name, content.title),
                                          content.published)
        documents.append(document)
        links.append(Attachment("./" + name, link.name))  # TRS writes attachments relative to the article
    undeclared = options.get("gbk_undeclared", False)
    html = trs.article(content.title, COLUMN_NAME, content.published, content.body_html, links,
                       charset=None if undeclared else "utf-8")
    page = b.page(path, html, "detail", modified=content.published, encoding="gbk" if undeclared else "utf-8",
                  charset_header=not undeclared, note="GBK, no charset declared" if undeclared else "")
    documents.insert(0, page_document(page.url, content))
    entry = b.report(content, page, documents, report_id=f"t_{doc_id}", listed_on=[])
    column.add(path, content.title, content.published.date().isoformat(), entry)
