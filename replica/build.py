"""Building the replica: every site module fills a `SiteBuilder`; documents are made (or read from the cache) in
one batch; the result is an immutable `Build` (routes + ground truth), memoised per content seed.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import json
import pkgutil
import posixpath
import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

from replica.content import ContentFactory, ReportContent
from replica.documents import DocRef, DocumentStore
from replica.model import (
    Document,
    Manifest,
    NonReport,
    OffsiteLink,
    ReplicaError,
    ReportEntry,
    Resource,
    Site,
)
from replica.platforms import Link
from replica.routes import RouteTable

DEFAULT_CONTENT_SEED = 2024

MIME = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "wps": "application/octet-stream",  # what servers send for Kingsoft files
    "scan": "application/pdf",
    "jpg": "image/jpeg",
}


# Kinds of pages a CMS publishes as static files (regenerated when a column changes, so their mtime stands still
# between crawls of an unchanged site), and the mtime they carry.
STATIC_KINDS = frozenset({"listing", "index", "home", "robots", "asset"})
SITE_GENERATED = dt.datetime(2026, 4, 1, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@functools.cache
def site_modules() -> dict[str, ModuleType]:
    """The replica's sites: every module of replica/sites/ that declares one (`SITE` and `build(b)`), by name.
    A new site is one more module there; the helper modules (common, gd, published) declare none.  (Imported
    by name when first needed: the site modules import this one.)"""
    site_package = importlib.import_module("replica.sites")
    found = {}
    for info in sorted(pkgutil.iter_modules(site_package.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{site_package.__name__}.{info.name}")
        if hasattr(module, "SITE") and callable(getattr(module, "build", None)):
            found[info.name] = module
    return found


def site_names() -> tuple[str, ...]:
    """Every site of the replica (what `Replica(sites=site_names())` and `serve --sites all` build)."""
    return tuple(site_modules())


def default_site_names() -> tuple[str, ...]:
    """The replicas of real sites (the default replica); the fictitious sites are built only when named."""
    return tuple(name for name, module in site_modules().items() if not module.SITE.fictitious)


@dataclass
class SiteBuilder:
    """Collects one site's resources and ground truth.  Site modules call its methods; nothing else."""

    site: Site
    content: ContentFactory
    docs: DocumentStore
    resources: list[Resource] = field(default_factory=list)
    reports: list[ReportEntry] = field(default_factory=list)
    non_reports: list[NonReport] = field(default_factory=list)
    offsite: list[OffsiteLink] = field(default_factory=list)
    start_urls: list[str] = field(default_factory=list)
    pending: list[tuple[Resource, DocRef]] = field(default_factory=list)
    revisions: dict[str, list[Resource]] = field(default_factory=dict)
    contents: dict[str, ReportContent] = field(default_factory=dict)  # detail URL → what its page shows

    def url(self, path: str) -> str:
        return self.site.url(path)

    def rng(self, key: str) -> random.Random:
        return self.content.rng(f"{self.site.name}:{key}")

    # --- resources ---------------------------------------------------------------------------------------------
    def add(self, path: str, body: bytes, content_type: str | None, kind: str, *, modified: dt.datetime | None = None,
            headers: list[tuple[str, str]] | None = None, evidence: str = "inferred", note: str = "",
            form: tuple[tuple[str, str], ...] | None = None) -> Resource:
        """`form` set: the answer to a POST whose form body holds those pairs (dynamic: no validators)."""
        if modified is None and kind in STATIC_KINDS and form is None:
            modified = SITE_GENERATED  # static files on nginx carry validators; dynamic API answers do not
        resource = Resource(self.url(path), body, content_type, kind, headers=list(headers or []),
                            modified=modified, evidence=evidence, note=note, form=form)
        self.resources.append(resource)
        return resource

    def page(self, path: str, html: str, kind: str, *, modified: dt.datetime | None = None, encoding: str = "utf-8",
             charset_header: bool = True, evidence: str = "inferred", note: str = "",
             form: tuple[tuple[str, str], ...] | None = None) -> Resource:
        """An HTML page.  `encoding="gbk"` sends GBK bytes; `charset_header=False` leaves the charset out of the
        Content-Type (then only the page's <meta>, if any, declares it)."""
        body = html.encode(encoding, errors="xmlcharrefreplace")
        label = {"gbk": "GBK", "utf-8": "utf-8"}.get(encoding, encoding)
        content_type = f"text/html; charset={label}" if charset_header else "text/html"
        return self.add(path, body, content_type, kind, modified=modified, evidence=evidence, note=note, form=form)

    def json(self, path: str, data: Any, kind: str = "api", content_type: str = "application/json;charset=UTF-8",
             evidence: str = "inferred") -> Resource:
        body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
        return self.add(path, body, content_type, kind, evidence=evidence)

    def document(self, path: str, ref: DocRef, *, modified: dt.datetime, disposition: str | None = None,
                 kind: str = "attachment", evidence: str = "inferred", note: str = "") -> Resource:
        """An attachment; its bytes are filled in once all documents are built."""
        headers = [("Content-Disposition", disposition)] if disposition else []
        resource = self.add(path, b"", MIME[ref.format], kind, modified=modified, headers=headers,
                            evidence=evidence, note=note)
        self.pending.append((resource, ref))
        return resource

    def revision(self, resource: Resource, body: bytes | DocRef) -> None:
        """A prepared next version of `resource` (served after Replica.revise)."""
        revised = Resource(resource.url, body if isinstance(body, bytes) else b"", resource.content_type,
                           resource.kind, resource.status, list(resource.headers), resource.modified,
                           resource.evidence, "prepared revision")
        self.revisions.setdefault(resource.url, []).append(revised)
        if isinstance(body, DocRef):
            self.pending.append((revised, body))

    # --- ground truth ------------------------------------------------------------------------------------------
    def report(self, content: ReportContent, detail: Resource, documents: list[Document], *, report_id: str,
               listed_on: list[str], duplicate_of: str | None = None, evidence: str = "inferred",
               revised_tables: dict[str, Any] | None = None) -> ReportEntry:
        entry = ReportEntry(
            id=f"{self.site.name}/{report_id}", site=self.site.name, agency=content.agency, year=content.year,
            template=content.template, title=content.title, detail_url=detail.url,
            published=content.published.date().isoformat(), documents=documents, tables=content.tables,
            tables_source=content.tables_source, duplicate_of=duplicate_of, listed_on=list(listed_on),
            revisable=revised_tables is not None, revised_tables=revised_tables, evidence=evidence)
        self.reports.append(entry)
        self.contents[detail.url] = content
        return entry

    def non_report(self, path: str, title: str, kind: str, listed_on: list[str]) -> None:
        self.non_reports.append(NonReport(self.site.name, self.url(path), title, kind, list(listed_on)))

    def offsite_link(self, url: str, title: str, found_on: str) -> None:
        self.offsite.append(OffsiteLink(self.site.name, url, title, found_on))


@dataclass
class Build:
    sites: list[Site]
    routes: RouteTable
    manifest: Manifest
    revisions: dict[str, list[Resource]]
    documents_built: int
    seconds: float
    cache_files: list[Path] = field(default_factory=list)  # the cached files this build read

    @functools.cached_property
    def sites_by_host(self) -> dict[str, Site]:
        return {site.host: site for site in self.sites}

    def manifest_json(self) -> dict[str, Any]:
        m = self.manifest
        return {
            "content_seed": m.content_seed,
            "sites": [{"name": s.name, "host": s.host, "origin": s.origin, "start_urls": m.start_urls[s.name]}
                      for s in m.sites],
            "reports": [entry.to_json() for entry in m.reports],
            "non_reports": [asdict(n) for n in m.non_reports],
            "offsite_links": [asdict(o) for o in m.offsite_links],
        }

    def routes_json(self) -> list[dict[str, Any]]:
        return [{"url": r.url, "kind": r.kind, "status": r.status, "content_type": r.content_type,
                 "bytes": len(r.body), "evidence": r.evidence, "note": r.note} for r in self.routes]


def build(content_seed: int = DEFAULT_CONTENT_SEED, sites: tuple[str, ...] | None = None,
          cache_dir: Path | None = None, redesign: bool = False) -> Build:
    """Build (or return the memoised build of) the replica for `content_seed`: the replicas of real sites (not
    the fictitious ones), or the sites named; `redesign`: every site as redesigned (replica/redesign.py: a site
    module's `REDESIGN` plan; a site without one is built as it is)."""
    return _build(content_seed, tuple(sites or default_site_names()), str(cache_dir) if cache_dir else None,
                  redesign)


@functools.lru_cache(maxsize=4)
def _build(content_seed: int, site_names: tuple[str, ...], cache_dir: str | None, redesign: bool = False) -> Build:
    started = time.perf_counter()
    docs = DocumentStore(Path(cache_dir) if cache_dir else None)
    content = ContentFactory(content_seed, docs.cache_dir)
    builders = []
    modules = site_modules()
    for name in site_names:
        if name not in modules:
            raise ReplicaError(f"unknown site {name!r}; known: {', '.join(modules)}")
        module = modules[name]
        builder = SiteBuilder(module.SITE, content, docs)
        module.build(builder)
        plan = getattr(module, "REDESIGN", None)
        if redesign and plan is not None:
            plan.apply(builder)
        builders.append(builder)
    docs.resolve()
    content.save()
    revisions: dict[str, list[Resource]] = {}
    for builder in builders:
        for resource, ref in builder.pending:
            resource.body = docs.bytes(ref)
        revisions.update(builder.revisions)
    routes = RouteTable(r for b in builders for r in b.resources)
    manifest = Manifest(
        content_seed=content_seed, sites=[b.site for b in builders],
        reports=[e for b in builders for e in b.reports],
        non_reports=[n for b in builders for n in b.non_reports],
        offsite_links=[o for b in builders for o in b.offsite],
        start_urls={b.site.name: b.start_urls for b in builders})
    files = [docs.path(ref) for ref in docs.refs.values()]
    if content.cache_path:
        files.append(content.cache_path)
    return Build([b.site for b in builders], routes, manifest, revisions, docs.built, time.perf_counter() - started,
                 sorted(set(files)))


@dataclass
class ListedItem:
    url: str  # the real URL the listing links to
    title: str
    date: str
    listed: Any = None  # the ReportEntry or NonReport it stands for: its listed_on gets the listing URLs
    form: str | None = None  # how the href is written: abs | root | rel (None: rotate)


class Column:
    """The items of one listing, newest first, split into pages; every item learns which pages list it."""

    def __init__(self, b: SiteBuilder) -> None:
        self.b = b
        self.items: list[ListedItem] = []

    def add(self, url_or_path: str, title: str, date: str, listed: Any = None, form: str | None = None) -> None:
        url = url_or_path if "://" in url_or_path else self.b.url(url_or_path)
        self.items.append(ListedItem(url, title, date, listed, form))

    def paginate(self, per_page: int, page_url: Callable[[int], str]) -> list[tuple[int, str, list[ListedItem]]]:
        """[(page number from 1, page URL, items)], newest first; each item's `listed` records its page URL."""
        ordered = sorted(self.items, key=lambda item: item.date, reverse=True)
        chunks = [ordered[i:i + per_page] for i in range(0, len(ordered), per_page)] or [[]]
        out = []
        for number, chunk in enumerate(chunks, start=1):
            url = page_url(number)
            for item in chunk:
                if item.listed is not None:
                    item.listed.listed_on.append(url)
            out.append((number, url, chunk))
        return out

    def links(self, page_url: str, items: list[ListedItem]) -> list[Link]:
        """The items as a page at `page_url` writes them (href forms rotate unless an item fixes one)."""
        return [Link(href(page_url, item.url, item.form or FORMS[i % len(FORMS)]), item.title, item.date)
                for i, item in enumerate(items)]


def href(listing_url: str, target_url: str, form: str) -> str:
    """How a page at `listing_url` writes a link to `target_url`: absolute, root-relative or relative."""
    listing, target = urlsplit(listing_url), urlsplit(target_url)
    if form == "abs" or listing.netloc != target.netloc:
        return target_url
    path = target.path + (f"?{target.query}" if target.query else "")
    if form == "root":
        return path
    base = listing.path if listing.path.endswith("/") else posixpath.dirname(listing.path) + "/"
    relative = posixpath.relpath(target.path, base)
    return ("./" + relative if not relative.startswith("../") else relative) + (
        f"?{target.query}" if target.query else "")


FORMS = ("rel", "root", "abs")
