"""Serving archived bytes to a browser: documents from the blob store, records from the WARC files.

Only files inside the archive are ever served, and only by what the database says: a document by its SHA-256
(64 hex digits, checked by the route and again by the blob store), a WARC record by its fetch id (digits) whose row
names a file under `warcs/`; every resolved path must stay inside its directory, so neither `..` nor a symlink in
the data directory can make the server read anything else.

Archived pages are hostile content from the server's point of view: a government page with a script in it must not
run in the viewer's origin (where it could read every page of the archive through the viewer's session).  So:
- PDFs and images are served inline with their real type (the PDF viewer runs PDF scripts in its own sandbox, and
  Chromium will not show a PDF at all under `Content-Security-Policy: sandbox`);
- every other type (HTML, MHTML, Word, zip, text, unknown) is served with its real type as an *attachment* with
  `Content-Security-Policy: sandbox`: the browser saves it instead of rendering it, and even if rendered it would
  get a unique opaque origin with scripts disabled;
- `?as=text` shows an HTML or text document as `text/plain; charset=utf-8` (decoded with the crawler's own charset
  rules), also sandboxed: to read a page's source without leaving the browser;
- `?as=page` renders an archived HTML page as it was published, inside the report page's `<iframe sandbox>`: decoded
  with the crawler's charset rules and served as UTF-8 with `Content-Security-Policy: sandbox; default-src 'none';
  style-src 'unsafe-inline'; img-src data:` — no script runs, the page gets an opaque origin, and it loads nothing
  (no request leaves for the government site, none reaches this server's other pages);
- every response carries `X-Content-Type-Options: nosniff`, so no browser second-guesses the type.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from pathlib import Path

from crawler.extract import mediatypes
from crawler.extract.encoding import decode

INLINE_TYPES = frozenset({mediatypes.PDF, mediatypes.PNG, mediatypes.JPEG, mediatypes.GIF, mediatypes.BMP})
TEXT_VIEWABLE = frozenset({mediatypes.HTML, mediatypes.TEXT, mediatypes.MHTML})
SANDBOXED_PAGES = frozenset({mediatypes.HTML})
PAGE_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_EXTENSIONS = {mediatypes.PDF: ".pdf", mediatypes.HTML: ".html", mediatypes.TEXT: ".txt", mediatypes.DOC: ".doc",
               mediatypes.DOCX: ".docx", mediatypes.WPS: ".wps", mediatypes.RTF: ".rtf", mediatypes.MHTML: ".mht",
               mediatypes.ZIP: ".zip", mediatypes.OCTET: ".bin"}
IMMUTABLE_CACHE = "public, max-age=31536000, immutable"  # a blob's name is its hash: it can never change


class NotServable(Exception):
    """The file the database points to is missing or lies outside the archive (answered with 404)."""


@dataclass(frozen=True)
class Served:
    """What to send: a slice of a file (streamed) or a body built in memory, with its headers."""

    content_type: str
    headers: dict[str, str]
    path: Path | None = None
    offset: int = 0
    length: int = 0
    body: bytes | None = field(default=None, repr=False)


def inside(root: Path, path: Path) -> Path:
    """`path` resolved, if it lies inside `root` (after resolving symlinks in both); else NotServable."""
    resolved, base = path.resolve(), root.resolve()
    if not resolved.is_relative_to(base) or not resolved.is_file():
        raise NotServable(f"{path} is not a file inside {root}")
    return resolved


def file_name(sha256: str, media_type: str) -> str:
    extension = _EXTENSIONS.get(media_type) or mimetypes.guess_extension(media_type) or ".bin"
    return f"{sha256[:16]}{extension}"


def document(blob_path: Path, blobs_root: Path, sha256: str, media_type: str) -> Served:
    path = inside(blobs_root, blob_path)
    name = file_name(sha256, media_type)
    headers = {"X-Content-Type-Options": "nosniff", "Cache-Control": IMMUTABLE_CACHE}
    if media_type in INLINE_TYPES:
        headers["Content-Disposition"] = f'inline; filename="{name}"'
    else:
        headers["Content-Disposition"] = f'attachment; filename="{name}"'
        headers["Content-Security-Policy"] = "sandbox"
    return Served(media_type, headers, path=path, length=path.stat().st_size)


def document_as_text(blob_path: Path, blobs_root: Path, media_type: str, declared_type: str | None) -> Served:
    """An HTML or text document's text, for reading in the browser without rendering it."""
    path = inside(blobs_root, blob_path)
    text, _codec = decode(path.read_bytes(), declared_type, html=media_type != mediatypes.TEXT)
    return Served("text/plain; charset=utf-8", {"X-Content-Type-Options": "nosniff",
                                               "Content-Security-Policy": "sandbox",
                                               "Content-Disposition": "inline"},
                  body=text.encode("utf-8"))


def document_as_page(blob_path: Path, blobs_root: Path, declared_type: str | None) -> Served:
    """An archived HTML page, rendered but inert (see the module docstring)."""
    path = inside(blobs_root, blob_path)
    text, _codec = decode(path.read_bytes(), declared_type, html=True)
    headers = {"X-Content-Type-Options": "nosniff", "Content-Security-Policy": PAGE_POLICY,
               "Content-Disposition": "inline", "Referrer-Policy": "no-referrer"}
    return Served("text/html; charset=utf-8", headers, body=text.encode("utf-8"))


def warc_record(warcs_root: Path, warc_file: str, offset: int, length: int, fetch_id: int) -> Served:
    """The record's bytes exactly as stored: one gzip member, itself a valid `.warc.gz` file."""
    path = inside(warcs_root, warcs_root / warc_file)
    if offset < 0 or length <= 0 or offset + length > path.stat().st_size:
        raise NotServable(f"fetch {fetch_id}: record {offset}+{length} lies outside {warc_file}")
    headers = {"X-Content-Type-Options": "nosniff", "Content-Security-Policy": "sandbox",
               "Content-Disposition": f'attachment; filename="fetch-{fetch_id}.warc.gz"'}
    return Served("application/warc", headers, path=path, offset=offset, length=length)
