"""Is a 2xx body whole?  Faults the transport cannot see (issue 8's fault suite found each of them):

- a body cut short when the server gave no Content-Length (the connection's close ends it) or a Content-Length
  shorter than the body: the client reads fewer bytes and reports success;
- a gzip stream that does not decode, or stops before its end (Scrapy's gunzip returns what it could read);
- a 200 answer that is an error page ("系统繁忙", "页面不存在") instead of the page.

Taken for the real thing, such a body becomes a damaged copy of a document and hides the real one.  The crawl
retries it (crawler/middlewares/damaged.py) and the recorder files it as an error, never as a document, unless it
is the last attempt: then what the site keeps sending is what it publishes, and is archived as received.
"""

from __future__ import annotations

import json
import re
import struct
import zlib

from scrapy import Request
from scrapy.settings import BaseSettings

# The end markers each format must carry, looked for in the last bytes (trailing whitespace and junk allowed).
_PDF_END = b"%%EOF"
_ZIP_END = b"PK\x05\x06"  # end of central directory
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(rb"<html[\s>]|<body[\s>]", re.I)
_HTML_END = re.compile(rb"</html\s*>|</body\s*>", re.I)
# Error pages served with 200: small, and their title says so.
_ERROR_PAGE_BYTES = 8_000
_ERROR_TITLE = re.compile(r"<title>\s*(系统繁忙|页面不存在|页面未找到|访问出错|访问错误|出错了|错误提示|服务器错误|"
                          r"网站维护|404|500|502|503|not found|service unavailable|bad gateway|error)", re.I)


def decode(body: bytes, encoding: str, max_size: int) -> tuple[bytes, str | None]:
    """The payload after Content-Encoding, and why it could not be decoded whole (None when it could).

    Undecodable bodies come back as received.  Decompression is bounded by `max_size` (DOWNLOAD_MAXSIZE), so a
    gzip bomb cannot exhaust memory here."""
    wbits = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}.get(encoding)
    if wbits is None or not body:
        return body, None
    try:
        try:
            return _inflate(body, wbits, max_size), None
        except zlib.error:
            if encoding != "deflate":
                raise
            return _inflate(body, -zlib.MAX_WBITS, max_size), None  # raw deflate, as some servers send
    except (zlib.error, ValueError) as exc:
        return body, f"{encoding} body does not decode: {exc}"


def _inflate(body: bytes, wbits: int, max_size: int) -> bytes:
    inflater = zlib.decompressobj(wbits)
    data = inflater.decompress(body, max_size + 1 if max_size else 0)
    if max_size and len(data) > max_size:
        raise ValueError(f"decoded body larger than DOWNLOAD_MAXSIZE ({max_size} bytes)")
    if not inflater.eof:
        raise ValueError("the compressed stream ends before its end")
    return data


def damage(status: int, content_type: str, body: bytes) -> str | None:
    """Why this decoded 2xx body is not a whole page or file, or None."""
    if not 200 <= status < 300 or not body:
        return None
    tail = body[-2048:]
    if body.startswith(b"%PDF-"):
        return None if _PDF_END in tail else "PDF without its %%EOF end marker: cut short"
    if body.startswith(b"PK\x03\x04"):
        return None if _ZIP_END in body[-65_600:] else "ZIP (DOCX) without its central directory: cut short"
    if body.startswith(_OLE_MAGIC):
        return _ole_damage(body)
    if "json" in content_type.lower():
        try:
            json.loads(body)
        except ValueError:
            return "JSON that does not parse: cut short or damaged"
        return None
    head = body[:4096]
    if _HTML_START.search(head):
        if not _HTML_END.search(tail):
            return "HTML page without its closing </body></html>: cut short"
        if len(body) < _ERROR_PAGE_BYTES and _ERROR_TITLE.search(head.decode("utf-8", errors="replace")):
            return "an error page answered with 200"
    return None


def _ole_damage(body: bytes) -> str | None:
    """An OLE2 (DOC, WPS) file must hold every sector its allocation table (FAT) uses."""
    try:
        sector = 1 << struct.unpack_from("<H", body, 0x1E)[0]
        fat_sectors = struct.unpack_from("<I", body, 0x2C)[0]
        listed = struct.unpack_from("<109I", body, 0x4C)[:min(fat_sectors, 109)]
        per_sector = sector // 4
        highest = -1
        for position, fat in enumerate(listed):
            offset = (fat + 1) * sector
            if offset + sector > len(body):
                return "OLE2 (DOC/WPS) file shorter than its allocation table: cut short"
            entries = struct.unpack_from(f"<{per_sector}I", body, offset)
            used = [i for i, entry in enumerate(entries) if entry != 0xFFFFFFFF]
            if used:
                highest = position * per_sector + used[-1]
    except struct.error:
        return "OLE2 (DOC/WPS) header cut short"
    if (highest + 2) * sector > len(body):
        return "OLE2 (DOC/WPS) file shorter than the sectors it allocates: cut short"
    return None


def retries_left(request: Request, settings: BaseSettings) -> bool:
    """Will RetryMiddleware's budget let this request be sent again?"""
    if request.meta.get("dont_retry"):
        return False
    limit = request.meta.get("max_retry_times", settings.getint("RETRY_TIMES"))
    return request.meta.get("retry_times", 0) < limit
