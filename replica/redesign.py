"""The redesign mode of the replica: every site has moved its annual-report columns.

Sites are redesigned every few years: a new CMS template, new paths, listings that no longer end in `/`; the old
URLs answer 404 or send the visitor to the home page.  A site module declares how it was redesigned (`Plan`: the new
layout, what became of its old URLs, what stayed — the Guangdong platform's gkmlpt catalogues belong to the
province and do not move); `Plan.apply` rewrites the site it built: the same reports, look-alikes and files, under
a new home page → 政府信息公开 → 政府信息公开年报 → one column per kind of unit (区政府 / 部门 / 镇街), in one of
the layouts below.  The ground truth follows: reports keep their ids, their pages get the new URLs, their files
stay where they were (files outlive redesigns).  Built by `Replica(redesign=True)` / `serve --redesign`.

Nothing here is evidence about any real site's next redesign: it is the test bed of the spiders' fallback search
(crawler/healing.py), which must find the moved columns from the home page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from replica.build import Column, SiteBuilder
from replica.content import ReportContent
from replica.model import BEIJING, Document, NonReport, ReportEntry, Resource
from replica.platforms import Attachment, Link, henan_portal, jsp_portal, trs_shtml

PER_PAGE = 10
NOT_FOUND = b"<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1></body></html>"
KEEP_KINDS = frozenset({"attachment", "image", "asset", "robots"})  # files and furniture outlive a redesign
UNITS = (("qzf", "区政府"), ("bm", "部门"), ("zj", "镇街"))
NOTE = "redesign mode: an invented new layout"


def unit_of(agency: str) -> str:
    """Which new column a report's agency belongs to."""
    if re.search(r"(街道|镇|乡)(办事处|人民政府)?$|街道办事处|镇人民政府", agency):
        return "zj"
    if re.search(r"人民政府(办公室)?$", agency):
        return "qzf"
    return "bm"


@dataclass
class Layout:
    """A CMS template: where its pages live and how they look (delegating the markup to a platform module)."""

    site_title: str
    list_encoding = "utf-8"  # how its list pages are sent (a GBK list declares it in <meta> only)

    def prepare(self, b: SiteBuilder) -> None:
        """Shared assets the template's pages load."""

    def home(self, links: list[Link]) -> tuple[str, str]:
        raise NotImplementedError

    def catalogue(self, name: str, crumbs: list[Link], columns: list[Link]) -> str:
        raise NotImplementedError

    def column_url(self, parent: str, slug: str, number: int) -> str:
        """The path of a column below `parent` (`parent` "" for the top) — never ending in `/`."""
        raise NotImplementedError

    def page_path(self, column_path: str, number: int) -> str:
        """The path of a column's page `number` (1 is the column's own)."""
        raise NotImplementedError

    def listing(self, name: str, crumbs: list[Link], links: list[Link], number: int, pages: int, records: int) -> str:
        raise NotImplementedError

    def publish_column(self, b: SiteBuilder, path: str, name: str, crumbs: list[Link], column: Column) -> list[str]:
        """A column's pages (newest first, PER_PAGE items a page); returns their URLs."""
        pages = column.paginate(PER_PAGE, lambda n: b.url(self.page_path(path, n)))
        for number, url, items in pages:
            html = self.listing(name, crumbs, column.links(url, items), number, len(pages), len(column.items))
            b.page(url.removeprefix(b.site.origin), html, "listing", encoding=self.list_encoding,
                   charset_header=self.list_encoding == "utf-8", evidence="inferred", note=NOTE)
        return [url for _, url, _ in pages]

    def article_path(self, column_path: str, number: int, published: dt.datetime) -> str:
        raise NotImplementedError

    def article(self, title: str, crumbs: list[Link], published: dt.datetime, source: str, body_html: str,
                files: list[Attachment]) -> str:
        raise NotImplementedError

    def page(self, b: SiteBuilder, path: str, html: str, kind: str, **kwargs: object) -> Resource:
        return b.page(path, html, kind, evidence="inferred", note=NOTE, **kwargs)  # type: ignore[arg-type]


@dataclass
class DirectoryLayout(Layout):
    """A template publishing every column as a directory of static pages: `<column>/index.<ext>`, then
    `index_<n>.<ext>` (numbered from `second_page`), its articles in month directories below it."""

    top = ""  # the directory the top columns sit in
    ext = "html"
    second_page = 2  # the number of a column's second page (zero-based templates: 1)

    def column_dir(self, slug: str, number: int) -> str:
        return slug

    def column_url(self, parent: str, slug: str, number: int) -> str:
        return f"{_directory(parent) if parent else self.top}/{self.column_dir(slug, number)}/index.{self.ext}"

    def page_path(self, column_path: str, number: int) -> str:
        page = "index" if number == 1 else f"index_{number - 2 + self.second_page}"
        return f"{_directory(column_path)}/{page}.{self.ext}"

    def article_name(self, number: int, published: dt.datetime) -> str:
        return str(number)

    def article_path(self, column_path: str, number: int, published: dt.datetime) -> str:
        return f"{_directory(column_path)}/{published:%Y%m}/{self.article_name(number, published)}.{self.ext}"


@dataclass
class ShtmlLayout(DirectoryLayout):
    """TRS WCM publishing `.shtml` (replica/platforms/trs_shtml.py): `<name>_<id>/index.shtml`, zero-based pages
    (`index_1.shtml`, …) paged by the shared page.js, articles `YYYYMM/tYYYYMMDD_<id>.shtml`."""

    portal: trs_shtml.Portal = field(init=False)
    top = "/xxgk"
    ext = "shtml"
    second_page = 1

    def __post_init__(self) -> None:
        self.portal = trs_shtml.Portal(self.site_title, nav=[Link("/index.shtml", "首页")], footer_links=[],
                                       footer=f"主办：{self.site_title}办公室")

    def prepare(self, b: SiteBuilder) -> None:
        _asset(b, "/images/page.js", trs_shtml.PAGE_JS.encode(), "application/javascript")
        _asset(b, "/images/style.css", b"body{margin:0}\n", "text/css")

    def home(self, links: list[Link]) -> tuple[str, str]:
        return "/index.shtml", trs_shtml.home(self.portal, links, [])

    def catalogue(self, name: str, crumbs: list[Link], columns: list[Link]) -> str:
        return trs_shtml.column_index(self.portal, name, crumbs, columns)

    def column_dir(self, slug: str, number: int) -> str:
        return f"{slug}_{number}"

    def listing(self, name: str, crumbs: list[Link], links: list[Link], number: int, pages: int, records: int) -> str:
        return trs_shtml.listing(self.portal, name, crumbs, [], links, number - 1, pages, records)

    def article_name(self, number: int, published: dt.datetime) -> str:
        return f"t{published:%Y%m%d}_{number}"

    def article(self, title: str, crumbs: list[Link], published: dt.datetime, source: str, body_html: str,
                files: list[Attachment]) -> str:
        return trs_shtml.article(self.portal, title, crumbs, published, source, body_html, files)


@dataclass
class QueryLayout(Layout):
    """An old JSP portal (replica/platforms/jsp_portal.py): every column `list.jsp?channelId=N` (`&page=N`), articles
    `detail.jsp?id=N`, lists GBK declared in <meta> only."""

    list_encoding = "gbk"
    channel = 0  # the column being published

    def prepare(self, b: SiteBuilder) -> None:
        _asset(b, "/portal/css/main.css", b"body{margin:0}\n", "text/css")

    def home(self, links: list[Link]) -> tuple[str, str]:
        return "/portal/index.jsp", jsp_portal.catalogue(self.site_title, self.site_title, links)

    def catalogue(self, name: str, crumbs: list[Link], columns: list[Link]) -> str:
        return jsp_portal.catalogue(self.site_title, name, columns)

    def column_url(self, parent: str, slug: str, number: int) -> str:
        return f"/portal/list.jsp?channelId={number}"

    def page_path(self, column_path: str, number: int) -> str:
        return column_path + ("" if number == 1 else f"&page={number}")

    def publish_column(self, b: SiteBuilder, path: str, name: str, crumbs: list[Link], column: Column) -> list[str]:
        self.channel = int(path.rsplit("=", 1)[1])
        return super().publish_column(b, path, name, crumbs, column)

    def listing(self, name: str, crumbs: list[Link], links: list[Link], number: int, pages: int, records: int) -> str:
        return jsp_portal.listing(self.site_title, name, links, number, pages, self.channel)

    def article_path(self, column_path: str, number: int, published: dt.datetime) -> str:
        return f"/portal/detail.jsp?id={number}"

    def article(self, title: str, crumbs: list[Link], published: dt.datetime, source: str, body_html: str,
                files: list[Attachment]) -> str:
        return jsp_portal.detail(self.site_title, title, published, source, body_html, files)


@dataclass
class PortalLayout(DirectoryLayout):
    """The newer Henan-cluster template (replica/platforms/henan_portal.py): `…/index.html`, `index_2.html`, …
    paged by numbers and 首页/末页 only, articles `YYYYMM/<id>.html`."""

    chrome: henan_portal.Chrome = field(init=False)
    top = "/zwgk/xxgkml"

    def __post_init__(self) -> None:
        self.chrome = henan_portal.Chrome(self.site_title, [Link("/index.html", "首页")],
                                          f"主办：{self.site_title}办公室")

    def prepare(self, b: SiteBuilder) -> None:
        _asset(b, "/static/css/main.css", b"body{margin:0}\n", "text/css")

    def home(self, links: list[Link]) -> tuple[str, str]:
        return "/index.html", henan_portal.home(self.chrome, links, [])

    def catalogue(self, name: str, crumbs: list[Link], columns: list[Link]) -> str:
        return henan_portal.column_index(self.chrome, name, crumbs, columns)

    def listing(self, name: str, crumbs: list[Link], links: list[Link], number: int, pages: int, records: int) -> str:
        return henan_portal.listing(self.chrome, name, crumbs, links, number, pages)

    def article(self, title: str, crumbs: list[Link], published: dt.datetime, source: str, body_html: str,
                files: list[Attachment]) -> str:
        return henan_portal.article(self.chrome, title, crumbs, published, source, body_html, files)


LAYOUTS: dict[str, Callable[[str], Layout]] = {"shtml": ShtmlLayout, "query": QueryLayout, "portal": PortalLayout}


@dataclass(frozen=True)
class Plan:
    """How a site was redesigned: its new `layout` (LAYOUTS), what its old pages answer now (`old`: "404", or "home":
    a redirect to the new home page), and the path prefixes that did not move (`keep`)."""

    layout: str
    old: str = "404"
    keep: tuple[str, ...] = ()

    def kept(self, url: str) -> bool:
        return any(part in url for part in self.keep)

    def apply(self, b: SiteBuilder) -> None:
        _Redesign(b, self, LAYOUTS[self.layout](b.site.title)).run()


class _Redesign:
    def __init__(self, b: SiteBuilder, plan: Plan, layout: Layout) -> None:
        self.b, self.plan, self.layout = b, plan, layout
        self.numbers = iter(range(3_000_000, 4_000_000, 7))

    def run(self) -> None:
        b = self.b
        old = list(b.resources)
        removed = {r.url for r in old if not (r.kind in KEEP_KINDS or self.plan.kept(r.url))}
        b.resources = [r for r in old if r.url not in removed]
        b.revisions = {url: revision for url, revision in b.revisions.items() if url not in removed}
        self.layout.prepare(b)
        columns = {unit: Column(b) for unit, _ in UNITS}
        annual = self.layout.column_url("", "zfxxgknb", 40)
        disclosure = self.layout.column_url("", "xxgk", 39)
        crumbs = [Link(disclosure, "政府信息公开"), Link(annual, "政府信息公开年报")]
        paths = {unit: self.layout.column_url(annual, unit, 41 + i) for i, (unit, _) in enumerate(UNITS)}
        b.reports = [e for e in b.reports if not (e.duplicate_of and e.detail_url in removed)]
        for entry in b.reports:
            entry.listed_on = [url for url in entry.listed_on if url not in removed]
            if entry.detail_url in removed:
                self._move_report(entry, columns, paths, crumbs)
            elif not entry.listed_on:  # a page that stayed, listed only on a column that moved
                columns[unit_of(entry.agency)].add(entry.detail_url, entry.title, entry.published, entry, form="abs")
        for non_report in b.non_reports:
            listed = bool(non_report.listed_on)
            non_report.listed_on = [url for url in non_report.listed_on if url not in removed]
            if non_report.url in removed:
                self._move_non_report(non_report, columns["bm"], paths["bm"], crumbs)
            elif not non_report.listed_on:  # a page that stayed, linked only from pages that moved
                columns["bm"].add(non_report.url, non_report.title, "2024-01-01", non_report if listed else None,
                                  form="abs")
        offsite = [o for o in b.offsite if o.found_on in removed]
        for link in offsite:
            columns["qzf"].add(link.url, link.title, "2020-01-01", form="abs")
        first_pages = {}
        for unit, name in UNITS:
            unit_crumbs = [*crumbs, Link(paths[unit], f"{name}年报")]
            first_pages[unit] = self.layout.publish_column(b, paths[unit], f"{name}年报", unit_crumbs,
                                                           columns[unit])[0]
        for link in offsite:
            link.found_on = first_pages["qzf"]
        self.layout.page(b, annual, self.layout.catalogue("政府信息公开年报", crumbs, [
            Link(paths[unit], f"{name}政府信息公开工作年度报告") for unit, name in UNITS]), "index")
        catalogues = [Link(r.url.removeprefix(b.site.origin), "部门政府信息公开目录" if i else "政府信息公开目录")
                      for i, r in enumerate(r for r in b.resources if r.kind == "index" and self.plan.kept(r.url))]
        self.layout.page(b, disclosure, self.layout.catalogue("政府信息公开", crumbs[:1], [
            Link(annual, "政府信息公开年报"), *catalogues]), "index")
        path, html = self.layout.home([Link(disclosure, "政府信息公开")])
        self.layout.page(b, path, html, "home")
        if path != "/index.html":  # the site's root answers with the new home page too
            self.layout.page(b, "/index.html", html, "home")
        self._old_urls(old, removed, b.url("/"))
        b.start_urls[:] = [b.url("/")]

    def _content(self, entry: ReportEntry) -> ReportContent:
        return self.b.contents[entry.detail_url]

    def _move_report(self, entry: ReportEntry, columns: dict[str, Column], paths: dict[str, str],
                     crumbs: list[Link]) -> None:
        b, layout = self.b, self.layout
        content = self._content(entry)
        unit = unit_of(entry.agency)
        path = layout.article_path(paths[unit], next(self.numbers), content.published)
        files = [Attachment(d.url.removeprefix(b.site.origin), f"{entry.title}.{d.format}")
                 for d in entry.documents if d.role == "attachment" and d.format != "jpg"]
        html = layout.article(entry.title, crumbs, content.published, entry.agency, content.body_html, files)
        page = layout.page(b, path, html, "detail", modified=content.published)
        page_document = next(d for d in entry.documents if d.role == "page")
        entry.documents[entry.documents.index(page_document)] = Document(
            page.url, page_document.format, "page", page_document.carries_tables, page_document.ocr)
        b.contents[page.url] = content
        entry.detail_url = page.url
        entry.revisable, entry.revised_tables = False, None
        columns[unit].add(page.url, entry.title, entry.published, entry)

    def _move_non_report(self, non_report: NonReport, column: Column, column_path: str, crumbs: list[Link]) -> None:
        b, layout = self.b, self.layout
        published = dt.datetime(2023, 6, 1, 9, 0, tzinfo=BEIJING)
        path = layout.article_path(column_path, next(self.numbers), published)
        body = b.content.notice(f"{b.site.name}:redesign:{non_report.url}", non_report.title, b.site.title)
        page = layout.page(b, path, layout.article(non_report.title, crumbs, published, b.site.title, body, []),
                           "detail", modified=published)
        non_report.url = page.url
        column.add(page.url, non_report.title, published.date().isoformat(), non_report)

    def _old_urls(self, old: list[Resource], removed: set[str], home: str) -> None:
        """What the old pages answer now: 404, or (plan `home`) a redirect of the columns to the new home page."""
        b = self.b
        present = {r.url for r in b.resources}
        for resource in old:
            if resource.url not in removed or resource.url in present or resource.kind == "home":
                continue  # (a new home page replaces the old ones)
            path = resource.path + (f"?{resource.query}" if resource.query else "")
            if self.plan.old == "home" and resource.kind in ("index", "listing"):
                gone = b.add(path, b"", "text/html", resource.kind, headers=[("Location", home)])
                gone.status = 302
            else:
                gone = b.add(path, NOT_FOUND, "text/html", resource.kind)
                gone.status = 404
            gone.modified, gone.note = None, "redesign mode: moved"


def _directory(path: str) -> str:
    """The directory a page's path is in (`/a/b/index.html` → `/a/b`)."""
    return path.rsplit("/", 1)[0]


def _asset(b: SiteBuilder, path: str, body: bytes, content_type: str) -> None:
    if not any(r.path == path for r in b.resources):
        b.add(path, body, content_type, "asset")
