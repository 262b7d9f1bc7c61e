"""The archive's high-level API: what the crawl, `ingest`, `reparse`, exports and the web view call.

    archive = Archive.open(software="nianbao/1.0")  # NIANBAO_DATA / DATABASE_URL, schema upgraded on first use
    run = archive.start_run("haizhu", {"years": "2024"})
    previous = archive.last_fetch(url)             # ETag / Last-Modified for a conditional GET
    result = archive.record_fetch(Observation(url, status, headers, body, media_type=..., ...), run=run)
    archive.save_report(parsed, result.sha256)     # a document's parse: a source of its report (crawler/archiving)
    archive.finish_run(run, "finished", stats)

`Archive.open_for_reading()` opens an existing archive for exports, listings and the web view: never a new one
(`ArchiveMissingError`), and a read-only SQLite file immutable (storage.db).

Order of writes, which is what makes a crash harmless: blob (fsynced, atomic rename) → WARC record (one append)
→ database rows (one transaction).  A crash before the transaction commits leaves at most an unreferenced blob
or WARC record, and the rerun records the fetch again; a document row never exists without its blob.
`record_fetches` keeps that order for a whole batch (every blob durable, then every WARC record, then one
transaction): what storage/writer.py does for a crawl, off the crawl's thread.

The parse queue (storage/parse_queue.py): `enqueue_parses` by the crawl, `claim_parse` … by parse processes; a
parse recorded (`save_report`, `mark_parse`) takes its document off the queue in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import socket
import threading
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from storage import parse_queue, report_store, roles
from storage.blobs import BlobStore, FileBlobStore, StoredBlob
from storage.config import StorageConfig, writable
from storage.db import Database
from storage.errors import ArchiveMissingError, StorageError
from storage.models import Agency, CrawlRun, Document, Fetch, Report, Site
from storage.observation import FetchResult, LastFetch, Observation, header, headers_for_decoded_body
from storage.roles import CANDIDATES
from storage.warc import DEFAULT_MAX_SIZE, Exchange, RecordRef, WarcLocation, WarcWriter, payload_digest
from storage.writer import ArchiveWriter

log = logging.getLogger(__name__)

runs = CrawlRun.__table__
documents = Document.__table__
fetches = Fetch.__table__
reports = Report.__table__
agencies = Agency.__table__
sites = Site.__table__

_CONDITIONAL_OUTCOMES = ("new", "unchanged", "not_modified")

# Statements built once with bind parameters: building `.values(...)` per call costs more than the SQL itself
# at crawl rates (one document every few milliseconds).
_SEEN_AGAIN = documents.update().where(documents.c.sha256 == sa.bindparam("key")).values(
    # an old WARC ingested late can move first_seen back; a new crawl moves last_seen on
    first_seen=sa.case((documents.c.first_seen > sa.bindparam("seen"), sa.bindparam("seen")),
                       else_=documents.c.first_seen),
    last_seen=sa.case((documents.c.last_seen < sa.bindparam("seen"), sa.bindparam("seen")),
                      else_=documents.c.last_seen))
# A document fetched again for a report, which earlier fetches had only seen as a listing or an API answer.
_NOW_A_CANDIDATE = documents.update().where(documents.c.sha256 == sa.bindparam("key"),
                                            documents.c.parse_status == "skipped").values(parse_status="pending")
_RECORD_REF = sa.select(fetches.c.url, fetches.c.fetched_at, fetches.c.warc_record_id, fetches.c.payload_digest)
_RESPONSES_WITH_DIGESTS = (_RECORD_REF.where(fetches.c.payload_digest.in_(sa.bindparam("digests", expanding=True)),
                                              fetches.c.warc_type == "response").order_by(fetches.c.id.desc()))
_LAST_RESPONSE_OF_URL = (_RECORD_REF.where(fetches.c.url == sa.bindparam("url"), fetches.c.warc_type == "response")
                         .order_by(fetches.c.fetched_at.desc(), fetches.c.id.desc()).limit(1))
_LAST_FETCH = (sa.select(fetches.c.url, fetches.c.fetched_at, fetches.c.status, fetches.c.outcome, fetches.c.etag,
                         fetches.c.last_modified, fetches.c.sha256, fetches.c.content_type)
               .where(fetches.c.url == sa.bindparam("url"), fetches.c.outcome.in_(_CONDITIONAL_OUTCOMES))
               .order_by(fetches.c.fetched_at.desc(), fetches.c.id.desc()).limit(1))


@dataclass(frozen=True)
class Run:
    id: int
    key: str
    spider: str


# A document whose type its caller did not say (storage never reads documents: the crawler sniffs them).
UNKNOWN_MEDIA_TYPE = "application/octet-stream"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Archive:
    def __init__(self, config: StorageConfig, *, blobs: BlobStore | None = None, warc: bool = True,
                 warc_max_size: int = DEFAULT_MAX_SIZE, fsync: bool | None = None, busy_timeout: float = 30.0,
                 retry_seconds: float = 60.0, software: str = "nianbao", db: Database | None = None) -> None:
        """`software`: the program writing the archive, "name/version", for the WARC files' `warcinfo`.
        `db`: a database already opened (`open_for_reading`); by default one opened for writing."""
        self.config = config
        self.software = software
        fsync = config.fsync if fsync is None else fsync
        self.db = db or Database(config.database_url, busy_timeout=busy_timeout, retry_seconds=retry_seconds)
        self.blobs = blobs or FileBlobStore(config.blobs_dir, fsync=fsync)
        if db is None and isinstance(self.blobs, FileBlobStore):
            self.blobs.sweep_temp()  # what a killed writer left behind (a reader never writes)
        self.warc_enabled = warc
        self.warc_max_size = warc_max_size
        self.fsync = fsync
        self._writers: dict[str, WarcWriter] = {}
        self._writers_lock = threading.Lock()
        self._writer_thread: ArchiveWriter | None = None
        # RETURNING, not rowcount: drivers disagree on the rowcount of an INSERT that did nothing.
        self._insert_document = self.db.insert_ignore(documents, ["sha256"]).returning(documents.c.sha256)
        self._insert_fetch = self.db.insert_ignore(fetches, ["observation_key"]).returning(fetches.c.id)

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None, database_url: str | None = None,
             **kwargs: Any) -> Archive:
        return cls(StorageConfig.from_env(data_dir, database_url), **kwargs)

    @classmethod
    def open_for_reading(cls, config: StorageConfig | None = None) -> Archive:
        """The archive NIANBAO_DATA / DATABASE_URL point to, for reading; `ArchiveMissingError` when there is none.

        Never a fresh empty database that would make every export silently empty.  A read-only SQLite file is
        opened immutable; a writable one (or PostgreSQL) as usual, which brings its schema up to date first.
        """
        config = config or StorageConfig.from_env()
        path = config.sqlite_path
        if path is not None and not path.is_file():
            raise ArchiveMissingError(
                f"no archive at {path}: set NIANBAO_DATA (or DATABASE_URL) to an archive's data directory, "
                "or make one with `python -m replica demo` or `python -m crawler ingest`")
        immutable = path is not None and not writable(path)
        return cls(config, warc=False, db=Database(config.database_url, immutable=immutable))

    @property
    def writer(self) -> ArchiveWriter:
        """This archive's writer thread (storage/writer.py: batched writes off the caller's thread), started on
        first use, stopped by `close` once everything queued is written."""
        with self._writers_lock:
            if self._writer_thread is None:
                self._writer_thread = ArchiveWriter(self)
            return self._writer_thread

    def close(self) -> None:
        with self._writers_lock:
            writer_thread, self._writer_thread = self._writer_thread, None
        if writer_thread is not None:
            writer_thread.close()
        with self._writers_lock:
            for writer in self._writers.values():
                writer.close()
            self._writers.clear()
        self.db.dispose()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- sites and crawl runs --------------------------------------------------------------------------------
    def ensure_site(self, slug: str, base_url: str | None = None, name: str | None = None) -> int:
        return self.db.write(lambda conn: report_store.ensure_site(conn, slug, base_url, name))

    def start_run(self, spider: str, arguments: dict[str, Any] | None = None, key: str | None = None) -> Run:
        """Open a crawl run; a `key` given twice (a scheduler retrying) returns the same run."""
        now = utcnow()
        key = key or f"{now:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"

        def tx(conn: Connection) -> Run:
            conn.execute(self.db.insert_ignore(runs, ["key"]).values(
                key=key, spider=spider, arguments=arguments or {}, started_at=now,
                hostname=socket.gethostname(), pid=os.getpid()))
            row = conn.execute(sa.select(runs.c.id, runs.c.spider).where(runs.c.key == key)).one()
            return Run(row.id, key, row.spider)

        return self.db.write(tx)

    def finish_run(self, run: Run | int, reason: str, stats: dict[str, Any] | None = None) -> None:
        run_id = run.id if isinstance(run, Run) else run
        self.db.write(lambda conn: conn.execute(runs.update().where(runs.c.id == run_id).values(
            finished_at=utcnow(), finish_reason=reason[:64], stats=_json_stats(stats))))
        self._close_writer_for(run)

    def last_run_stats(self, spider: str) -> dict[str, Any] | None:
        """The stats of `spider`'s last finished crawl run (None when it has none)."""
        query = (sa.select(runs.c.stats).where(runs.c.spider == spider, runs.c.finished_at.is_not(None))
                 .order_by(runs.c.finished_at.desc(), runs.c.id.desc()).limit(1))
        return self.db.read(lambda conn: conn.execute(query).scalar())

    def close_run_files(self, run: Run | int) -> None:
        """Close this process's WARC file of a run without finishing the run (a distributed crawl: the other
        workers go on, and the last one finishes it)."""
        self._close_writer_for(run)

    # -- documents -------------------------------------------------------------------------------------------
    def store_document(self, data: bytes, media_type: str | None = None,
                       seen_at: dt.datetime | None = None) -> tuple[StoredBlob, bool]:
        """Archive bytes (blob first, then the row); returns the blob and whether the document is new."""
        stored = self.blobs.put(data)
        new = self.db.write(lambda conn: self._document_row(conn, stored, media_type, seen_at or utcnow(), None))
        return stored, new

    def document_bytes(self, sha256: str) -> bytes:
        return self.blobs.get(sha256)

    def document(self, sha256: str) -> dict[str, Any] | None:
        row = self.db.read(lambda c: c.execute(sa.select(documents).where(documents.c.sha256 == sha256)).first())
        return dict(row._mapping) if row else None

    def _document_row(self, conn: Connection, stored: StoredBlob, media_type: str | None, seen: dt.datetime,
                      role: str | None) -> bool:
        """A document is parsed only if some fetch of it may be a report's: one fetched as a listing, an API answer,
        robots.txt, an asset or a challenge is `skipped` until a fetch for a report (or of no known role) asks."""
        candidate = role is None or role in CANDIDATES
        inserted = conn.execute(self._insert_document, {
            "sha256": stored.sha256, "size": stored.size, "media_type": media_type or UNKNOWN_MEDIA_TYPE,
            "blob": stored.location, "first_seen": seen, "last_seen": seen,
            "parse_status": "pending" if candidate else "skipped", "parse_error": None, "parsed_with": None,
            "parsed_at": None}).first() is not None
        if not inserted:
            conn.execute(_SEEN_AGAIN, {"key": stored.sha256, "seen": seen})
            if role in CANDIDATES:
                conn.execute(_NOW_A_CANDIDATE, {"key": stored.sha256})
        return inserted

    # -- fetches ---------------------------------------------------------------------------------------------
    def record_fetch(self, obs: Observation, run: Run | int | None = None, *,
                     warc_location: WarcLocation | None = None) -> FetchResult:
        """Record one observation: bytes to the blob store, the exchange to WARC, a row to `fetches`.

        `warc_location`: the exchange is already in one of the archive's WARC files (rebuilding from WARCs).
        """
        result = self.record_fetches([(obs, run)], warc_locations=[warc_location])[0]
        if isinstance(result, StorageError):
            raise result
        return result

    def record_fetches(self, batch: Sequence[tuple[Observation, Run | int | None]], *,
                       warc_locations: Sequence[WarcLocation | None] | None = None
                       ) -> list[FetchResult | StorageError]:
        """Record many observations as `record_fetch` records one, with one flush of the blobs, one of each WARC
        file and one transaction for all.  Per observation, its result or the StorageError that kept it out (a
        blob that cannot be written fails alone; the others are recorded all the same)."""
        runs = [self._run(run) for _, run in batch]
        locations = list(warc_locations or [None] * len(batch))
        results: list[FetchResult | StorageError | None] = [None] * len(batch)
        keeping = [i for i, (obs, _) in enumerate(batch) if obs.keeps_document and obs.body is not None]
        stored: dict[int, StoredBlob] = {}
        bodies = [batch[i][0].body or b"" for i in keeping]
        for i, blob in zip(keeping, self.blobs.put_many(bodies, defer_flush=True), strict=True):
            if isinstance(blob, StorageError):
                results[i] = blob
            else:
                stored[i] = blob
        previous = {i: self.last_fetch(obs.url) for i, (obs, _) in enumerate(batch)
                    if obs.status == 304 and results[i] is None}
        for i, error in self._write_warcs(batch, runs, previous, locations, results, stored).items():
            results[i] = error
        todo = [i for i, result in enumerate(results) if result is None]

        def rows(indexes: list[int]) -> Any:
            return lambda conn: [self._fetch_rows(conn, batch[i][0], runs[i], stored.get(i), previous.get(i),
                                                  locations[i]) for i in indexes]

        try:
            for i, result in zip(todo, self.db.write(rows(todo)), strict=True):
                results[i] = result
        except StorageError as exc:
            if len(todo) == 1:
                results[todo[0]] = exc
            else:  # one observation the database refuses must not take the batch down with it
                for i in todo:
                    try:
                        results[i] = self.db.write(rows([i]))[0]
                    except StorageError as single:
                        results[i] = single
        return [result for result in results if result is not None]

    def _fetch_rows(self, conn: Connection, obs: Observation, run: Run | None, stored: StoredBlob | None,
                    previous: LastFetch | None, location: WarcLocation | None) -> FetchResult:
        new_document = stored is not None and self._document_row(conn, stored, obs.media_type, obs.when, obs.role)
        sha = stored.sha256 if stored else (previous.sha256 if previous else None)
        outcome = _outcome(obs, new_document)
        if outcome == "not_modified" and sha is not None:
            conn.execute(_SEEN_AGAIN, {"key": sha, "seen": obs.when})  # the server confirmed the bytes
        row = _fetch_row(obs, run, outcome, sha, previous, location)
        fetch_id = conn.execute(self._insert_fetch, row).scalar_one_or_none()
        return FetchResult(outcome, fetch_id, sha, new_document, location)

    def copy_warc_record(self, run: Run | int | None, raw: bytes, ref: dict[str, Any], *,
                         sync: bool = True) -> WarcLocation:
        """A record of another WARC file, uncompressed and exactly as it was, appended to the run's WARC file
        (`ref`: its `record_id`, `record_type`, `payload_digest`, for the location).  `sync=False`: not yet
        flushed to disk (the next synced copy, or `sync_warc`, flushes it) — for records no row points to."""
        return self._writer(self._run(run)).write_raw(raw, **ref, sync=sync)

    def sync_warc(self, run: Run | int | None) -> None:
        """Flush the run's WARC file to disk (records copied with `sync=False`)."""
        self._writer(self._run(run)).sync()

    def known_observations(self, keys: Iterable[str]) -> set[str]:
        """Which of these observation keys (WARC record ids) the archive has recorded."""
        def among(chunk: list[str], conn: Connection) -> list[str]:
            query = sa.select(fetches.c.observation_key).where(fetches.c.observation_key.in_(chunk))
            return list(conn.execute(query).scalars())

        batch = [key[:128] for key in keys]
        found: set[str] = set()
        for start in range(0, len(batch), 500):
            found.update(self.db.read(functools.partial(among, batch[start:start + 500])))
        return found

    def last_fetch(self, url: str) -> LastFetch | None:
        """The latest successful observation of `url` (for If-None-Match / If-Modified-Since)."""
        row = self.db.read(lambda conn: conn.execute(_LAST_FETCH, {"url": url}).first())
        return LastFetch(**row._mapping) if row else None

    def last_fetches(self, host: str) -> dict[str, LastFetch]:
        """The latest successful observation of every URL on `host` (http or https, any port), in one query: what
        a crawl's conditional GET needs of a site, loaded once instead of asking `last_fetch` per request."""
        like = host.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        forms = [fetches.c.url.like(f"{scheme}://{like}{tail}", escape="\\")
                 for scheme in ("http", "https") for tail in ("", "/%", ":%", "?%")]
        ranked = sa.select(*_LAST_FETCH.selected_columns, sa.func.row_number().over(
            partition_by=fetches.c.url, order_by=(fetches.c.fetched_at.desc(), fetches.c.id.desc())).label("rank")
        ).where(sa.or_(*forms), fetches.c.outcome.in_(_CONDITIONAL_OUTCOMES)).subquery()
        query = sa.select(*(ranked.c[c.name] for c in _LAST_FETCH.selected_columns)).where(ranked.c.rank == 1)
        rows = self.db.read(lambda conn: conn.execute(query).all())
        return {row.url: LastFetch(**row._mapping) for row in rows}

    def _write_warcs(self, batch: Sequence[tuple[Observation, Run | int | None]], runs: list[Run | None],
                     previous: dict[int, LastFetch | None], locations: list[WarcLocation | None],
                     results: list[FetchResult | StorageError | None],
                     stored: dict[int, StoredBlob]) -> dict[int, StorageError]:
        """The batch's exchanges into WARC (`locations` filled in), then the blobs' and the WARC files' last
        flush; the failures."""
        wanted = [i for i, (obs, _) in enumerate(batch) if results[i] is None and locations[i] is None
                  and self.warc_enabled and obs.status is not None and not obs.local]
        payloads = {i: _warc_payload(batch[i][0]) for i in wanted}
        digests = {i: payload_digest(payloads[i]) for i in wanted if payloads[i]}
        earlier = self._responses_with_digests(set(digests.values()))
        failed: dict[int, StorageError] = {}
        written: dict[int, list[int]] = {}  # WARC writer (by id) → the batch's records it holds
        writers: dict[int, WarcWriter] = {}
        for i in wanted:
            obs = batch[i][0]
            try:
                writer = self._writer(runs[i])
                location = self._write_warc(writer, obs, payloads[i], previous.get(i), earlier.get(digests.get(i)))
            except StorageError as exc:
                failed[i] = exc
                continue
            locations[i] = location
            if location.record_type == "response" and i in digests:
                earlier.setdefault(digests[i], RecordRef(obs.url, obs.when, location.record_id,
                                                         location.payload_digest))
            writers[id(writer)] = writer
            written.setdefault(id(writer), []).append(i)
        try:  # the blobs' last flush; on one file system with the WARC files it makes those durable too
            self.blobs.flush()
        except StorageError as exc:
            failed.update(dict.fromkeys(stored, exc))
        for key, writer in writers.items():
            try:
                writer.sync()  # (cheap after the flush above: nothing left to write)
            except StorageError as exc:
                failed.update(dict.fromkeys(written[key], exc))
        return failed

    def _write_warc(self, writer: WarcWriter, obs: Observation, payload: bytes, previous: LastFetch | None,
                    earlier: RecordRef | None) -> WarcLocation:
        headers = obs.headers if obs.wire_body is not None else headers_for_decoded_body(obs.headers)
        exchange = Exchange(url=obs.url, status=obs.status or 0, headers=headers, body=payload, date=obs.when,
                            method=obs.method, request_headers=obs.request_headers, request_body=obs.request_body,
                            protocol=obs.protocol, ip=obs.ip, record_id=obs.warc_record_id,
                            metadata=obs.warc_metadata)
        original = self._record_ref_for_url(obs.url, previous) if obs.status == 304 else None
        if original is not None:
            return writer.write_revisit(exchange, original, not_modified=True, sync=False)
        # (a 304 to a URL never fetched before refers to nothing: it is kept as the response it is)
        if earlier is not None:
            return writer.write_revisit(exchange, earlier, sync=False)
        return writer.write_response(exchange, sync=False)

    def _responses_with_digests(self, digests: set[str]) -> dict[str | None, RecordRef]:
        """The first response record archived with each payload digest (what a revisit refers to)."""
        if not digests:
            return {}
        rows = self.db.read(lambda conn: conn.execute(_RESPONSES_WITH_DIGESTS, {"digests": sorted(digests)}).all())
        return {row.payload_digest: RecordRef(row.url, row.fetched_at, row.warc_record_id, row.payload_digest)
                for row in rows}  # (newest first: the oldest of a digest is the one kept)

    def _record_ref_for_url(self, url: str, previous: LastFetch | None) -> RecordRef | None:
        row = self.db.read(lambda conn: conn.execute(_LAST_RESPONSE_OF_URL, {"url": url}).first())
        if row:
            return RecordRef(row.url, row.fetched_at, row.warc_record_id, row.payload_digest)
        return RecordRef(url, previous.fetched_at, None) if previous else None

    def _run(self, run: Run | int | None) -> Run | None:
        if run is None or isinstance(run, Run):
            return run
        row = self.db.read(lambda c: c.execute(sa.select(runs.c.key, runs.c.spider).where(runs.c.id == run)).one())
        return Run(run, row.key, row.spider)

    def _writer(self, run: Run | None) -> WarcWriter:
        name = f"{_safe(run.spider)}/{_safe(run.key)}" if run else f"adhoc/{utcnow():%Y%m%dT%H%M%S}-{os.getpid()}"
        slot = str(run.id) if run else "adhoc"
        with self._writers_lock:
            writer = self._writers.get(slot)
            if writer is None:
                info = {"isPartOf": run.key if run else "adhoc", "spider": run.spider if run else ""}
                info |= self._site_fields(run.spider) if run else {}
                writer = WarcWriter(self.config.warcs_dir, name, max_size=self.warc_max_size, info=info,
                                    fsync=self.fsync, software=self.software)
                self._writers[slot] = writer
            return writer

    def _site_fields(self, slug: str) -> dict[str, str]:
        """The crawl's site as `warcinfo` names it, so a database rebuilt from the WARC files knows it too."""
        row = self.db.read(lambda conn: conn.execute(sa.select(sites.c.name, sites.c.base_url)
                                                     .where(sites.c.slug == slug)).first())
        if row is None:
            return {}
        return {key: value for key, value in (("site-name", row.name), ("site-url", row.base_url)) if value}

    def _close_writer_for(self, run: Run | int) -> None:
        slot = str(run.id if isinstance(run, Run) else run)
        with self._writers_lock:
            writer = self._writers.pop(slot, None)
        if writer:
            writer.close()

    # -- reports ---------------------------------------------------------------------------------------------
    def save_report(self, parsed: dict[str, Any], sha256: str, source_urls: Iterable[str] = (), *,
                    replace: bool = False, title: str | None = None, published: Any = None,
                    site: str | None = None, role: str | None = None, agency_hint: str | None = None,
                    year_hint: int | None = None, government_hint: str | None = None) -> report_store.SavedReport:
        """Record the canonical parse of a stored document as a source of its report (storage/report_store.py).

        The first parse of a document makes it a source of the report of its agency and year (created when new)
        and re-assembles that report; later calls change nothing unless `replace` (reparse), which updates the
        source in place, keeps its previous parse in `report_history`, and moves it when its agency or year
        changed.  `agency_hint`, `year_hint`: what the site says, used when the report does not (the agency of a
        report that names none is otherwise its site's government — `government_hint` when the crawler knew it,
        else what the site's name says —, marked as such: `UnplacedReportError` when that is not known either).
        `source_urls`: the URL the document came from when no fetch says.
        """
        urls = [u for u in source_urls if u]
        return self.db.write(lambda conn: report_store.save(
            conn, parsed, sha256, utcnow(), replace=replace, site=site, role=roles.check_role(role),
            url=urls[0] if urls else None, title=title, published=published, agency_hint=agency_hint,
            year_hint=year_hint, government_hint=government_hint))

    def mark_parse(self, sha256: str, status: str, error: str | None, parser_version: str) -> None:
        self.db.write(lambda conn: report_store.mark_parsed(conn, sha256, status, error, parser_version, utcnow()))

    def withdraw_report(self, sha256: str, parser_version: str) -> bool:
        """The document is no report after all: its source is withdrawn (kept in `report_history`)."""
        return self.db.write(lambda conn: report_store.withdraw(conn, sha256, utcnow(), by_version=parser_version))

    # -- the parse queue (storage/parse_queue.py) -------------------------------------------------------------
    def enqueue_parses(self, requests: Sequence[tuple[str, Run | int | None]]) -> list[bool]:
        """Queue (sha256, crawl run) for parsing in one transaction; per document, whether it is queued (False:
        the parser has read it already)."""
        now = utcnow()
        return self.db.write(lambda conn: [parse_queue.enqueue(conn, sha, _run_id(run), now) for sha, run in requests])

    def claim_parse(self, owner: str, *, lease_seconds: float, max_attempts: int,
                    parser_version: str) -> parse_queue.Claim | None:
        return self.db.write(lambda conn: parse_queue.claim(
            conn, owner, utcnow(), lease=dt.timedelta(seconds=lease_seconds), max_attempts=max_attempts,
            parser_version=parser_version))

    def refresh_parse_claim(self, owner: str, sha256: str) -> None:
        self.db.write(lambda conn: parse_queue.refresh(conn, owner, sha256, utcnow()))

    def release_parse_claims(self, owners: Iterable[str], *, died: bool, error: str | None = None) -> int:
        owners = list(owners)
        return self.db.write(lambda conn: parse_queue.release(conn, owners, died=died, error=error))

    def parse_claim_holders(self, host: str) -> list[str]:
        return self.db.read(lambda conn: parse_queue.holders(conn, host))

    def parses_waiting(self, run: Run | int) -> int:
        """Documents the crawl run queued that are not parsed yet."""
        run_id = _run_id(run)
        return self.db.read(lambda conn: parse_queue.waiting(conn, run_id)) if run_id is not None else 0

    def parse_statuses(self, sha256s: Iterable[str]) -> Counter[str]:
        """How many of these documents are pending, parsed, not_report, failed."""
        keys = sorted(set(sha256s))

        def statuses(conn: Connection) -> Counter[str]:
            counts: Counter[str] = Counter()
            for start in range(0, len(keys), 500):
                counts.update(conn.execute(sa.select(documents.c.parse_status)
                                           .where(documents.c.sha256.in_(keys[start:start + 500]))).scalars())
            return counts

        return self.db.read(statuses)

    def report_list(self, *, agency: str | None = None, year: int | None = None) -> list[dict[str, Any]]:
        """One JSON-ready dict per report (the objects `python -m crawler reports --json` prints): its latest
        version, with the URLs of every document that carries it."""
        query = (sa.select(reports.c.id, agencies.c.name.label("agency"), reports.c.agency_basis, reports.c.year,
                           reports.c.version, reports.c.template, reports.c.title, reports.c.published,
                           reports.c.document_sha256, reports.c.checks, reports.c.parser_version,
                           documents.c.media_type, documents.c.size, sites.c.slug.label("site"))
                 .join(documents, documents.c.sha256 == reports.c.document_sha256)
                 .join(agencies, agencies.c.id == reports.c.agency_id)
                 .join(sites, sites.c.id == reports.c.site_id)
                 .order_by(agencies.c.name, reports.c.year, reports.c.id))
        if agency:
            query = query.where(agencies.c.name == agency)
        if year is not None:
            query = query.where(reports.c.year == year)

        def read(conn: Connection) -> list[dict[str, Any]]:
            rows = conn.execute(query).all()
            carried = report_store.source_urls(conn, [r.id for r in rows])
            return [{
                "id": r.id, "agency": r.agency, "agency_basis": r.agency_basis, "year": r.year, "version": r.version,
                "template": r.template, "title": r.title,
                "published": r.published.isoformat() if r.published else None,
                "urls": carried.get(r.id, {}).get("urls", []), "sources": carried.get(r.id, {}).get("sources", []),
                "sha256": r.document_sha256, "media_type": r.media_type, "size": r.size,
                "checks_failed": report_store.failed_rules(r.checks), "parser_version": r.parser_version,
                "site": r.site, "first_seen": _iso(carried.get(r.id, {}).get("first_seen")),
                "last_seen": _iso(carried.get(r.id, {}).get("last_seen")),
            } for r in rows]

        return self.db.read(read)


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value else None


def _fetch_row(obs: Observation, run: Run | None, outcome: str, sha: str | None, previous: LastFetch | None,
               location: WarcLocation | None) -> dict[str, Any]:
    """The `fetches` row of an observation (validators a 304 did not repeat come from the fetch it confirms)."""
    etag = header(obs.headers, "etag") or (previous.etag if previous else None)
    modified = header(obs.headers, "last-modified") or (previous.last_modified if previous else None)
    key = (obs.observation_key or obs.warc_record_id or (location.record_id if location else None)
           or f"urn:uuid:{uuid.uuid4()}")
    return {
        "observation_key": key[:128], "run_id": run.id if run else None, "url": obs.url,
        "final_url": obs.final_url if obs.final_url != obs.url else None, "referrer": obs.referrer,
        "method": obs.method[:16], "status": obs.status, "headers": [list(p) for p in obs.headers],
        "content_type": _clip(header(obs.headers, "content-type"), 255), "etag": _clip(etag, 512),
        "last_modified": _clip(modified, 64), "fetched_at": obs.when, "outcome": outcome,
        "error": obs.error or _http_error(obs), "sha256": sha,
        "warc_file": location.file if location else None,
        "warc_offset": location.offset if location else None,
        "warc_length": location.length if location else None,
        "warc_record_id": location.record_id if location else None,
        "warc_type": location.record_type if location else None,
        "payload_digest": location.payload_digest if location else None,
        "role": obs.role, "context": obs.context,
    }


def _warc_payload(obs: Observation) -> bytes:
    """The payload as received (still content-encoded, when the server encoded it)."""
    return obs.wire_body if obs.wire_body is not None else (obs.body or b"")


def _outcome(obs: Observation, new_document: bool) -> str:
    if obs.local and obs.keeps_document:
        return "new" if new_document else "unchanged"
    if obs.error is not None or obs.status is None:
        return "error"
    if obs.challenge:
        return "challenge"
    if obs.status == 304:
        return "not_modified"
    if not obs.keeps_document:
        return "error"
    return "new" if new_document else "unchanged"


def _http_error(obs: Observation) -> str | None:
    if obs.status is None or 200 <= obs.status < 300 or obs.status == 304 or obs.challenge:
        return None
    location = header(obs.headers, "location")
    return f"HTTP {obs.status}" + (f" → {location}" if location else "")


def _run_id(run: Run | int | None) -> int | None:
    return run.id if isinstance(run, Run) else run


def _clip(value: str | None, limit: int) -> str | None:
    return value[:limit] if value is not None else None


def _safe(name: str) -> str:
    """A run key or spider name as a path component (no separators, no dot-dot)."""
    cleaned = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name).strip(".")
    return cleaned or "_"


def _json_stats(stats: dict[str, Any] | None) -> dict[str, Any] | None:
    """Scrapy stats hold datetimes; JSON stores them as text."""
    return report_store.json_safe(stats) if stats is not None else None
