"""安阳市殷都区 (www.yindu.gov.cn), sites.md §3 and §11, corrected against real-evidence.md.

Evidence, fact by fact (a real URL, or "assumed"):
- the host, https, and articles at `/YYYY/MM-DD/<id>.html`: https://www.yindu.gov.cn/2022/07-19/2461517.html,
  https://www.yindu.gov.cn/2026/04-20/3641341.html (public code; ids in the cluster's sequence).
- the home page links its 政府信息公开目录 as `/zfxxgk/fdzdgknr` (no slash) and it answers 2xx;
  `/zfxxgk/fdzdgknr/czyjs/` exists; `/zfxxgk/qzfld/` (区政府领导) exists (real-evidence.md: a public probe of
  the home page, public code).
- the cluster's current markup (`ul.newsList`, `h3#title`, `span#pubDate`, `div.content`) and zero-based pages
  `index_1.html`: https://hct.henan.gov.cn/zwgk/xxgk/zfxxgknb/index_1.html (public code of a sibling site).
- no challenge: the home page answered a plain request 2xx (real-evidence.md); none is put in front of it here
  (the challenge machinery is tested as a mode, replica/modes/challenges.py).
- assumed: the annual-report column's place (`/zfxxgk/fdzdgknr/zfxxgknb`, linked from the catalogue without a
  slash), its pager's words, the units' reports, the attachments' paths, GBK declared in <meta> only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from replica import redesign
from replica.build import Column, SiteBuilder, href
from replica.content import ReportContent, esc
from replica.model import BEIJING, Document, Resource, Site
from replica.platforms import Attachment, Link, henan
from replica.sites.common import AttachmentSpec, attach, basics, page_document

SITE = Site("yindu", "www.yindu.gov.cn", "https", "Apache", title="安阳市殷都区人民政府")
# The redesign mode (replica/redesign.py): TRS .shtml columns; the old columns answer 404.
REDESIGN = redesign.Plan("shtml", old="404")
ROBOTS = "User-agent: *\nAllow: /\n"
CATALOGUE = "/zfxxgk/fdzdgknr"  # seen (no slash)
COLUMN = CATALOGUE + "/zfxxgknb"  # assumed
COLUMN_NAME = "政府信息公开年报"
CRUMBS = [Link(CATALOGUE, "政府信息公开目录"), Link(COLUMN, COLUMN_NAME)]
GOV = "安阳市殷都区人民政府"

# (article id, agency, year, attachments, options)
REPORTS: list[tuple[int, str, int, list[AttachmentSpec], dict[str, bool]]] = [
    (3590121, GOV, 2024, [AttachmentSpec("docx", "/uploadfiles/202503/20250318091204517.docx",
                                         "殷都区人民政府2024年政府信息公开工作年度报告.docx")], {}),
    (3321776, GOV, 2023, [AttachmentSpec("pdf", "/uploadfiles/202403/20240320102511853.pdf",
                                         "殷都区人民政府2023年政府信息公开工作年度报告.pdf")], {}),
    (3309412, "殷都区信访局", 2023, [], {}),
    (3068530, "殷都区水冶镇人民政府", 2022, [AttachmentSpec("scan", "/uploadfiles/202301/20230118164530221.pdf",
                                                      "水冶镇2022年政府信息公开工作年度报告.pdf")],
     {"attachment_only": True}),
    (2811954, GOV, 2022, [], {}),
    (2575003, "殷都区信访局", 2021, [], {}),
    (2569418, GOV, 2021, [], {}),
    (2301187, "殷都区教育局", 2020, [], {}),
    (2296640, GOV, 2020, [], {}),
    (2041552, GOV, 2019, [], {}),
]
NON_REPORTS = [(2203319, "殷都区2020年政务公开工作要点", "lookalike", dt.datetime(2020, 4, 16, 10, 0, tzinfo=BEIJING)),
               (2530418, "关于报送2021年度政府信息公开工作年度报告的通知", "lookalike",
                dt.datetime(2021, 12, 30, 16, 20, tzinfo=BEIJING)),
               (2462870, "殷都区政府信息公开指南", "guide", dt.datetime(2021, 7, 19, 9, 12, tzinfo=BEIJING))]
NEWS = [(3641341, "殷都区召开2025年政务公开工作推进会", dt.datetime(2025, 4, 20, 17, 3, tzinfo=BEIJING)),
        (3601127, "殷都区开展“政府开放日”活动", dt.datetime(2025, 3, 12, 11, 40, tzinfo=BEIJING))]


def article_path(article_id: int, published: dt.datetime) -> str:
    """`/YYYY/MM-DD/<numeric id>.html` (seen in public scraper code)."""
    return f"/{published:%Y}/{published:%m-%d}/{article_id}.html"


def _page(b: SiteBuilder, path: str, html: str, kind: str, **kwargs) -> Resource:
    return b.page(path, html, kind, encoding="gbk", charset_header=False, **kwargs)


def build(b: SiteBuilder) -> None:
    basics(b, ROBOTS, ("/css/style.css",))
    b.start_urls.append(b.url(CATALOGUE))
    column = Column(b)
    for article_id, agency, year, attachments, options in REPORTS:
        # the town fills in only the 总计 column (as yaodu does): few figures to read from its scan
        content = b.content.generated(f"{article_id}", agency, year, latest_month=3 if agency == GOV else 1,
                                      blanks="totals_only" if options.get("attachment_only") else None)
        _report(b, column, article_id, content, attachments, options.get("attachment_only", False))
    old = b.content.pre2019("1963971", GOV, 2018, title="2018年度殷都区政府信息公开年度报告")
    _report(b, column, 1963971, old, [], False)
    for article_id, title, kind, published in NON_REPORTS:
        path = article_path(article_id, published)
        body = b.content.notice(f"{article_id}", title, "殷都区人民政府办公室")
        _page(b, path, henan.article(title, CRUMBS, published, "殷都区人民政府办公室", body, []), "detail",
              modified=published)
        b.non_report(path, title, kind, [])
        column.add(path, title, published.date().isoformat(), b.non_reports[-1])

    def page_url(n: int) -> str:  # zero-based: the column's own URL, then index_1.html, index_2.html, …
        return b.url(COLUMN if n == 1 else f"{COLUMN}/index_{n - 1}.html")

    pages = column.paginate(8, page_url)
    for number, url, items in pages:
        links = [Link(item.url.removeprefix(SITE.origin), item.title, item.date) for item in items]
        _page(b, url.removeprefix(SITE.origin), henan.listing(COLUMN_NAME, CRUMBS, links, COLUMN, number - 1,
                                                              len(pages)), "listing")
    news = []
    for article_id, title, published in NEWS:
        path = article_path(article_id, published)
        body = b.content.notice(f"news/{article_id}", title, "殷都区融媒体中心")
        _page(b, path, henan.article(title, [Link("/", "工作动态")], published, "殷都区融媒体中心", body, []),
              "detail", modified=published, evidence="code" if article_id == 3641341 else "inferred")
        b.non_report(path, title, "article", [b.url("/")])
        news.append(Link(path, title, published.date().isoformat()))
    entries = [Link(CATALOGUE, "政府信息公开目录"), Link("/zfxxgk/qzfld/", "区政府领导")]
    _page(b, "/index.html", henan.home(entries, news), "home", evidence="seen",
          note="the home page links /zfxxgk/fdzdgknr (real-evidence.md); the rest assumed")
    columns = [Link(f"{CATALOGUE}/czyjs", "财政预决算"), Link(COLUMN, COLUMN_NAME),
               Link(f"{CATALOGUE}/xxgkzn", "政府信息公开指南")]
    _page(b, CATALOGUE, henan.catalogue("政府信息公开目录", CRUMBS[:1], columns), "index", evidence="seen",
          note="answers 2xx without its slash (seen); its columns assumed")
    _page(b, f"{CATALOGUE}/czyjs", henan.catalogue("财政预决算", [CRUMBS[0], Link(f"{CATALOGUE}/czyjs", "财政预决算")],
                                                   []), "index", evidence="seen")
    _page(b, "/zfxxgk/qzfld/index.html", henan.catalogue("区政府领导", [Link("/zfxxgk/qzfld/", "区政府领导")], []),
          "index", evidence="code")
    guide = next(n for n in b.non_reports if n.kind == "guide")
    _page(b, f"{CATALOGUE}/xxgkzn", henan.listing("政府信息公开指南", [CRUMBS[0]], [
        Link(guide.url.removeprefix(SITE.origin), guide.title, "2021-07-19")], f"{CATALOGUE}/xxgkzn", 0, 1),
          "index")


def _report(b: SiteBuilder, column: Column, article_id: int, content: ReportContent, specs: list[AttachmentSpec],
            attachment_only: bool) -> None:
    path = article_path(article_id, content.published)
    documents: list[Document] = []
    links: list[Attachment] = []
    for spec in specs:
        resource, document, link = attach(b, content, spec, content.published)
        documents.append(document)
        links.append(Attachment(href(b.url(path), resource.url, "root"), link.name))
    body = f"<p>{esc(content.title)}</p><p>详见附件。</p>" if attachment_only else content.body_html
    source = content.agency if content.agency != GOV else "殷都区人民政府办公室"
    page = _page(b, path, henan.article(content.title, CRUMBS, content.published, source, body, links),
                 "detail", modified=content.published, evidence="code",
                 note="URL shape seen in public scraper code; page invented")
    documents.insert(0, page_document(page.url, content, carries_tables=not attachment_only and
                                      content.tables is not None, stub=attachment_only))
    entry = b.report(dataclasses.replace(content, body_html=body), page, documents, report_id=str(article_id),
                     listed_on=[])
    column.add(path, content.title, content.published.date().isoformat(), entry, form="root")
