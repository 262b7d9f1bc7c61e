"""What a crawler hands the archive for one request, and what the archive answers.

Kept free of Scrapy types: the crawler converts a Scrapy response into an `Observation` (headers as text pairs,
bytes as bytes), and `python -m crawler ingest` builds the same object from a WARC record or a local file.  What
the bytes are (`media_type`) is for the caller to say: storage keeps documents, it does not read them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from storage.roles import CONTEXT_KEYS, check_role, clean_context
from storage.warc import WarcLocation

HeaderPairs = list[tuple[str, str]]
# When only the decoded body is available, these headers no longer describe the stored payload; the pywb
# convention keeps them under this prefix so replay stays correct and nothing the server said is lost.
ORIGINAL_HEADER_PREFIX = "X-Archive-Orig-"
_DESCRIBE_ENCODED_BODY = {"content-encoding", "content-length"}


def header_text(value: str | bytes) -> str:
    """Header bytes as text, losslessly: ISO-8859-1 maps every byte to one code point (raw GBK file names too)."""
    return value.decode("iso-8859-1") if isinstance(value, bytes) else str(value)


def normalize_headers(headers: Mapping[Any, Any] | Iterable[tuple[Any, Any]] | None) -> HeaderPairs:
    """Pairs of text from a dict, a list of pairs, or a Scrapy `Headers` (whose values are lists of bytes)."""
    if not headers:
        return []
    items = headers.items() if isinstance(headers, Mapping) or hasattr(headers, "items") else headers
    pairs: HeaderPairs = []
    for name, value in items:
        values = value if isinstance(value, list | tuple) else [value]
        pairs.extend((header_text(name), header_text(v)) for v in values)
    return pairs


def header(headers: HeaderPairs, name: str) -> str | None:
    """The last value of a header (case-insensitive), as servers that repeat one mean the last."""
    wanted = name.lower()
    found = None
    for key, value in headers:
        if key.lower() == wanted:
            found = value
    return found


def headers_for_decoded_body(headers: HeaderPairs) -> HeaderPairs:
    if header(headers, "content-encoding") is None:
        return headers
    return [(ORIGINAL_HEADER_PREFIX + k if k.lower() in _DESCRIBE_ENCODED_BODY else k, v) for k, v in headers]


@dataclass
class Observation:
    """One HTTP request and what came back (or a local file being ingested)."""

    url: str
    status: int | None = None  # None: no HTTP response at all (DNS failure, timeout, refused)
    headers: HeaderPairs = field(default_factory=list)
    body: bytes | None = None  # the payload after content decoding: what the document's SHA-256 is taken of
    wire_body: bytes | None = None  # the payload as received, when it differs (a gzip Content-Encoding)
    fetched_at: dt.datetime | None = None  # default: now
    final_url: str | None = None  # after redirects
    referrer: str | None = None
    method: str = "GET"
    request_headers: HeaderPairs = field(default_factory=list)
    request_body: bytes = b""
    protocol: str = "HTTP/1.1"
    ip: str | None = None
    challenge: bool = False  # an anti-bot page: recorded and archived in WARC, never a document
    error: str | None = None  # why the fetch failed, if it did
    warc_record_id: str | None = None  # set when the observation comes from an existing WARC record
    local: bool = False  # a file read from disk (`ingest`): a document, but no HTTP exchange to put in a WARC
    observation_key: str | None = None  # identity for idempotent re-recording; default: the WARC record id
    media_type: str | None = None  # the body's type sniffed from its bytes by the caller; None: unknown
    role: str | None = None  # why the crawler asked (storage.roles); None: nobody said
    context: dict[str, Any] | None = None  # what the crawler knew of the URL (storage.roles.CONTEXT_KEYS)

    def __post_init__(self) -> None:
        self.role = check_role(self.role)
        self.context = clean_context(self.context)
        self.headers = normalize_headers(self.headers)
        self.request_headers = normalize_headers(self.request_headers)
        if self.fetched_at is None:
            self.fetched_at = dt.datetime.now(dt.UTC)
        elif self.fetched_at.tzinfo is None:
            raise ValueError("Observation.fetched_at must be timezone-aware (UTC)")

    @property
    def when(self) -> dt.datetime:
        assert self.fetched_at is not None
        return self.fetched_at

    @property
    def warc_metadata(self) -> dict[str, str]:
        """The role and context as the fields of the exchange's WARC metadata record."""
        fields = {"role": self.role} if self.role else {}
        fields.update({key: str(value) for key, value in (self.context or {}).items() if key in CONTEXT_KEYS})
        return fields

    @property
    def keeps_document(self) -> bool:
        """Only a successful, non-challenge response with a body (or a local file) becomes a document."""
        if self.body is None or self.challenge or self.error is not None:
            return False
        return self.local or (self.status is not None and 200 <= self.status < 300)


@dataclass(frozen=True)
class FetchResult:
    outcome: str  # new | unchanged | not_modified | challenge | error
    fetch_id: int | None  # None when this exact observation was recorded before (idempotent re-ingest)
    sha256: str | None
    new_document: bool
    warc: WarcLocation | None = None


@dataclass(frozen=True)
class LastFetch:
    """What conditional GET needs from the previous observation of a URL."""

    url: str
    fetched_at: dt.datetime
    status: int | None
    outcome: str
    etag: str | None
    last_modified: str | None
    sha256: str | None
    content_type: str | None = None  # as the server claimed it
