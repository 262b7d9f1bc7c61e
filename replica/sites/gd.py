"""Publishing on the Guangdong platform (haizhu, panyu): column articles, gkmlpt articles and column listings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from replica.build import Column, SiteBuilder, href
from replica.content import ReportContent
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
    entry = b.report(content, page, documents, report_id=path.rsplit("/", 1)[-1].removesuffix(".html"),
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


def gkmlpt_report(b: SiteBuilder, chrome: guangdong.Chrome, post_id: int, content: ReportContent, *,
                  sid: int, classify: dict[str, Any], tree: list[dict[str, Any]], identifier: str,
                  attachments: list[AttachmentSpec] | None = None, evidence: str = "inferred") -> Article:
    path = guangdong.gkmlpt_path(post_id)
    modified = content.published
    resources, documents, links = _attachments(b, content, attachments or [], b.url(path), modified)
    detail = _detail(b, post_id, content.title, content.agency, content.published, identifier, sid, classify,
                     [(r.url, link.name) for r, link in zip(resources, links, strict=True)])
    page = b.page(path, guangdong.gkmlpt_article(chrome, detail, content.body_html, links, tree, classify["name"]),
                  "detail", modified=modified, evidence=evidence)
    documents.insert(0, page_document(page.url, content))
    entry = b.report(content, page, documents, report_id=f"gkmlpt/post_{post_id}", listed_on=[], evidence=evidence)
    return Article(page, entry, resources)


def gkmlpt_notice(b: SiteBuilder, chrome: guangdong.Chrome, post_id: int, title: str, publisher: str,
                  published: dt.datetime, *, sid: int, classify: dict[str, Any], tree: list[dict[str, Any]],
                  identifier: str, kind: str | None) -> Resource:
    """A gkmlpt document that is not a report; `kind` set ⇒ recorded in the manifest as a non-report."""
    path = guangdong.gkmlpt_path(post_id)
    body = b.content.notice(f"{b.site.name}:{post_id}", title, publisher)
    detail = _detail(b, post_id, title, publisher, published, identifier, sid, classify, [])
    page = b.page(path, guangdong.gkmlpt_article(chrome, detail, body, [], tree, classify["name"]), "detail",
                  modified=published)
    if kind:
        b.non_report(path, title, kind, [])
    return page


def _detail(b: SiteBuilder, post_id: int, title: str, publisher: str, published: dt.datetime, identifier: str,
            sid: int, classify: dict[str, Any], files: list[tuple[str, str]]) -> dict[str, Any]:
    return {"id": post_id, "sid": sid, "title": title, "publisher": publisher, "identifier": identifier,
            "classify_id": classify["id"], "display_publish_time": int(published.timestamp()),
            "url": b.url(guangdong.gkmlpt_path(post_id)),
            "attachment": [{"name": name, "url": url} for url, name in files]}

