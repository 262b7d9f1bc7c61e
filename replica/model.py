"""The replica's data: what a site serves (resources) and what it publishes (the ground truth).

A `Resource` is one response a real site would send for one URL, bytes exactly as sent.  The ground truth is a
`Manifest` of `ReportEntry` (every annual report the replica publishes) and `NonReport` (pages that look like
reports, or sit among them, and must never be stored as one).  Both are built once from a content seed and are
immutable; runtime changes (revisions, removals) live in the server state.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

from crawler.errors import NianbaoError

BEIJING = dt.timezone(dt.timedelta(hours=8))

# Kinds of resources; modes can be scoped to one kind (e.g. the yindu challenge guards only its listings).
KINDS = ("home", "index", "listing", "api", "detail", "attachment", "image", "asset", "robots")


class ReplicaError(NianbaoError):
    """The replica cannot be built or started (missing converter, bad mode spec, port in use, ...)."""


@dataclass(frozen=True)
class Site:
    """One government host the replica reproduces."""

    name: str  # spider name, e.g. "haizhu"
    host: str  # "www.haizhu.gov.cn"
    scheme: str  # the scheme the real site is reached with; the transport drops it
    server: str  # the `Server` header the real site sends
    gzip: bool = False  # compresses text responses when the client accepts gzip (nginx `gzip on`)
    title: str = ""  # the site's name as its pages print it
    # A made-up site on another CMS layout (for discovery), not a replica of a real one: built only when named.
    fictitious: bool = False

    @property
    def origin(self) -> str:
        return f"{self.scheme}://{self.host}"

    def url(self, path: str) -> str:
        return self.origin + path


@dataclass
class Resource:
    """One response of a site, keyed by its real URL.  `modified` set ⇒ Last-Modified and ETag are sent."""

    url: str
    body: bytes
    content_type: str | None
    kind: str
    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)  # extra: Content-Disposition, Location, ...
    modified: dt.datetime | None = None
    evidence: str = "inferred"  # seen | code | inferred (sites.md's labels)
    note: str = ""
    # Set: the answer to a POST whose form body holds these pairs (a postback, a data proxy), not to a GET.
    form: tuple[tuple[str, str], ...] | None = None

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc

    @property
    def path(self) -> str:
        return urlsplit(self.url).path or "/"

    @property
    def query(self) -> str:
        return urlsplit(self.url).query

    def etag(self) -> str | None:
        """nginx's form: hex mtime and hex length, so a revised file gets a new tag."""
        if self.modified is None:
            return None
        return f'"{int(self.modified.timestamp()):x}-{len(self.body):x}"'


@dataclass
class Document:
    """One URL that carries (part of) a report: the detail page or an attachment."""

    url: str
    format: str  # html | pdf | docx | doc | wps | jpg
    role: str  # page | attachment
    carries_tables: bool  # the statistical tables can be read from this document
    ocr: bool = False  # only readable by OCR (scanned PDF)
    stub: bool = False  # a page that only points to its attachments: it carries none of the report's text


@dataclass
class ReportEntry:
    """A 政府信息公开工作年度报告 published on a site (any year; pre-2019 ones have template None)."""

    id: str
    site: str
    agency: str
    year: int
    template: str | None  # "2019" | "2021" | None (pre-2019: archived, not parsed)
    title: str
    detail_url: str
    published: str  # ISO date the site shows
    documents: list[Document]
    tables: dict[str, Any] | None = None  # the expected canonical tables, when known
    tables_source: str | None = None  # "golden:<name>" | "generator" | None
    duplicate_of: str | None = None  # detail_url of the same report in another column
    listed_on: list[str] = field(default_factory=list)  # listing/API URLs that link it
    revisable: bool = False  # a prepared in-place revision exists (Replica.revise)
    revised_tables: dict[str, Any] | None = None  # the tables after that revision
    evidence: str = "inferred"

    @property
    def attachment_urls(self) -> list[str]:
        return [d.url for d in self.documents if d.role == "attachment" and d.format != "jpg"]

    @property
    def formats(self) -> list[str]:
        return sorted({d.format for d in self.documents})

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["attachment_urls"] = self.attachment_urls
        out["formats"] = self.formats
        return out


@dataclass
class NonReport:
    """A page among the reports that is not one: look-alike titles (工作要点, 编制通知, 指南) or other articles."""

    site: str
    url: str
    title: str
    kind: str  # lookalike | article | guide | decoy (titled like a report, its body is not one)
    listed_on: list[str] = field(default_factory=list)


@dataclass
class OffsiteLink:
    """A link a listing carries to another host (city portal jump links): record it, never fetch it."""

    site: str
    url: str
    title: str
    found_on: str


@dataclass
class Manifest:
    content_seed: int
    sites: list[Site]
    reports: list[ReportEntry]
    non_reports: list[NonReport]
    offsite_links: list[OffsiteLink]
    start_urls: dict[str, list[str]]  # per site: where a crawl of the real site would start

    def report(self, url: str) -> ReportEntry | None:
        """The entry whose detail page or attachment is `url`."""
        for entry in self.reports:
            if url == entry.detail_url or any(d.url == url for d in entry.documents):
                return entry
        return None
