"""Records of any WARC file, read without trusting them: a foreign crawler's WARC may hold anything.

warcio parses the HTTP head of every response as it reads, and a status line it does not like (`HTTP/1.1 OK`, a
20-digit status) raises out of the iteration, taking the rest of the file with it.  Here each record is read whole
and unparsed (`no_record_parse`), its HTTP head is parsed leniently afterwards, and what a record lacks (a
target URI, a date, a status) is the caller's to report, record by record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParser, StatusAndHeadersParserException
from warcio.timeutils import iso_date_to_datetime

from crawler.errors import NianbaoError

HTTP_SCHEMES = ("http:", "https:")
# Records whose block is an HTTP message (WARC 1.1 §6): the others are copied and never parsed as HTTP.
_HTTP_TYPES = ("response", "revisit", "request")
# A status code: three digits standing alone, wherever a sloppy writer put them ("HTTP/1.1 200OK" → 200).
_STATUS = re.compile(r"(?<!\d)([1-5]\d\d)(?!\d)")
_LENIENT = StatusAndHeadersParser([], verify=False)


class UnreadableWarc(NianbaoError):
    """The file (or the rest of it, from `offset` on) is not WARC records warcio can frame."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


@dataclass
class WarcRecord:
    """One record: its WARC headers, its block as stored, and the HTTP head and payload when it has them."""

    rec_type: str
    headers: StatusAndHeaders  # the WARC header fields
    block: bytes
    offset: int
    length: int
    http: StatusAndHeaders | None = None  # the HTTP status line (or request line) and headers
    payload: bytes = b""  # the block after the HTTP head (the whole block of a record without one)

    def header(self, name: str) -> str | None:
        return self.headers.get_header(name)

    @property
    def record_id(self) -> str | None:
        return self.header("WARC-Record-ID")

    @property
    def key(self) -> str:
        """What identifies the record: its WARC-Record-ID, or (a writer that gave it none) a digest of it."""
        return self.record_id or "urn:sha256:" + hashlib.sha256(self.raw).hexdigest()

    @property
    def uri(self) -> str | None:
        return self.header("WARC-Target-URI") or None

    @property
    def raw(self) -> bytes:
        """The record as a WARC file holds it, uncompressed: header fields, blank line, block, two CRLFs."""
        return self.headers.to_bytes() + self.block + b"\r\n\r\n"

    def date(self) -> dt.datetime | None:
        """WARC-Date as an aware datetime; None when absent or not a date."""
        value = self.header("WARC-Date")
        if not value:
            return None
        try:
            return iso_date_to_datetime(value).replace(tzinfo=dt.UTC)
        except (ValueError, OverflowError, IndexError):
            return None

    def status(self) -> int | None:
        """The HTTP status code of a response-like record, found leniently; None when its status line has none."""
        if self.http is None:
            return None
        found = _STATUS.search(f"{self.http.protocol} {self.http.statusline}")
        return int(found.group(1)) if found else None

    def as_warcio(self) -> ArcWarcRecord:
        """The record as warcio's own type, its stream at the payload (for `content_stream()` decoding)."""
        return ArcWarcRecord("warc", self.rec_type, self.headers, io.BytesIO(self.payload), self.http,
                             self.header("Content-Type"), len(self.payload))


class _Misframed(ValueError):
    pass


class _StrictIterator(ArchiveIterator):
    """warcio's iterator, except that a record not followed by its blank lines (a Content-Length that lies) is an
    error, not a warning on stderr and a guess at where the next record starts."""

    def _consume_blanklines(self) -> tuple[bytes | None, int]:
        empty_size = 0
        while True:
            line = self.reader.readline()
            if not line:
                return None, empty_size
            if line.strip():
                if empty_size == 0:
                    raise _Misframed(f"a record is not followed by a blank line: its Content-Length is wrong "
                                     f"(found {line[:40]!r})")
                return line, empty_size
            empty_size += len(line)


def read_records(path: Path) -> Iterator[WarcRecord]:
    """Every record of the file in order; `UnreadableWarc` (with its offset) where the framing breaks."""
    with open(path, "rb") as fh:
        iterator = _StrictIterator(fh, no_record_parse=True)
        while True:
            try:
                record = next(iterator)
                declared = record.rec_headers.get_header("Content-Length") or ""
                if not declared.strip().isdigit():
                    raise _Misframed(f"Content-Length {declared!r} is not a length")
                block = record.raw_stream.read()
                offset = iterator.get_record_offset()
                length = iterator.get_record_length()
            except StopIteration:
                return
            except (ArchiveLoadFailed, StatusAndHeadersParserException, ValueError, EOFError, OSError) as exc:
                # warcio's own offset: where the record being read when it failed starts
                raise UnreadableWarc(_one_line(exc), int(getattr(iterator, "offset", 0))) from exc
            yield _with_http(WarcRecord(record.rec_type or "", record.rec_headers, block, offset, length))


def _with_http(record: WarcRecord) -> WarcRecord:
    """Split an HTTP record's block into head and payload, accepting any status line."""
    if record.rec_type not in _HTTP_TYPES or not (record.uri or "").lower().startswith(HTTP_SCHEMES):
        record.payload = record.block
        return record
    stream = io.BytesIO(record.block)
    try:
        record.http = _LENIENT.parse(stream)
    except EOFError:  # an empty block: a revisit without HTTP headers
        record.http = None
    record.payload = stream.read()
    return record


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300] or type(exc).__name__
