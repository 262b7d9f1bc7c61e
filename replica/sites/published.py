"""Publishing steps shared by the fictitious sites built for the discovery spider (qinglan, songhe, lutang).

Each of those sites differs in markup and URL scheme (its platform module) but publishes a report the same way: a
detail page in the site's chrome with real attachments, or — as many county sites do — just the file, linked
straight from the listing.  These helpers write the resources and the ground truth for either case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from replica.build import Column, SiteBuilder, href
from replica.content import ReportContent
from replica.model import Document, ReportEntry
from replica.platforms import Attachment
from replica.sites.common import AttachmentSpec, attach, page_document

# (page URL, attachment links as the page writes them) → the page's HTML
ArticleHtml = Callable[[str, list[Attachment]], str]


def report_page(b: SiteBuilder, column: Column | None, path: str, content: ReportContent, render: ArticleHtml,
                specs: list[AttachmentSpec] = (), *, link_form: str = "root", listing_form: str | None = None,
                report_id: str | None = None) -> ReportEntry:
    """A report as a detail page at `path` linking its attachments (hrefs written in `link_form`: rel | root |
    abs); listed in `column` when given."""
    page_url = b.url(path)
    documents: list[Document] = []
    links: list[Attachment] = []
    for spec in specs:
        resource, document, link = attach(b, content, spec, content.published)
        documents.append(document)
        links.append(Attachment(href(page_url, resource.url, link_form), link.name))
    page = b.page(path, render(page_url, links), "detail", modified=content.published)
    documents.insert(0, page_document(page.url, content))
    entry = b.report(content, page, documents, report_id=report_id or _id(path), listed_on=[])
    if column is not None:
        column.add(path, content.title, content.published.date().isoformat(), entry, form=listing_form)
    return entry


def report_file(b: SiteBuilder, column: Column, spec: AttachmentSpec, content: ReportContent, *,
                listing_form: str | None = None) -> ReportEntry:
    """A report published only as a file that the listing links directly (no detail page)."""
    resource, document, _ = attach(b, content, spec, content.published)
    entry = b.report(content, resource, [document], report_id=_id(spec.path), listed_on=[])
    column.add(spec.path, content.title, content.published.date().isoformat(), entry, form=listing_form)
    return entry


def notice_page(b: SiteBuilder, column: Column | None, path: str, title: str, kind: str | None,
                published: dt.datetime, render: Callable[[str], str], *, listing_form: str | None = None) -> None:
    """A page that is not a report (look-alike, guide, news): `render(body_html)` gives its HTML; `kind` set ⇒
    recorded in the manifest as a non-report (listed in `column` when given)."""
    body = b.content.notice(f"{b.site.name}:{path}", title, b.site.title)
    b.page(path, render(body), "detail", modified=published)
    if kind is None:
        return
    b.non_report(path, title, kind, [])
    if column is not None:
        column.add(path, title, published.date().isoformat(), b.non_reports[-1], form=listing_form)


def _id(path: str) -> str:
    return path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
