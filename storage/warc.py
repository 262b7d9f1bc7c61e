"""WARC files: every HTTP exchange as received, gzip per record, with revisits for content already archived.

Layout: `<warcs>/<name>-NNNNN.warc.gz` (the archive uses `<spider>/<run key>` as the name).  Each file opens with a
`warcinfo` record and rolls over to the next number once it passes `max_size`.  A process never appends to a file
it did not create (files are opened with O_EXCL), so two crawlers can share a directory and a killed crawler's
file is simply closed by its successor starting a new number.

Each exchange is rendered to memory first and appended with one `write()`: a process killed with SIGKILL leaves
whole records, and a failed write (disk full) is truncated away, so every file passes `warcio check`.
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
    def write_response(self, exchange: Exchange) -> WarcLocation:
        response = self._renderer().create_warc_record(
            exchange.url, "response", payload=io.BytesIO(exchange.body), length=len(exchange.body),
            http_headers=_response_headers(exchange), warc_headers_dict=self._warc_headers(exchange))
        return self._append(response, self._request_record(exchange, response), self._metadata_record(exchange,
                                                                                                        response))

    def write_revisit(self, exchange: Exchange, refers_to: RecordRef, *, not_modified: bool = False) -> WarcLocation:
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
        return self._append(revisit, self._request_record(exchange, revisit),
                            self._metadata_record(exchange, revisit, http_head if not_modified else None))

    def write_resource(self, uri: str, data: bytes, content_type: str, date: dt.datetime) -> WarcLocation:
        """A file that did not come over HTTP (ingested from disk): a `resource` record."""
        record = self._renderer().create_warc_record(
            uri, "resource", payload=io.BytesIO(data), length=len(data), warc_content_type=content_type,
            warc_headers_dict={"WARC-Date": warc_date(date)})
        return self._append(record)

    def write_raw(self, record: bytes, *, record_id: str, record_type: str,
                  payload_digest: str | None) -> WarcLocation:
        """A whole record from another WARC file (uncompressed bytes), copied unaltered in its own gzip member."""
        compressor = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS + 16)
        data = compressor.compress(record) + compressor.flush()
        with self._lock:
            current = self._file_for(len(data))
            offset = current.size
            self._write_all(current, data, offset)
            current.size += len(data)
            current.records += 1
        return WarcLocation(file=current.relpath, offset=offset, length=len(data), record_id=record_id,
                            record_type=record_type, payload_digest=payload_digest)

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                os.close(self._file.fd)
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
        return _RecordRenderer(out if out is not None else io.BytesIO(), gzip=True, warc_version=WARC_VERSION)

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
    def _append(self, main: ArcWarcRecord, *related: ArcWarcRecord | None) -> WarcLocation:
        """The main record and those that belong with it (request, metadata) in one write."""
        buffer = io.BytesIO()
        renderer = self._renderer(buffer)
        renderer.write_record(main)
        main_length = buffer.tell()
        for record in related:
            if record is not None:
                renderer.write_record(record)
        data = buffer.getvalue()
        with self._lock:
            current = self._file_for(len(data))
            offset = current.size
            self._write_all(current, data, offset)
            current.size += len(data)
            current.records += 1
        rec_headers = main.rec_headers
        return WarcLocation(file=current.relpath, offset=offset, length=main_length,
                            record_id=rec_headers.get_header("WARC-Record-ID"),
                            record_type=rec_headers.get_header("WARC-Type"),
                            payload_digest=rec_headers.get_header("WARC-Payload-Digest"))

    def _write_all(self, current: _OpenFile, data: bytes, offset: int) -> None:
        try:
            written = os.write(current.fd, data)
            if written != len(data):
                raise OSError(28, "short write (disk full?)")
            if self.fsync:
                os.fdatasync(current.fd)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.ftruncate(current.fd, offset)  # never leave half a record behind
            raise StorageError(f"cannot write WARC file {self.root / current.relpath}: "
                               f"{exc.strerror or exc}") from exc

    def _file_for(self, incoming: int) -> _OpenFile:
        current = self._file
        if current is not None and current.records and current.size + incoming > self.max_size:
            os.close(current.fd)
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
        warcinfo = io.BytesIO()
        renderer = self._renderer(warcinfo)
        renderer.write_record(renderer.create_warcinfo_record(path.name, self._warcinfo_fields()))
        self._write_all(opened, warcinfo.getvalue(), 0)
        opened.size = warcinfo.tell()
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
