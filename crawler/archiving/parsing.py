"""Parse stored documents with the current parser: raw first, parse second.

Used by the parse processes that drain a crawl's parse queue (crawler/archiving/parse_process.py), by `ingest`,
and by `reparse` after a parser fix.
Whatever the parser says is recorded on the document (`parse_status`, `parse_error`, `parsed_with`), so a document
that fails to parse stays archived and visible rather than silently dropped.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from crawler.errors import ExtractionError, NotAReportError
from crawler.parse import PARSER_VERSION, parse_document
from storage.archive import Archive
from storage.errors import StorageError
from storage.models import Document, Fetch

log = logging.getLogger(__name__)
documents = Document.__table__
fetches = Fetch.__table__


@dataclass(frozen=True)
class ParseResult:
    sha256: str
    status: str  # parsed | not_report | failed
    report_id: int | None = None
    created: bool = False
    changed: bool = False  # reparse replaced an earlier, different parse
    withdrawn: bool = False  # reparse found that an earlier "report" is not one
    error: str | None = None


def parse_stored(archive: Archive, sha256: str, *, replace: bool = False, source_urls: Iterable[str] = (),
                 title: str | None = None, published: Any = None, site: str | None = None,
                 hints: CrawlHints | None = None) -> ParseResult:
    """Parse one stored document and record the outcome; `replace` updates an existing report in place.

    `title` and `published` (from the page that linked the document) and the crawl's `hints` fill in what the
    parse lacks.
    """
    return record_parse(archive, read_stored(archive, sha256, title=title, hints=hints), replace=replace,
                        source_urls=source_urls, title=title, published=published, site=site)


@dataclass(frozen=True)
class CrawlHints:
    """What the crawl knows of a document besides its bytes: the year and publisher the page states (its chrome:
    来源 / 发布机构, breadcrumbs, the publication date) and the government whose site published it."""

    year: int | None = None
    agency: str | None = None
    site_government: str | None = None

    def fill(self, parsed: dict[str, Any]) -> None:
        """Mark where the agency came from, and take the page's year when the document names none."""
        if parsed.get("agency_source") == "hint":
            inferred = not self.agency and bool(self.site_government)
            parsed["agency_source"] = "site" if inferred else "page"
            parsed["agency_inferred"] = inferred  # the site's own government: nothing on the page named one
        if parsed.get("year") is None and self.year is not None:
            parsed["year"] = self.year
            parsed["year_source"] = "page"


@dataclass(frozen=True)
class ParseOutcome:
    """What the current parser made of one stored document, before anything is recorded."""

    sha256: str
    version: str  # the parser's
    url: str | None  # the first URL that served the bytes
    status: str  # parsed | not_report | failed
    parsed: dict[str, Any] | None = None  # the canonical report, when parsed
    error: str | None = None


def read_stored(archive: Archive, sha256: str, *, title: str | None = None, hints: CrawlHints | None = None
                ) -> ParseOutcome:
    """Parse one stored document with the current parser; nothing is written (record_parse does that).  `hints`:
    what the crawl learnt around the document, for what the document itself does not say."""
    version = PARSER_VERSION
    data = archive.document_bytes(sha256)
    url, content_type = _hints(archive, sha256)
    hints = hints or CrawlHints()
    try:
        parsed = parse_document(data, content_type=content_type, url=url, title=title,
                                agency=hints.agency or hints.site_government)
    except NotAReportError as exc:
        return ParseOutcome(sha256, version, url, "not_report", error=_one_line(exc))
    except ExtractionError as exc:
        return ParseOutcome(sha256, version, url, "failed", error=_one_line(exc))
    except StorageError:
        raise
    except Exception as exc:  # a parser bug on one document must not stop a crawl or an ingest of thousands
        log.exception("parser crashed on document %s", sha256)
        return ParseOutcome(sha256, version, url, "failed", error=f"parser error: {type(exc).__name__}: "
                                                                 f"{_one_line(exc)}")
    parsed.setdefault("parser_version", version)
    hints.fill(parsed)
    return ParseOutcome(sha256, version, url, "parsed", parsed=parsed)


def record_parse(archive: Archive, outcome: ParseOutcome, *, replace: bool = False, source_urls: Iterable[str] = (),
                 title: str | None = None, published: Any = None, site: str | None = None) -> ParseResult:
    """Record what the parser made of a document: on its row, and for a report its tables (see parse_stored)."""
    sha256, version, error = outcome.sha256, outcome.version, outcome.error
    if outcome.status == "not_report":
        # A parser that now rejects an earlier "report" has had a false positive fixed: the old parse is kept
        # in report_history.  (A failed extraction is not such a verdict, so it keeps the report.)
        withdrawn = replace and archive.withdraw_report(sha256, version)
        archive.mark_parse(sha256, "not_report", error, version)
        return ParseResult(sha256, "not_report", withdrawn=withdrawn, error=error)
    if outcome.status == "failed" or outcome.parsed is None:
        archive.mark_parse(sha256, "failed", error, version)
        return ParseResult(sha256, "failed", error=error)
    parsed = outcome.parsed
    metadata = parsed["metadata"] if isinstance(parsed.get("metadata"), dict) else {}
    saved = archive.save_report(
        parsed, sha256, [*source_urls, *([outcome.url] if outcome.url else [])], replace=replace, site=site,
        # the document's own title beats a listing's link text; the page's publication date beats file metadata
        title=parsed.get("title") or metadata.get("title") or title,
        published=published or parsed.get("published") or metadata.get("published"))
    return ParseResult(sha256, "parsed", saved.report_id, saved.created, saved.changed)


def reparse(archive: Archive, *, since: str | None = None, include_current: bool = False) -> Iterator[ParseResult]:
    """Parse again, in place, the stored documents `documents_to_parse` selects (after a parser fix)."""
    for sha in list(documents_to_parse(archive, since=since, include_current=include_current)):
        yield parse_stored(archive, sha, replace=True)


def documents_to_parse(archive: Archive, *, since: str | None = None, include_current: bool = False,
                       statuses: tuple[str, ...] = ("pending", "parsed", "not_report", "failed")) -> Iterator[str]:
    """SHA-256s of the stored documents a reparse should visit, oldest first.

    Default: every document not yet parsed by the current parser version.  `since`: only documents whose last
    parse was by that version or a later one (say a version that introduced a bug).  `include_current`: also
    documents the current version already parsed.
    """
    current = PARSER_VERSION
    query = sa.select(documents.c.sha256, documents.c.parsed_with).where(
        documents.c.parse_status.in_(statuses)).order_by(documents.c.first_seen, documents.c.sha256)
    with archive.db.connect() as conn:
        rows = conn.execute(query).all()
    for sha, parsed_with in rows:
        if since is not None and (parsed_with is None or version_key(parsed_with) < version_key(since)):
            continue
        if not include_current and parsed_with == current:
            continue
        yield sha


def version_key(version: str) -> tuple[tuple[int, str], ...]:
    """Order dotted versions numerically ("0.10.0" after "0.9.1") without a packaging dependency."""
    return tuple((int(part), "") if part.isdigit() else (-1, part) for part in re.split(r"[.\-+]", version))


def _hints(archive: Archive, sha256: str) -> tuple[str | None, str | None]:
    """The first URL that served the bytes and what its server called them (hints only; the parser sniffs)."""
    query = (sa.select(fetches.c.url, fetches.c.content_type).where(fetches.c.sha256 == sha256)
             .order_by(fetches.c.fetched_at, fetches.c.id).limit(1))
    row = archive.db.read(lambda conn: conn.execute(query).first())
    return (row.url, row.content_type) if row else (None, None)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:1000] or type(exc).__name__
