"""Publishing on the Guangdong platform (haizhu, panyu): column articles, gkmlpt articles and column listings."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from replica.build import Column, SiteBuilder, href
from replica.content import ReportContent
from replica.documents import DocRef
from replica.model import Document, ReportEntry, Resource
from replica.platforms import Attachment, guangdong
from replica.sites.common import AttachmentSpec, attach, image_tables, page_document, picture_tables


@dataclass
class Article:
    """What one article publication produced: its page, the report entry (if a report) and its attachments."""

    page: Resource
    entry: ReportEntry | None = None
    attachments: list[Resource] = field(default_factory=list)


def _attachments(b: SiteBuilder, content: ReportContent, specs: list[AttachmentSpec], page_url: str,
                 modified: dt.datetime) -> tuple[list[Resource], list[Document], list[Attachment]]:
    resources, documents, links = [], [], []
    for i, spec in enumerate(specs):
        resource, document, link = attach(b, content, spec, modified)
        resources.append(resource)
        documents.append(document)
        links.append(Attachment(href(page_url, resource.url, ("root", "abs", "rel")[i % 3]), link.name))
    return resources, documents, links


def column_report(b: SiteBuilder, chrome: guangdong.Chrome, path: str, content: ReportContent,
                  crumbs: list[tuple[str, str]], *, source: str, attachments: list[AttachmentSpec] | None = None,
                  image: str | None = None, duplicate_of: str | None = None, evidence: str = "inferred",
                  revised: ReportContent | None = None, pictures: str | None = None) -> Article:
    """A report published as a column article at `path`, with real attachments and its manifest entry.
    `image`: one picture of a PDF page where the tables belong (the tables are read from the PDF); `pictures`: a
    directory under which each table is a picture of its own, the only place the tables are published."""
    modified = content.published
    resources, documents, links = _attachments(b, content, attachments or [], b.url(path), modified)
    body = content.body_html
    if image:
        body, image_doc = image_tables(b, content, image, modified)
        documents.append(image_doc)
    if pictures:
        body = picture_tables(b, content, pictures, modified)
    page = b.page(path, guangdong.column_article(chrome, content.title, crumbs, content.published, source, body,
                                                 links), "detail", modified=modified, evidence=evidence)
    page_doc = page_document(page.url, content, carries_tables=not image and content.tables is not None)
    page_doc.ocr = bool(pictures)  # read with its pictures, by OCR
    documents.insert(0, page_doc)
    if revised is not None:
        b.revision(page, guangdong.column_article(chrome, revised.title, crumbs, content.published, source,
                                                  revised.body_html, links).encode())
        for resource, spec in zip(resources, attachments or [], strict=True):
            b.revision(resource, b.docs.request(spec.format, revised.text, revised.title))
    shown = dataclasses.replace(content, body_html=body)  # (what the page shows: the image in place of tables)
    entry = b.report(shown, page, documents, report_id=path.rsplit("/", 1)[-1].removesuffix(".html"),
                     listed_on=[], duplicate_of=duplicate_of, evidence=evidence,
                     revised_tables=revised.tables if revised else None)
    return Article(page, entry, resources)


def column_notice(b: SiteBuilder, chrome: guangdong.Chrome, path: str, title: str, kind: str,
                  crumbs: list[tuple[str, str]], published: dt.datetime, source: str) -> Resource:
    """A non-report article (look-alike, guide, ordinary news) in a report column."""
    body = b.content.notice(f"{b.site.name}:{path}", title, source)
    page = b.page(path, guangdong.column_article(chrome, title, crumbs, published, source, body, []), "detail",
                  modified=published)
    b.non_report(path, title, kind, [])
    return page


def publish_column(b: SiteBuilder, chrome: guangdong.Chrome, directory: str, name: str,
                   crumbs: list[tuple[str, str]], column: Column, per_page: int = 15,
                   evidence: str = "inferred") -> list[str]:
    """`directory/index.html`, `index_2.html`, … (page 2 is `index_2` on this platform); returns the URLs."""
    def page_url(n: int) -> str:
        return b.url(directory + ("index.html" if n == 1 else f"index_{n}.html"))

    pages = column.paginate(per_page, page_url)
    for number, url, items in pages:
        html = guangdong.column_listing(chrome, name, crumbs, column.links(url, items), number, len(pages))
        b.page(url.removeprefix(b.site.origin), html, "listing", evidence=evidence)
    return [url for _, url, _ in pages]


@dataclass
class Catalogue:
    """One gkmlpt catalogue of a site: the district's own (`prefix` "") or a department's (`/gzhzjy`).  Its reports
    and notices are published with `gkmlpt_report` / `gkmlpt_notice`, its index page and API with `publish`."""

    prefix: str
    sid: int
    tree: list[dict[str, Any]]  # nested columns, names in Chinese (escaped when written)
    annual: dict[str, Any]  # the annual-report column: {"id", "name"}
    area: str  # SERVICE_AREA_ID: the administrative code
    post_count: int | None = None  # what the column says it holds; more than the API lists: its recent slice
    rows: list[dict[str, Any]] = field(default_factory=list)  # the annual column's API rows
    listed: dict[int, Any] = field(default_factory=dict)  # post id → its manifest entry, to record the API pages

    def fresh(self) -> Catalogue:
        """A copy with nothing published yet: a build's own (a module's catalogue is shared by every build)."""
        return dataclasses.replace(self, rows=[], listed={})

    def path(self, post_id: int) -> str:
        return guangdong.gkmlpt_path(post_id, self.prefix)

    def classify(self) -> dict[str, Any]:
        count = self.post_count if self.post_count is not None else len(self.rows)
        return {"id": self.annual["id"], "name": self.annual["name"], "post_count": count, "jump_url": ""}


def gkmlpt_report(b: SiteBuilder, chrome: guangdong.Chrome, catalogue: Catalogue, post_id: int,
                  content: ReportContent, *, identifier: str, attachments: list[AttachmentSpec] | None = None,
                  evidence: str = "inferred", in_api: bool = True, http_row: bool = False) -> Article:
    """A report in the catalogue's annual column (listed by its API unless `in_api` is False: older than the API's
    slice); `http_row`: its API row names it with http:// on an https site (sites.md §6)."""
    path = catalogue.path(post_id)
    modified = content.published
    resources, documents, links = _attachments(b, content, attachments or [], b.url(path), modified)
    detail = _detail(b, catalogue, post_id, content.title, content.agency, content.published, identifier,
                     [(r.url, link.name) for r, link in zip(resources, links, strict=True)])
    page = b.page(path, guangdong.gkmlpt_article(chrome, detail, content.body_html, links, catalogue.tree,
                                                 catalogue.annual["name"], catalogue.prefix),
                  "detail", modified=modified, evidence=evidence)
    documents.insert(0, page_document(page.url, content))
    entry = b.report(content, page, documents, report_id=f"gkmlpt{catalogue.prefix}/post_{post_id}", listed_on=[],
                     evidence=evidence)
    if in_api:
        url = page.url.replace("https://", "http://", 1) if http_row else page.url
        catalogue.rows.append(guangdong.gkmlpt_row(post_id, content.title, url, content.published,
                                                   catalogue.annual["id"], identifier, content.agency))
        catalogue.listed[post_id] = entry
    return Article(page, entry, resources)


def gkmlpt_notice(b: SiteBuilder, chrome: guangdong.Chrome, catalogue: Catalogue, post_id: int, title: str,
                  publisher: str, published: dt.datetime, *, identifier: str, kind: str | None,
                  column: str | None = None, in_api: bool = True,
                  attachments: tuple[tuple[str, DocRef, str], ...] = ()) -> Resource:
    """A catalogue document that is not a report (in the annual column's API unless `in_api` is False; `column`
    names another column it belongs to); `kind` set ⇒ recorded in the manifest as a non-report.  `attachments`:
    (path, document, link text) of files it links."""
    path = catalogue.path(post_id)
    body = b.content.notice(f"{b.site.name}:{catalogue.prefix}{post_id}", title, publisher)
    files = []
    for file_path, ref, name in attachments:
        resource = b.document(file_path, ref, modified=published)
        files.append(Attachment(href(b.url(path), resource.url, "root"), name))
    detail = _detail(b, catalogue, post_id, title, publisher, published, identifier,
                     [(b.url(file_path), name) for file_path, _, name in attachments])
    page = b.page(path, guangdong.gkmlpt_article(chrome, detail, body, files, catalogue.tree,
                                                 column or catalogue.annual["name"], catalogue.prefix),
                  "detail", modified=published)
    if kind:
        b.non_report(path, title, kind, [])
    if in_api:
        catalogue.rows.append(guangdong.gkmlpt_row(post_id, title, page.url, published, catalogue.annual["id"],
                                                   identifier, publisher))
        if kind:
            catalogue.listed[post_id] = b.non_reports[-1]
    return page


def publish_catalogue(b: SiteBuilder, chrome: guangdong.Chrome, catalogue: Catalogue, *, evidence: str,
                      note: str = "") -> list[str]:
    """The catalogue's index page, its script, and the annual column's API pages (newest first, 100 rows a page;
    every listed entry learns which API page lists it); returns the API page URLs."""
    prefix = catalogue.prefix
    b.add(f"{prefix}/gkmlpt/static/js/app.js", guangdong.GKMLPT_APP_JS.encode(), "application/javascript", "asset")
    b.page(f"{prefix}/gkmlpt/index", guangdong.gkmlpt_index(chrome, catalogue.sid, catalogue.tree, catalogue.area,
                                                            prefix), "index", evidence=evidence, note=note)
    rows = sorted(catalogue.rows, key=lambda row: row["display_publish_time"], reverse=True)
    urls = []
    for page in range(1, max(1, (len(rows) + 99) // 100) + 1):
        api = f"{prefix}/gkmlpt/api/all/{catalogue.annual['id']}?page={page}&sid={catalogue.sid}"
        b.json(api, guangdong.gkmlpt_api_page(catalogue.classify(), rows, page))
        for row in rows[(page - 1) * 100: page * 100]:
            if row["id"] in catalogue.listed:
                catalogue.listed[row["id"]].listed_on.append(b.url(api))
        urls.append(b.url(api))
    return urls


def _detail(b: SiteBuilder, catalogue: Catalogue, post_id: int, title: str, publisher: str, published: dt.datetime,
            identifier: str, files: list[tuple[str, str]]) -> dict[str, Any]:
    return {"id": post_id, "sid": catalogue.sid, "title": title, "publisher": publisher, "identifier": identifier,
            "classify_id": catalogue.annual["id"], "display_publish_time": int(published.timestamp()),
            "url": b.url(catalogue.path(post_id)),
            "attachment": [{"name": name, "url": url} for url, name in files]}
