"""Parse stored documents with the current parser: raw first, parse second.

Used by the parse processes that drain a crawl's parse queue (crawler/archiving/parse_process.py), by `ingest`,
and by `reparse` after a parser fix.  What the parser reads depends only on what the archive holds — the bytes
and what their fetches recorded (role and context: storage/roles.py) — so the crawl, `reparse` and `ingest` of the
crawl's own WARC files make the same reports of the same documents:

- a document fetched only as a listing, an API answer, robots.txt, an asset or a challenge is `skipped`;
- one fetched as a report's page or attachment is parsed with what the spider knew (the link's title, the year,
  the publisher the site states); a page that lists many reports is still no report (crawler/archiving/evidence.py);
- one nobody gave a role (another crawler's WARC, a local file) is a report only on strong evidence.

Whatever the parser says is recorded on the document (`parse_status`, `parse_error`, `parsed_with`), so a
document that fails to parse stays archived and visible rather than silently dropped; a report is recorded as a
source of the logical report of its agency and year (storage/report_store.py).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from crawler import extract
from crawler.archiving import evidence
from crawler.errors import ExtractionError, NotAReportError
from crawler.extract.encoding import decode
from crawler.pagechrome import Chrome, read_chrome, year_from_published
from crawler.parse import PARSER_VERSION, parse_extracted
from crawler.titles import report_year
from storage.archive import Archive
from storage.errors import StorageError
from storage.models import Document, DocumentText, Fetch, ReportSource
from storage.report_store import SERVING_OUTCOMES, UnplacedReportError
from storage.roles import CANDIDATES

log = logging.getLogger(__name__)
documents = Document.__table__
fetches = Fetch.__table__
sources = ReportSource.__table__
texts = DocumentText.__table__


@dataclass(frozen=True)
class ParseResult:
    sha256: str
    status: str  # parsed | not_report | failed | skipped
    report_id: int | None = None
    created: bool = False  # a new report
    changed: bool = False  # an existing report changed (its cells, canonical source, versions or findings)
    new_source: bool = False  # the document joined an existing report
    withdrawn: bool = False  # an earlier "report" source is none after all
    error: str | None = None


@dataclass(frozen=True)
class Provenance:
    """What the fetches of a document say: why it was fetched and what the crawler knew of it then."""

    role: str | None  # the first report-candidate role; None when no fetch gave it a role
    skipped: bool  # every fetch gave it a role, none a report's
    url: str | None = None  # that fetch's URL (hints only: the parser sniffs)
    content_type: str | None = None  # what its server called the bytes
    context: dict[str, Any] = field(default_factory=dict)


def provenance(archive: Archive, sha256: str) -> Provenance:
    """The first fetch that asked for a report decides (then the first of unknown role): by time, then id."""
    query = (sa.select(fetches.c.url, fetches.c.content_type, fetches.c.role, fetches.c.context)
             .where(fetches.c.sha256 == sha256, fetches.c.outcome.in_(SERVING_OUTCOMES))
             .order_by(fetches.c.fetched_at, fetches.c.id))
    rows = archive.db.read(lambda conn: conn.execute(query).all())
    chosen = next((r for r in rows if r.role in CANDIDATES), None) or next((r for r in rows if r.role is None), None)
    if chosen is None:
        return Provenance(rows[0].role, True, rows[0].url, rows[0].content_type) if rows else Provenance(None, False)
    return Provenance(chosen.role, False, chosen.url, chosen.content_type, dict(chosen.context or {}))


@dataclass(frozen=True)
class CrawlHints:
    """What is known of a document besides what it says itself: the year and publisher its listing or its page
    states (the page's chrome: 来源 / 发布机构, breadcrumbs, the publication date: crawler/pagechrome.py), and its
    publication date.  Read from the archive alone — the fetch's recorded context and the page's own bytes — so the
    crawl, `reparse` and `ingest` of the crawl's WARCs read the same.  Storage places a report by them when the
    report names no agency or year, marking the agency's basis (`site`; else the site's own government,
    `site_government`: storage/report_store.py `place`)."""

    year: int | None = None
    agency: str | None = None
    published: Any = None
    government: str | None = None  # whose site it is, when the crawler knew (else storage reads the site's name)

    @classmethod
    def read(cls, found: Provenance, extracted: extract.Extracted, data: bytes) -> CrawlHints:
        context = found.context
        chrome = Chrome()
        if extracted.media_type == "text/html":
            chrome = read_chrome(decode(data, found.content_type)[0])
        published = context.get("published") or (chrome.published.isoformat() if chrome.published else None)
        year = context.get("year") or report_year(extracted.title) or year_from_published(chrome.published)
        return cls(year, context.get("agency") or chrome.agency, published, context.get("government"))


@dataclass(frozen=True)
class ParseOutcome:
    """What the current parser made of one stored document, before anything is recorded."""

    sha256: str
    version: str  # the parser's
    status: str  # parsed | not_report | failed | skipped
    provenance: Provenance
    parsed: dict[str, Any] | None = None  # the canonical report, when parsed
    error: str | None = None
    hints: CrawlHints = field(default_factory=CrawlHints)
    text: str | None = None  # the extracted text of a report, kept for full-text search


def parse_stored(archive: Archive, sha256: str, *, replace: bool = False) -> ParseResult:
    """Parse one stored document and record the outcome; `replace` updates an existing source in place."""
    return record_parse(archive, read_stored(archive, sha256), replace=replace)


def read_stored(archive: Archive, sha256: str) -> ParseOutcome:
    """Parse one stored document with the current parser; nothing is written (record_parse does that)."""
    version = PARSER_VERSION
    found = provenance(archive, sha256)
    if found.skipped:  # a table picture too: read with its page (below), never alone
        return ParseOutcome(sha256, version, "skipped", found, error=f"fetched as {found.role}, not for a report")
    data = archive.document_bytes(sha256)
    try:
        extracted = extract.extract(data, content_type=found.content_type, url=found.url)
        if extracted.images:  # a page whose tables are pictures: the crawl fetched them (role `picture`)
            extracted = extract.read_pictures(extracted, lambda image_url: _latest_bytes(archive, image_url))
        parsed = parse_extracted(extracted, found.context.get("title"))
        hints = CrawlHints.read(found, extracted, data)
    except NotAReportError as exc:
        return ParseOutcome(sha256, version, "not_report", found, error=_one_line(exc))
    except ExtractionError as exc:
        return ParseOutcome(sha256, version, "failed", found, error=_one_line(exc))
    except StorageError:
        raise
    except Exception as exc:  # a parser bug on one document must not stop a crawl or an ingest of thousands
        log.exception("parser crashed on document %s", sha256)
        return ParseOutcome(sha256, version, "failed", found,
                            error=f"parser error: {type(exc).__name__}: {_one_line(exc)}")
    reason = evidence.not_a_report(parsed, extracted.text, role_known=found.role is not None)
    if reason:
        return ParseOutcome(sha256, version, "not_report", found, error=reason)
    parsed.setdefault("parser_version", version)
    return ParseOutcome(sha256, version, "parsed", found, parsed=parsed, hints=hints, text=extracted.text)


def record_parse(archive: Archive, outcome: ParseOutcome, *, replace: bool = False) -> ParseResult:
    """Record what the parser made of a document: on its row, and for a report the source of its report."""
    sha256, version, error = outcome.sha256, outcome.version, outcome.error
    if outcome.status in ("not_report", "skipped"):
        # A parser that now rejects an earlier "report" has had a false positive fixed: the old parse is kept
        # in report_history.  (A failed extraction is not such a verdict, so it keeps the report.)
        withdrawn = replace and archive.withdraw_report(sha256, version)
        archive.mark_parse(sha256, outcome.status, error, version)
        return ParseResult(sha256, outcome.status, withdrawn=withdrawn, error=error)
    if outcome.status == "failed" or outcome.parsed is None:
        archive.mark_parse(sha256, "failed", error, version)
        return ParseResult(sha256, "failed", error=error)
    parsed = outcome.parsed
    found = outcome.provenance
    context, hints = found.context, outcome.hints
    metadata = parsed["metadata"] if isinstance(parsed.get("metadata"), dict) else {}
    try:
        saved = archive.save_report(
            parsed, sha256, [found.url] if found.url else [], replace=replace, site=context.get("site"),
            role=found.role, agency_hint=hints.agency, year_hint=hints.year, government_hint=hints.government,
            # the document's own title beats a listing's link text; the page's publication date beats file metadata
            title=parsed.get("title") or metadata.get("title") or context.get("title"),
            published=hints.published or parsed.get("published") or metadata.get("published"), text=outcome.text)
    except UnplacedReportError as exc:
        archive.mark_parse(sha256, "failed", _one_line(exc), version)
        return ParseResult(sha256, "failed", error=_one_line(exc))
    return ParseResult(sha256, "parsed", saved.report_id, saved.created, saved.changed, saved.new_source)


def _latest_bytes(archive: Archive, url: str) -> bytes | None:
    """The body the archive last received from `url` (a page's table picture, fetched by the crawl), if any."""
    fetch = archive.last_fetch(url)
    return archive.document_bytes(fetch.sha256) if fetch and fetch.sha256 else None


def would_change(archive: Archive, outcome: ParseOutcome) -> str:
    """What recording `outcome` with `replace` would do to the document's source (for `reparse --dry-run`):
    new | changed | unchanged | withdrawn | none."""
    query = sa.select(sources.c.data).where(sources.c.document_sha256 == outcome.sha256)
    stored = archive.db.read(lambda conn: conn.execute(query).scalar())
    if outcome.status != "parsed":
        return "withdrawn" if stored is not None and outcome.status != "failed" else "none"
    if stored is None:
        return "new"
    fresh = json.loads(json.dumps(outcome.parsed, ensure_ascii=False, default=str))
    return "unchanged" if fresh == stored else "changed"


def reparse(archive: Archive, shas: list[str]) -> Iterator[ParseResult]:
    """Parse again, in place, the stored documents `documents_to_parse` selected (after a parser fix)."""
    for sha in shas:
        yield parse_stored(archive, sha, replace=True)


def documents_to_parse(archive: Archive, *, since: str | None = None, include_current: bool = False,
                       statuses: tuple[str, ...] = ("pending", "parsed", "not_report", "failed")) -> list[str]:
    """SHA-256s of the stored documents a reparse should visit, oldest first (never a `skipped` one: no fetch of
    it asked for a report).

    Default: every document not yet parsed by the current parser version, and every report's document whose text
    is not stored yet (archived before migration 0005: the reparse backfills it).  `since`: only documents whose
    last parse was by that version or a later one (say a version that introduced a bug).  `include_current`: also
    documents the current version already parsed.
    """
    current = PARSER_VERSION
    query = sa.select(documents.c.sha256, documents.c.parsed_with).where(
        documents.c.parse_status.in_(statuses)).order_by(documents.c.first_seen, documents.c.sha256)
    without_text = sa.select(sources.c.document_sha256).where(~sa.exists().where(
        texts.c.document_sha256 == sources.c.document_sha256))
    with archive.db.connect() as conn:
        rows = conn.execute(query).all()
        textless = set(conn.execute(without_text).scalars())
    chosen = []
    for sha, parsed_with in rows:
        if since is not None and (parsed_with is None or version_key(parsed_with) < version_key(since)):
            continue
        if not include_current and parsed_with == current and sha not in textless:
            continue
        chosen.append(sha)
    return chosen


def version_key(version: str) -> tuple[tuple[int, str], ...]:
    """Order dotted versions numerically ("0.10.0" after "0.9.1") without a packaging dependency."""
    return tuple((int(part), "") if part.isdigit() else (-1, part) for part in re.split(r"[.\-+]", version))


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:1000] or type(exc).__name__
