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

import functools
import gzip
import hashlib
import itertools
import logging
import zlib
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from warcio.statusandheaders import StatusAndHeaders

from crawler.archiving.parsing import ParseResult, parse_stored
from crawler.archiving.warc_records import HTTP_SCHEMES, UnreadableWarc, WarcRecord, read_records
from crawler.errors import NianbaoError
from crawler.extract import sniff
from crawler.progress import progress as show_progress
from storage.archive import Archive, Run
from storage.models import Document, Fetch
from storage.observation import FetchResult, Observation
from storage.roles import CONTEXT_KEYS
from storage.warc import PROFILE_NOT_MODIFIED, WARC_FIELDS, WarcLocation, http_head_from_fields, read_fields

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
    records_copied: int = 0  # records of foreign WARC files copied into the archive's own
    skipped: list[str] = field(default_factory=list)  # "<path>: <reason>": files or parts of files not archived
    unread: list[str] = field(default_factory=list)  # "<path>: <record>: <reason>": copied, but not read

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
        elif path.exists():  # a device, a pipe, a socket: nothing to archive, and reading one may never end
            raise NianbaoError(f"{path}: not a regular file or directory")
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
    kinds = {path: is_warc(path) for path in files}
    for path in files:
        if kinds[path]:
            check_warc(path)
    summary = IngestSummary()
    run = archive.start_run("ingest", {"paths": [str(p) for p in paths]})
    reason = "finished"
    try:
        touched = _archive_files(archive, kinds, run, summary, workers, progress, quiet)
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


def _archive_files(archive: Archive, kinds: dict[Path, bool], run: Run, summary: IngestSummary, workers: int,
                   progress: Callable[[Path], None] | None, quiet: bool = True) -> dict[str, None]:
    """Archive the files (`kinds`: True for a WARC; local ones by `workers` threads, WARCs in order); the
    documents they brought, in order."""

    def archive_one(path: Path, warc: bool) -> list[FetchResult] | OSError:
        try:
            return _ingest_warc(archive, path, run, summary) if warc else [_ingest_file(archive, path, run)]
        except OSError as exc:
            return exc

    files = list(kinds)
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
    """Every record of a WARC file: copied into the archive's own WARC files unaltered (or referenced in place
    when it is one of them), and each HTTP exchange, revisit or resource recorded as an observation.  A record
    that cannot be read as one is still copied, and listed in `summary.unread` with the reason."""
    summary.warc_files += 1
    in_place = _inside(path, archive.config.warcs_dir)
    found = _companions(path)
    if found.site is not None:
        archive.ensure_site(found.site.slug, base_url=found.site.url, name=found.site.name)
    known = archive.known_observations(found.observations) if not in_place else set()
    # Copied before (re-ingesting the same file): every observation it holds is recorded already.
    copy = not in_place and not (found.observations and known >= set(found.observations))
    results = []
    try:
        for record in read_records(path):
            location = _location(archive, path, record) if in_place else None
            if copy and record.key not in known:
                # durable before the observation's row points at it; companions are flushed with the next one
                location = archive.copy_warc_record(run, record.raw, _record_ref(record),
                                                    sync=record.rec_type in _OBSERVATIONS)
                summary.records_copied += 1
            if record.rec_type not in _OBSERVATIONS:
                if record.rec_type not in _COMPANIONS:
                    summary.unread.append(f"{path}: {_described(record)}: a {record.rec_type or 'typeless'} "
                                          "record (copied, not read)")
                continue
            summary.records += 1
            annotation = found.annotations.get(record.record_id or "", _Annotation.of_site(found.site))
            if record.http is None and record.record_id in found.heads:  # a 304 kept beside its empty revisit
                record.http = found.heads[record.record_id]
            obs, why = _observation(archive, record, found.requests, annotation)
            if obs is None:
                summary.unread.append(f"{path}: {_described(record)}: {why}")
                continue
            results.append(archive.record_fetch(obs, run, warc_location=location))
    except UnreadableWarc as exc:
        summary.skipped.append(f"{path}: unreadable from offset {exc.offset} on ({exc})")
    if copy:
        archive.sync_warc(run)
    return results


def check_warc(path: Path) -> None:
    """Refuse, before anything is stored, a file that looks like a WARC but whose first record cannot be read."""
    try:
        next(iter(read_records(path)), None)
    except UnreadableWarc as exc:
        raise NianbaoError(f"{path}: not a readable WARC file ({exc})") from exc


# Records that become observations, and those that only accompany them (read for their fields, copied as they are).
_OBSERVATIONS = ("response", "revisit", "resource")
_COMPANIONS = ("warcinfo", "request", "metadata")


def _location(archive: Archive, path: Path, record: WarcRecord) -> WarcLocation | None:
    """Where an exchange of the archive's own WARC file is, to be referenced in place."""
    if record.rec_type not in ("response", "revisit"):
        return None
    return WarcLocation(file=str(path.resolve().relative_to(archive.config.warcs_dir.resolve())),
                        offset=record.offset, length=record.length, **_record_ref(record))


def _record_ref(record: WarcRecord) -> dict[str, Any]:
    return {"record_id": record.record_id or "", "record_type": record.rec_type,
            "payload_digest": record.header("WARC-Payload-Digest")}


def _described(record: WarcRecord) -> str:
    return f"{record.rec_type or 'record'} {record.record_id or '(no WARC-Record-ID)'} of {record.uri or '(no URI)'}"


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


@dataclass
class _Companions:
    """What belongs with a file's observations, found in a first pass over it."""

    requests: dict[str, Request] = field(default_factory=dict)  # by the request's id and those it is concurrent to
    annotations: dict[str, _Annotation] = field(default_factory=dict)  # by the record a metadata record is about
    site: _Site | None = None  # the crawl's site, as nianbao's `warcinfo` names it
    observations: list[str] = field(default_factory=list)  # ids of the records that can become observations
    heads: dict[str, StatusAndHeaders] = field(default_factory=dict)  # HTTP heads metadata records keep for revisits


def _companions(path: Path) -> _Companions:
    """Request records and nianbao's metadata records by the record they are concurrent to (either direction of
    WARC-Concurrent-To), the crawl's site as `warcinfo` names it, and the ids of the observations.  A file
    whose framing breaks gives what precedes the break (the second pass reports it)."""
    found = _Companions()
    try:
        for record in read_records(path):
            targets = (record.header("WARC-Concurrent-To") or "").split()
            if record.rec_type in _OBSERVATIONS and _unreadable(record) is None:
                found.observations.append(record.key)
            elif record.rec_type == "warcinfo" and found.site is None:
                found.site = _warcinfo_site(read_fields(record.block))
            elif record.rec_type == "request" and record.http is not None and record.record_id:
                request = (record.http.protocol or "GET", list(record.http.headers), record.payload)
                for target in [record.record_id, *targets]:
                    found.requests[target] = request
            elif record.rec_type == "metadata" and (record.header("Content-Type") or "").startswith(WARC_FIELDS):
                fields = read_fields(record.block)
                annotation = _Annotation(fields.get("role") or None,
                                         {key: fields[key] for key in CONTEXT_KEYS if fields.get(key)})
                head = http_head_from_fields(record.block)
                for target in targets:
                    found.annotations[target] = annotation
                    if head is not None:
                        protocol, _, status = head[0].partition(" ")
                        found.heads[target] = StatusAndHeaders(status, head[1], protocol=protocol)
    except UnreadableWarc:
        pass
    return found


def _warcinfo_site(fields: dict[str, str]) -> _Site | None:
    """The site of a crawl's WARC file (nianbao's `warcinfo` names its spider; an ingest run's copy names none)."""
    spider = fields.get("spider", "")
    if not fields.get("software", "").startswith("nianbao") or not spider or spider == "ingest":
        return None
    return _Site(spider, fields.get("site-name"), fields.get("site-url"))


def _unreadable(record: WarcRecord) -> str | None:
    """Why a response, revisit or resource record cannot be an observation, from its own fields (None: it can)."""
    uri = record.uri
    if uri is None:
        return "no WARC-Target-URI (copied, not read)"
    if record.date() is None:
        return f"WARC-Date {record.header('WARC-Date')!r} is not a date (copied, not read)"
    if record.rec_type == "resource":
        return None
    if not uri.lower().startswith(HTTP_SCHEMES):
        return f"a {uri.partition(':')[0]}: URI is no HTTP exchange (copied, not read)"
    http = record.http
    headerless_revisit = record.rec_type == "revisit" and (
        http is None or record.header("WARC-Profile") == PROFILE_NOT_MODIFIED)
    if record.status() is None and not headerless_revisit:
        line = f"{http.protocol} {http.statusline}".strip() if http else ""
        return f"no HTTP status in the status line {line[:80]!r} (copied, not read)"
    return None


def _observation(archive: Archive, record: WarcRecord, requests: dict[str, Request],
                 annotation: _Annotation) -> tuple[Observation | None, str]:
    """The observation a record stands for, or None and why it cannot be read as one."""
    why = _unreadable(record)
    if why:
        return None, why
    uri, record_id, date = record.uri or "", record.record_id, record.date()
    if record.rec_type == "resource":
        return Observation(uri, body=record.payload, local=True, method="FILE", fetched_at=date,
                           observation_key=record.key, media_type=sniff(record.payload)), ""
    http, status, profile = record.http, record.status(), record.header("WARC-Profile")
    method, request_headers, request_body = requests.get(record_id or "") or requests.get(
        record.header("WARC-Concurrent-To") or "", ("GET", [], b""))
    common: dict[str, Any] = {
        "status": status, "headers": list(http.headers) if http else [], "fetched_at": date,
        "method": method, "request_headers": request_headers, "request_body": request_body,
        "protocol": (http.protocol if http and http.protocol.upper().startswith("HTTP/") else "HTTP/1.1"),
        "ip": record.header("WARC-IP-Address"), "warc_record_id": record_id, "observation_key": record.key,
        "role": annotation.role, "context": annotation.context,
    }
    if record.rec_type == "response":
        body = _decoded(record)
        return Observation(uri, body=body, wire_body=record.payload, media_type=sniff(body), **common), ""
    # revisit
    if profile == PROFILE_NOT_MODIFIED or status == 304:
        return Observation(uri, **{**common, "status": 304}), ""
    sha = _sha_for_digest(archive, record.header("WARC-Payload-Digest"))
    if sha is None:
        return None, "a revisit of content not in the archive (copied, not read)"
    body = archive.document_bytes(sha)
    return Observation(uri, body=body, media_type=sniff(body), **{**common, "status": status or 200}), ""


def _decoded(record: WarcRecord) -> bytes:
    """The payload without transfer and content encodings, as warcio decodes it."""
    try:
        return record.as_warcio().content_stream().read()
    except (OSError, zlib.error, EOFError, ValueError):
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
