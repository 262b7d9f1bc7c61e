"""Consistency of an archive: every row points at bytes that exist and are what the row says.

Checked after a crash (the kill -9 test) and available to operators:
- every document has its blob, of the recorded size and hashing to its name;
- every fetch with a document points to an existing document, and every WARC pointer to a readable record with
  the recorded id and target URI;
- every source of a report is a document that exists and is marked parsed, every report has a source of its
  latest version as its canonical one, and its row in each wide table.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from storage.blobs import sha256_hex
from storage.errors import StorageError
from storage.models import WIDE_TABLES, Document, Fetch, Report, ReportSource

if TYPE_CHECKING:
    from storage.archive import Archive

documents = Document.__table__
fetches = Fetch.__table__
reports = Report.__table__
sources = ReportSource.__table__


def problems(archive: Archive, *, hash_blobs: bool = True, read_warcs: bool = True) -> list[str]:
    """Every inconsistency found, one line each; an empty list means the archive is whole."""
    found: list[str] = []
    with archive.db.connect() as conn:
        found.extend(_documents(archive, conn, hash_blobs))
        found.extend(_fetches(archive, conn, read_warcs))
        found.extend(_reports(conn))
    return found


def _documents(archive: Archive, conn: sa.Connection, hash_blobs: bool) -> Iterator[str]:
    for sha, size in conn.execute(sa.select(documents.c.sha256, documents.c.size)):
        try:
            data = archive.blobs.get(sha)
        except StorageError as exc:
            yield f"document {sha}: {exc}"
            continue
        if len(data) != size:
            yield f"document {sha}: blob has {len(data)} bytes, row says {size}"
        elif hash_blobs and sha256_hex(data) != sha:
            yield f"document {sha}: blob content does not match its SHA-256"


def _fetches(archive: Archive, conn: sa.Connection, read_warcs: bool) -> Iterator[str]:
    orphans = conn.execute(sa.select(fetches.c.id, fetches.c.sha256).outerjoin(
        documents, documents.c.sha256 == fetches.c.sha256).where(
        fetches.c.sha256.is_not(None), documents.c.sha256.is_(None))).all()
    for fetch_id, sha in orphans:
        yield f"fetch {fetch_id}: document {sha} is missing"
    if not read_warcs:
        return
    pointers = conn.execute(sa.select(fetches.c.id, fetches.c.url, fetches.c.warc_file, fetches.c.warc_offset,
                                      fetches.c.warc_record_id).where(fetches.c.warc_file.is_not(None))
                            .order_by(fetches.c.warc_file, fetches.c.warc_offset)).all()
    for fetch_id, url, warc_file, offset, record_id in pointers:
        problem = _check_record(archive.config.warcs_dir / warc_file, offset, record_id, url)
        if problem:
            yield f"fetch {fetch_id}: {problem}"


def _check_record(path: Path, offset: int, record_id: str, url: str) -> str | None:
    try:
        with open(path, "rb") as fh:
            fh.seek(offset)
            record = next(iter(ArchiveIterator(fh)), None)
            if record is None:
                return f"no WARC record at {path.name}:{offset}"
            headers = record.rec_headers
            if headers.get_header("WARC-Record-ID") != record_id:
                found = headers.get_header("WARC-Record-ID")
                return f"WARC record at {path.name}:{offset} is {found}, not {record_id}"
            if headers.get_header("WARC-Target-URI") != url:
                return f"WARC record at {path.name}:{offset} is for {headers.get_header('WARC-Target-URI')}"
    except (OSError, ArchiveLoadFailed) as exc:
        return f"cannot read WARC record {path.name}:{offset}: {exc}"
    return None


def _reports(conn: sa.Connection) -> Iterator[str]:
    rows = conn.execute(sa.select(sources.c.report_id, sources.c.document_sha256, documents.c.parse_status)
                        .outerjoin(documents, documents.c.sha256 == sources.c.document_sha256)).all()
    for report_id, sha, status in rows:
        if status is None:
            yield f"report {report_id}: document {sha} is missing"
        elif status != "parsed":
            yield f"report {report_id}: document {sha} is marked {status}"
    canonical = sources.alias("canonical")
    unsourced = conn.execute(sa.select(reports.c.id, reports.c.document_sha256).outerjoin(
        canonical, sa.and_(canonical.c.document_sha256 == reports.c.document_sha256,
                           canonical.c.report_id == reports.c.id, canonical.c.version == reports.c.version))
        .where(canonical.c.document_sha256.is_(None))).all()
    for report_id, sha in unsourced:
        yield f"report {report_id}: its canonical document {sha} is not a source of its latest version"
    for name, wide in WIDE_TABLES.items():
        missing = conn.execute(sa.select(reports.c.id).outerjoin(wide, wide.c.report_id == reports.c.id)
                               .where(wide.c.report_id.is_(None))).scalars().all()
        for report_id in missing:
            yield f"report {report_id}: no row in {wide.name} (the {name}_wide view misses it)"
