"""Archive files a researcher already has: report files on disk, or WARC files (ours or anyone's).

- A local file becomes a document plus a fetch row whose URL is its `file://` URI; ingesting the same unchanged
  file again adds nothing.
- A WARC's `response` records become fetch rows and documents under the record's own target URI and date;
  their `request` records come along.  A WARC from elsewhere is copied into the archive's own WARC files
  (keeping each record's id, so re-ingesting it adds nothing); a WARC already inside the archive's `warcs/`
  directory is referenced in place, which is how the database is rebuilt from WARCs.
- `revisit` records are resolved through their payload digest to a document already archived.
- A `metadata` record beside a response (nianbao writes one for each exchange: why it was fetched and what the
  crawler knew, storage/roles.py) gives its fetch the same role and context as the crawl recorded; a `warcinfo`
  record naming the crawl's site (`spider`, `site-name`, `site-url`) registers the site.  A record without them
  has no role: its document becomes a report only on strong evidence (crawler/archiving/evidence.py).

Every new (or not yet parsed) document is then parsed with the current parser, so rebuilding a database from the
archive's own WARC files makes the same reports as the crawls that wrote them.
"""

from __future__ import annotations

import datetime as dt
import functools
import gzip
import hashlib
import io
import itertools
import logging
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.timeutils import iso_date_to_datetime

from crawler import contentcoding
from crawler.archiving.parsing import ParseResult, parse_stored
from crawler.errors import NianbaoError
from crawler.extract import sniff
from crawler.progress import progress as show_progress
from crawler.settings import DOWNLOAD_MAXSIZE
from storage.archive import Archive, Run
from storage.models import Document, Fetch
from storage.observation import FetchResult, Observation
from storage.roles import CONTEXT_KEYS
from storage.warc import PROFILE_NOT_MODIFIED, WARC_FIELDS, WarcLocation, read_fields

log = logging.getLogger(__name__)
fetches = Fetch.__table__
documents = Document.__table__


@dataclass
class IngestSummary:
    files: int = 0
    warc_files: int = 0
    records: int = 0  # WARC response/revisit/resource records read
    fetches: int = 0  # fetch rows added (0 for an observation recorded before)
    new_documents: int = 0
    parsed: int = 0  # documents read as reports
    reports_created: int = 0
    reports_changed: int = 0  # reports a document joined (an attachment, a mirror, a new version)
    not_reports: int = 0
    skipped_documents: int = 0  # fetched as listings, API answers, robots.txt, assets: never parsed
    failed: int = 0
    skipped: list[str] = field(default_factory=list)  # "<path>: <reason>", one line each

    def as_dict(self) -> dict[str, Any]:
        return {k: (len(v) if isinstance(v, list) else v) for k, v in self.__dict__.items()}

    def count(self, result: ParseResult) -> None:
        if result.status == "parsed":
            self.parsed += 1
            self.reports_created += result.created
            self.reports_changed += result.changed
        elif result.status == "not_report":
            self.not_reports += 1
        elif result.status == "skipped":
            self.skipped_documents += 1
        else:
            self.failed += 1


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named or found under named directories, sorted; every path is checked before anything is stored."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")))
        elif path.is_file():
            found.append(path)
        else:
            raise NianbaoError(f"{path}: no such file or directory")
    return found


def is_warc(path: Path) -> bool:
    """Sniffed from the content, as every format here: a `.warc.gz` name proves nothing."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
            if head[:2] == b"\x1f\x8b":
                fh.seek(0)
                with gzip.GzipFile(fileobj=fh) as gz:
                    head = gz.read(8)
    except (OSError, EOFError, zlib.error):
        return False
    return head.startswith(b"WARC/")


def ingest(archive: Archive, paths: Iterable[str | Path], *, parse: bool = True, workers: int = 4,
           progress: Callable[[Path], None] | None = None, quiet: bool = True) -> IngestSummary:
    """Archive every file under `paths`, then parse what is new.

    Local files are archived by `workers` threads: each document waits for its own fsyncs, so several in flight
    keep the disk busy.  WARC files go one at a time, in order, so a revisit finds the response it refers to.
    `quiet=False` shows the progress of both on stderr.
    """
    files = expand(paths)
    summary = IngestSummary()
    run = archive.start_run("ingest", {"paths": [str(p) for p in paths]})
    reason = "finished"
    try:
        touched = _archive_files(archive, files, run, summary, workers, progress, quiet)
        if parse:
            pending = _with_status(archive, touched, "pending")
            for sha in show_progress(pending, len(pending), "parse", quiet=quiet):
                summary.count(parse_stored(archive, sha))
            # Documents the crawl fetched for no report were recorded `skipped` as they were archived.
            summary.skipped_documents = len(_with_status(archive, touched, "skipped"))
    except BaseException:
        reason = "failed"
        raise
    finally:
        archive.finish_run(run, reason, summary.as_dict())
    return summary


def _archive_files(archive: Archive, files: list[Path], run: Run, summary: IngestSummary, workers: int,
                   progress: Callable[[Path], None] | None, quiet: bool = True) -> dict[str, None]:
    """Archive the files (local ones by `workers` threads, WARCs in order); the documents they brought, in order."""

    def archive_one(path: Path, warc: bool) -> list[FetchResult] | OSError | ArchiveLoadFailed:
        try:
            return _ingest_warc(archive, path, run, summary) if warc else [_ingest_file(archive, path, run)]
        except (OSError, ArchiveLoadFailed) as exc:
            return exc

    kinds = {path: is_warc(path) for path in files}
    plain = [path for path in files if not kinds[path]]
    warcs = [path for path in files if kinds[path]]
    touched: dict[str, None] = {}
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        # Lazily, so that each file is counted as it is archived (the plain files first, in order, then the WARCs)
        outcomes = itertools.chain(zip(plain, pool.map(archive_one, plain, [False] * len(plain)), strict=True),
                                   ((path, archive_one(path, True)) for path in warcs))
        for path, outcome in show_progress(outcomes, len(files), "archive", quiet=quiet):
            if progress:
                progress(path)
            if isinstance(outcome, Exception):
                summary.skipped.append(f"{path}: {_reason(outcome)}")
                log.warning("skipped %s: %s", path, _reason(outcome))
                continue
            summary.files += not kinds[path]
            for result in outcome:
                summary.fetches += result.fetch_id is not None
                summary.new_documents += result.new_document
                if result.sha256 and result.outcome in ("new", "unchanged"):
                    touched.setdefault(result.sha256, None)
    return touched


def _ingest_file(archive: Archive, path: Path, run: Run) -> FetchResult:
    data = path.read_bytes()
    uri = path.resolve().as_uri()
    key = "file:" + hashlib.sha256(f"{uri}\n{hashlib.sha256(data).hexdigest()}".encode()).hexdigest()
    return archive.record_fetch(Observation(uri, body=data, local=True, method="FILE", observation_key=key,
                                            media_type=sniff(data)), run)


def _ingest_warc(archive: Archive, path: Path, run: Run, summary: IngestSummary) -> list[FetchResult]:
    summary.warc_files += 1
    in_place = _inside(path, archive.config.warcs_dir)
    requests, annotations, site = _companions(path)
    if site is not None:
        archive.ensure_site(site.slug, base_url=site.url, name=site.name)
    results = []
    for record, location in _records(path, in_place, archive.config.warcs_dir):
        kind = record.rec_type
        if kind not in ("response", "revisit", "resource"):
            continue
        summary.records += 1
        obs = _observation(archive, record, requests, annotations.get(record.rec_headers.get_header("WARC-Record-ID"),
                                                                       _Annotation.of_site(site)))
        if obs is None:
            summary.skipped.append(f"{path}: revisit of {record.rec_headers.get_header('WARC-Target-URI')} "
                                   "refers to content not in the archive")
            continue
        results.append(archive.record_fetch(obs, run, warc_location=location))
    return results


def _records(path: Path, in_place: bool, warcs_dir: Path) -> Iterator[tuple[Any, WarcLocation | None]]:
    """Records with their raw payload read (as `record.payload`), and their location when referenced in place."""
    with open(path, "rb") as fh:
        iterator = ArchiveIterator(fh)
        for record in iterator:
            record.payload = record.raw_stream.read()
            location = None
            if in_place and record.rec_type in ("response", "revisit"):
                headers = record.rec_headers
                location = WarcLocation(
                    file=str(path.resolve().relative_to(warcs_dir.resolve())),
                    offset=iterator.get_record_offset(), length=iterator.get_record_length(),
                    record_id=headers.get_header("WARC-Record-ID"), record_type=record.rec_type,
                    payload_digest=headers.get_header("WARC-Payload-Digest"))
            yield record, location


@dataclass(frozen=True)
class _Site:
    slug: str
    name: str | None
    url: str | None


@dataclass(frozen=True)
class _Annotation:
    """A record's role and context, from its metadata record (or only the site, from the file's warcinfo)."""

    role: str | None = None
    context: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of_site(cls, site: _Site | None) -> _Annotation:
        return cls(None, {"site": site.slug} if site else {})


Request = tuple[str, list[tuple[str, str]], bytes]


def _companions(path: Path) -> tuple[dict[str, Request], dict[str, _Annotation], _Site | None]:
    """What belongs with the responses: request records and nianbao's metadata records by the record they are
    concurrent to (either direction of WARC-Concurrent-To), and the crawl's site as `warcinfo` names it."""
    requests: dict[str, Request] = {}
    annotations: dict[str, _Annotation] = {}
    site = None
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh):
            headers = record.rec_headers
            targets = headers.get_header("WARC-Concurrent-To", "").split()
            if record.rec_type == "warcinfo" and site is None:
                site = _warcinfo_site(read_fields(record.raw_stream.read()))
            elif record.rec_type == "request" and record.http_headers is not None:
                method = record.http_headers.protocol or "GET"
                request = (method, list(record.http_headers.headers), record.raw_stream.read())
                requests[headers.get_header("WARC-Record-ID")] = request
                for target in targets:
                    requests[target] = request
            elif record.rec_type == "metadata" and (headers.get_header("Content-Type") or "").startswith(WARC_FIELDS):
                fields = read_fields(record.raw_stream.read())
                annotation = _Annotation(fields.get("role") or None,
                                         {key: fields[key] for key in CONTEXT_KEYS if fields.get(key)})
                for target in targets:
                    annotations[target] = annotation
    return requests, annotations, site


def _warcinfo_site(fields: dict[str, str]) -> _Site | None:
    """The site of a crawl's WARC file (nianbao's `warcinfo` names its spider; an ingest run's copy names none)."""
    spider = fields.get("spider", "")
    if not fields.get("software", "").startswith("nianbao") or not spider or spider == "ingest":
        return None
    return _Site(spider, fields.get("site-name"), fields.get("site-url"))


def _observation(archive: Archive, record: Any, requests: dict[str, Request],
                 annotation: _Annotation) -> Observation | None:
    headers = record.rec_headers
    record_id = headers.get_header("WARC-Record-ID")
    uri = headers.get_header("WARC-Target-URI")
    date = _warc_date(headers.get_header("WARC-Date"))
    if record.rec_type == "resource":
        return Observation(uri, body=record.payload, local=True, method="FILE", fetched_at=date,
                           observation_key=record_id, media_type=sniff(record.payload))
    http = record.http_headers
    status = int(http.get_statuscode()) if http and http.get_statuscode().isdigit() else None
    method, request_headers, request_body = requests.get(record_id) or requests.get(
        headers.get_header("WARC-Concurrent-To", ""), ("GET", [], b""))
    common: dict[str, Any] = {
        "status": status, "headers": list(http.headers) if http else [], "fetched_at": date,
        "method": method, "request_headers": request_headers, "request_body": request_body,
        "protocol": (http.protocol if http and http.protocol else "HTTP/1.1"),
        "ip": headers.get_header("WARC-IP-Address"), "warc_record_id": record_id,
        "role": annotation.role, "context": annotation.context,
    }
    if record.rec_type == "response":
        body = _decoded(record)
        return Observation(uri, body=body, wire_body=record.payload, media_type=sniff(body), **common)
    # revisit
    if headers.get_header("WARC-Profile") == PROFILE_NOT_MODIFIED or status == 304:
        return Observation(uri, **{**common, "status": 304})
    sha = _sha_for_digest(archive, headers.get_header("WARC-Payload-Digest"))
    if sha is None:
        return None
    body = archive.document_bytes(sha)
    return Observation(uri, body=body, media_type=sniff(body), **common)


def _decoded(record: Any) -> bytes:
    """The payload without transfer and content encodings: the chunking undone by warcio, the Content-Encoding as
    the crawler undoes it (every coding it advertises, stacked ones too: crawler/contentcoding.py)."""
    http = record.http_headers
    stream = io.BytesIO(record.payload)
    try:
        if http is not None and (http.get_header("transfer-encoding") or "").lower() == "chunked":
            body = ChunkedDataReader(stream, decomp_type=None).read()
        else:
            body = record.payload
        named = (value for name, value in (http.headers if http else []) if name.lower() == "content-encoding")
        applied = contentcoding.codings(named)
        return contentcoding.decode(body, applied, DOWNLOAD_MAXSIZE)
    except (OSError, ValueError, EOFError):  # (contentcoding.DecodingError is a ValueError)
        return record.payload  # a body that claims an encoding it does not have: keep it as received


def _sha_for_digest(archive: Archive, digest: str | None) -> str | None:
    if not digest:
        return None
    query = (sa.select(fetches.c.sha256).where(fetches.c.payload_digest == digest, fetches.c.sha256.is_not(None))
             .limit(1))
    return archive.db.read(lambda conn: conn.execute(query).scalar())


def _with_status(archive: Archive, shas: dict[str, None], status: str) -> list[str]:
    """Of the documents this ingest touched, those whose parse status is `status` (`pending`: no parser has looked
    at them yet, so a rerun finishes the work; `skipped`: fetched for no report)."""
    found: list[str] = []
    batch = list(shas)
    for start in range(0, len(batch), 500):
        chunk = batch[start:start + 500]
        among = set(archive.db.read(functools.partial(_with_status_among, chunk, status)))
        found.extend(sha for sha in chunk if sha in among)
    return found


def _with_status_among(shas: list[str], status: str, conn: Connection) -> list[str]:
    query = sa.select(documents.c.sha256).where(documents.c.sha256.in_(shas), documents.c.parse_status == status)
    return list(conn.execute(query).scalars())


def _warc_date(value: str | None) -> dt.datetime | None:
    return iso_date_to_datetime(value).replace(tzinfo=dt.UTC) if value else None


def _inside(path: Path, directory: Path) -> bool:
    try:
        path.resolve().relative_to(directory.resolve())
    except ValueError:
        return False
    return True


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return " ".join(str(exc).split())[:300] or type(exc).__name__
