"""WARC files: every HTTP exchange as received, gzip per record, with revisits for content already archived.

Layout: `<warcs>/<name>-NNNNN.warc.gz` (the archive uses `<spider>/<run key>` as the name).  Each file opens with a
`warcinfo` record and rolls over to the next number once it passes `max_size`.  A process never appends to a file
it did not create (files are opened with O_EXCL), so two crawlers can share a directory and a killed crawler's
file is simply closed by its successor starting a new number.

Records are gzipped one by one (each its own gzip member, as the format wants), at zlib's default level 6 — as
small as warcio's 9 within 2 %, a third faster — or stored without compression (level 0) when the payload is
compressed already (a PDF's streams, a ZIP-based office file, an image, a gzip body): recompressing those costs
about 10 ms a document and saves about 3 %.

Each exchange is rendered to memory first and appended with one `write()`: a process killed with SIGKILL leaves
whole records, and a failed write (disk full) is truncated away, so every file passes `warcio check`.  With
`fsync`, each record is flushed to disk before its location is returned, unless the caller writes a batch
(`sync=False`) and flushes it once with `sync()`.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import http
import io
import os
import socket
import threading
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import warcio
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter as _RecordRenderer

from storage.errors import StorageError

WARC_VERSION = "WARC/1.1"
PROFILE_IDENTICAL = "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
PROFILE_NOT_MODIFIED = "http://netpreserve.org/warc/1.1/revisit/server-not-modified"
WARC_FIELDS = "application/warc-fields"
# The fields of a metadata record that keep the HTTP head of a server-not-modified revisit (its block is empty).
HTTP_STATUS_FIELD = "http-status-line"
HTTP_HEADER_FIELD = "http-header"
DEFAULT_MAX_SIZE = 1_000_000_000  # the customary 1 GB per WARC file
GZIP_LEVEL = 6
# Payloads that begin like this are compressed already: their records are stored in their gzip member (level 0).
_COMPRESSED_PAYLOADS = (b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"7z\xbc\xaf",
                        b"Rar!")
# Headers that describe a transfer we no longer reproduce byte for byte: the transport removed the chunking.
_HOP_BY_HOP = {"transfer-encoding"}

Headers = Sequence[tuple[str, str]]


def payload_digest(payload: bytes) -> str:
    """WARC-Payload-Digest as warcio writes it: base32 SHA-1 of the HTTP payload as stored."""
    return "sha1:" + base64.b32encode(hashlib.sha1(payload).digest()).decode("ascii")


def http_head_from_fields(payload: bytes) -> tuple[str, list[tuple[str, str]]] | None:
    """The status line and headers a metadata record keeps for a revisit (`_metadata_record`), in order."""
    status, headers = None, []
    for line in payload.decode("utf-8", "replace").splitlines():
        name, sep, value = line.partition(":")
        if sep and name.strip() == HTTP_STATUS_FIELD:
            status = value.strip()
        elif sep and name.strip() == HTTP_HEADER_FIELD:
            header_name, _, header_value = value.strip().partition(":")
            headers.append((header_name.strip(), header_value.strip()))
    return (status, headers) if status is not None else None


def read_fields(payload: bytes) -> dict[str, str]:
    """The `name: value` lines of an `application/warc-fields` block (a later name wins)."""
    fields = {}
    for line in payload.decode("utf-8", "replace").splitlines():
        name, sep, value = line.partition(":")
        if sep and name.strip():
            fields[name.strip()] = value.strip()
    return fields


def warc_date(when: dt.datetime) -> str:
    return datetime_to_iso_date(when.astimezone(dt.UTC).replace(tzinfo=None), use_micros=True)


@dataclass
class Exchange:
    """One HTTP request and the response to it, bytes as received."""

    url: str
    status: int
    headers: Headers
    body: bytes  # the payload as it came off the wire (still content-encoded if the server compressed it)
    date: dt.datetime
    method: str = "GET"
    request_headers: Headers = ()
    request_body: bytes = b""
    reason: str | None = None
    protocol: str = "HTTP/1.1"
    ip: str | None = None
    record_id: str | None = None  # keep an ingested record's own id; None = a new urn:uuid
    # Why the crawler asked and what it knew (storage.roles): written as a `metadata` record beside the response,
    # so that rebuilding the database from WARC files knows it too.
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RecordRef:
    """An earlier response record a revisit points to."""

    uri: str
    date: dt.datetime
    record_id: str | None
    payload_digest: str | None = None


@dataclass(frozen=True)
class WarcLocation:
    file: str  # relative to the WARC root
    offset: int
    length: int
    record_id: str
    record_type: str  # response | revisit | resource
    payload_digest: str | None


@dataclass
class _OpenFile:
    relpath: str
    fd: int
    size: int
    records: int = 0
    unsynced: bool = False  # records appended since the last flush to disk
    lock: threading.Lock = field(default_factory=threading.Lock)


class WarcWriter:
    """Appends records to rolling `.warc.gz` files under `root`; thread-safe."""

    def __init__(self, root: str | os.PathLike[str], name: str, *, max_size: int = DEFAULT_MAX_SIZE,
                 info: dict[str, str] | None = None, fsync: bool = True, software: str = "nianbao") -> None:
        """`software`: "name/version" of the program writing, for `warcinfo` (warcio's version is added)."""
        self.root = Path(root)
        self.software = software
        self.name = name
        self.max_size = max_size
        self.info = info or {}
        self.fsync = fsync
        self._file: _OpenFile | None = None
        self._lock = threading.Lock()

    # -- public API ------------------------------------------------------------------------------------------
    def write_response(self, exchange: Exchange, *, sync: bool = True) -> WarcLocation:
        """`sync=False`: the record is not yet flushed to disk (the caller calls `sync()` after a batch)."""
        response = self._renderer().create_warc_record(
            exchange.url, "response", payload=io.BytesIO(exchange.body), length=len(exchange.body),
            http_headers=_response_headers(exchange), warc_headers_dict=self._warc_headers(exchange))
        return self._append(response, sync, self._request_record(exchange, response),
                            self._metadata_record(exchange, response),
                            compressed=exchange.body.lstrip()[:4].startswith(_COMPRESSED_PAYLOADS))

    def write_revisit(self, exchange: Exchange, refers_to: RecordRef, *, not_modified: bool = False,
                      sync: bool = True) -> WarcLocation:
        """A short record saying "fetched again, same content as `refers_to`" (no payload).

        `not_modified=False`: identical-payload-digest (a 200 whose payload we already hold), with the response's
        HTTP headers.  `not_modified=True`: server-not-modified (the server answered 304 to a conditional GET),
        with an empty block: replay tools take a revisit's own HTTP head for the answer, and pywb and
        ReplayWeb.page both answer an empty 304 for the latest capture when the head says 304, while an empty
        block makes them serve the original's status, headers and payload.  The 304's status line and headers,
        as received, go into the concurrent metadata record (`http-status-line`, one `http-header` per header).
        """
        headers = self._warc_headers(exchange)
        headers["WARC-Profile"] = PROFILE_NOT_MODIFIED if not_modified else PROFILE_IDENTICAL
        headers["WARC-Refers-To-Target-URI"] = refers_to.uri
        headers["WARC-Refers-To-Date"] = warc_date(refers_to.date)
        if refers_to.record_id:
            headers["WARC-Refers-To"] = refers_to.record_id
        digest = refers_to.payload_digest or (None if not_modified else payload_digest(exchange.body))
        if digest:
            headers["WARC-Payload-Digest"] = digest
        http_head = _response_headers(exchange)
        revisit = self._renderer().create_warc_record(
            exchange.url, "revisit", http_headers=None if not_modified else http_head, warc_headers_dict=headers)
        return self._append(revisit, sync, self._request_record(exchange, revisit),
                            self._metadata_record(exchange, revisit, http_head if not_modified else None),
                            compressed=False)

    def write_resource(self, uri: str, data: bytes, content_type: str, date: dt.datetime) -> WarcLocation:
        """A file that did not come over HTTP (ingested from disk): a `resource` record."""
        record = self._renderer().create_warc_record(
            uri, "resource", payload=io.BytesIO(data), length=len(data), warc_content_type=content_type,
            warc_headers_dict={"WARC-Date": warc_date(date)})
        return self._append(record, True, compressed=data[:4].startswith(_COMPRESSED_PAYLOADS))

    def sync(self) -> None:
        """Flush the records written with `sync=False` to disk."""
        with self._lock:
            if self._file is not None:
                self._sync(self._file)

    def write_raw(self, record: bytes, *, record_id: str, record_type: str, payload_digest: str | None,
                  sync: bool = True) -> WarcLocation:
        """A whole record from another WARC file (uncompressed bytes), copied unaltered in its own gzip member."""
        compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, zlib.MAX_WBITS + 16)
        data = compressor.compress(record) + compressor.flush()
        relpath, offset = self._append_data(data, sync)
        return WarcLocation(file=relpath, offset=offset, length=len(data), record_id=record_id,
                            record_type=record_type, payload_digest=payload_digest)

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._close(self._file)
                self._file = None

    def __enter__(self) -> WarcWriter:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def current_file(self) -> Path | None:
        return self.root / self._file.relpath if self._file else None

    # -- records ---------------------------------------------------------------------------------------------
    @staticmethod
    def _renderer(out: io.BytesIO | None = None) -> _RecordRenderer:
        """Renders records uncompressed (`_gzipped` compresses each, at its level)."""
        return _RecordRenderer(out if out is not None else io.BytesIO(), gzip=False, warc_version=WARC_VERSION)

    def _gzipped(self, record: ArcWarcRecord, level: int = GZIP_LEVEL) -> bytes:
        buffer = io.BytesIO()
        self._renderer(buffer).write_record(record)
        compressor = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS + 16)
        return compressor.compress(buffer.getvalue()) + compressor.flush()

    @staticmethod
    def _warc_headers(exchange: Exchange) -> dict[str, str]:
        headers = {"WARC-Date": warc_date(exchange.date)}
        if exchange.record_id:
            headers["WARC-Record-ID"] = exchange.record_id
        if exchange.ip:
            headers["WARC-IP-Address"] = exchange.ip
        return headers

    def _request_record(self, exchange: Exchange, concurrent: ArcWarcRecord) -> ArcWarcRecord:
        parts = urlsplit(exchange.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = list(exchange.request_headers)
        if not any(name.lower() == "host" for name, _ in headers) and parts.netloc:
            headers.insert(0, ("Host", parts.netloc))
        http_headers = StatusAndHeaders(f"{exchange.method} {target} HTTP/1.1", headers, is_http_request=True)
        request = self._renderer().create_warc_record(
            exchange.url, "request", payload=io.BytesIO(exchange.request_body), length=len(exchange.request_body),
            http_headers=http_headers, warc_headers_dict={
                "WARC-Date": warc_date(exchange.date),
                "WARC-Concurrent-To": concurrent.rec_headers.get_header("WARC-Record-ID"),
            })
        return request

    def _metadata_record(self, exchange: Exchange, concurrent: ArcWarcRecord,
                         http_head: StatusAndHeaders | None = None) -> ArcWarcRecord | None:
        """`application/warc-fields` lines (`role: attachment`, `title: …`), as Heritrix writes its `via:` and
        `hopsFromSeed:` beside each response, and the HTTP head a record's block leaves out; None when there is
        nothing to say."""
        fields = [(name, str(value)) for name, value in exchange.metadata.items()]
        if http_head is not None:
            fields.append((HTTP_STATUS_FIELD, f"{http_head.protocol} {http_head.statusline}".strip()))
            fields += [(HTTP_HEADER_FIELD, f"{name}: {value}") for name, value in http_head.headers]
        if not fields:
            return None
        body = "".join(f"{name}: {' '.join(value.split())}\r\n" for name, value in fields)
        payload = body.encode("utf-8")
        return self._renderer().create_warc_record(
            exchange.url, "metadata", payload=io.BytesIO(payload), length=len(payload),
            warc_content_type=WARC_FIELDS, warc_headers_dict={
                "WARC-Date": warc_date(exchange.date),
                "WARC-Concurrent-To": concurrent.rec_headers.get_header("WARC-Record-ID"),
            })

    # -- files -----------------------------------------------------------------------------------------------
    def _append(self, main: ArcWarcRecord, sync: bool, *related: ArcWarcRecord | None,
                compressed: bool) -> WarcLocation:
        """The main record and those that belong with it (request, metadata) in one write, each its own gzip
        member; `compressed`: the main record's payload is compressed already (stored, not compressed again)."""
        first = self._gzipped(main, 0 if compressed else GZIP_LEVEL)
        main_length = len(first)
        data = first + b"".join(self._gzipped(record) for record in related if record is not None)
        relpath, offset = self._append_data(data, sync)
        rec_headers = main.rec_headers
        return WarcLocation(file=relpath, offset=offset, length=main_length,
                            record_id=rec_headers.get_header("WARC-Record-ID"),
                            record_type=rec_headers.get_header("WARC-Type"),
                            payload_digest=rec_headers.get_header("WARC-Payload-Digest"))

    def _append_data(self, data: bytes, sync: bool) -> tuple[str, int]:
        """Append rendered records to the current file (the next one past `max_size`): its path and the offset."""
        with self._lock:
            current = self._file_for(len(data))
            offset = current.size
            self._write_all(current, data, offset)
            current.size += len(data)
            current.records += 1
            if sync:
                self._sync(current)
        return current.relpath, offset

    def _write_all(self, current: _OpenFile, data: bytes, offset: int) -> None:
        try:
            written = os.write(current.fd, data)
            if written != len(data):
                raise OSError(28, "short write (disk full?)")
            current.unsynced = True
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.ftruncate(current.fd, offset)  # never leave half a record behind
            raise StorageError(f"cannot write WARC file {self.root / current.relpath}: "
                               f"{exc.strerror or exc}") from exc

    def _sync(self, current: _OpenFile) -> None:
        if not (self.fsync and current.unsynced):
            return
        try:
            os.fdatasync(current.fd)
        except OSError as exc:
            raise StorageError(f"cannot write WARC file {self.root / current.relpath}: "
                               f"{exc.strerror or exc}") from exc
        current.unsynced = False

    def _close(self, current: _OpenFile) -> None:
        try:
            self._sync(current)  # a file closed mid-batch (rolled over) is flushed first
        finally:
            os.close(current.fd)

    def _file_for(self, incoming: int) -> _OpenFile:
        current = self._file
        if current is not None and current.records and current.size + incoming > self.max_size:
            self._close(current)
            self._file = current = None
        if current is None:
            self._file = current = self._open_next()
        return current

    def _open_next(self) -> _OpenFile:
        base = self.root / self.name
        try:
            base.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"cannot create WARC directory {base.parent}: {exc.strerror}") from exc
        number = _next_number(base)
        while True:
            path = base.parent / f"{base.name}-{number:05d}.warc.gz"
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o644)
                break
            except FileExistsError:
                number += 1
            except OSError as exc:
                raise StorageError(f"cannot create WARC file {path}: {exc.strerror}") from exc
        opened = _OpenFile(relpath=str(path.relative_to(self.root)), fd=fd, size=0)
        warcinfo = self._gzipped(self._renderer().create_warcinfo_record(path.name, self._warcinfo_fields()))
        self._write_all(opened, warcinfo, 0)
        opened.size = len(warcinfo)
        return opened

    def _warcinfo_fields(self) -> dict[str, str]:
        fields = {
            "software": f"{self.software} (warcio/{getattr(warcio, '__version__', '1.8')})",
            "format": "WARC File Format 1.1",
            "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
            "hostname": socket.gethostname(),
            "operator": os.environ.get("NIANBAO_OPERATOR", "nianbao archive"),
            "robots": "obey",
            "description": "Government information-disclosure annual reports (政府信息公开工作年度报告); "
                           "response payloads as received; revisit records for payloads archived before",
        }
        fields.update(self.info)
        return fields


def _next_number(base: Path) -> int:
    """One past the highest number already used for this name (gaps from other writers are fine)."""
    numbers = [int(p.name[len(base.name) + 1:][:5]) for p in base.parent.glob(f"{base.name}-?????.warc.gz")
               if p.name[len(base.name) + 1:][:5].isdigit()]
    return max(numbers, default=0) + 1


def _response_headers(exchange: Exchange) -> StatusAndHeaders:
    reason = exchange.reason
    if reason is None:
        try:
            reason = http.HTTPStatus(exchange.status).phrase
        except ValueError:
            reason = ""
    headers = [(name, value) for name, value in exchange.headers if name.lower() not in _HOP_BY_HOP]
    return StatusAndHeaders(f"{exchange.status} {reason}".strip(), headers, protocol=exchange.protocol)
