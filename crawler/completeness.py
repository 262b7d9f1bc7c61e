"""Is a 2xx body whole?  Faults the transport cannot see (issue 8's fault suite found each of them):

- a body cut short when the server gave no Content-Length (the connection's close ends it) or a Content-Length
  shorter than the body: the client reads fewer bytes and reports success;
- a compressed stream (gzip, deflate, br, zstd: crawler/contentcoding.py) that does not decode, or stops before its
  end (Scrapy's decoders return what they could read);
- an empty 2xx body where a page or file should be (never a document, not even on the last attempt);
- a 200 answer that is an error page ("系统繁忙", "页面不存在") instead of the page.

Taken for the real thing, such a body becomes a damaged copy of a document and hides the real one.  The crawl
retries it (crawler/middlewares/damaged.py) and the recorder files it as an error, never as a document, unless it
is the last attempt: then what the site keeps sending is what it publishes, and is archived as received (an empty
body excepted: there is nothing to archive).  End markers are looked for in the tail, then, for a file with more
than 2 KB of trailing bytes, in the whole body.
"""

from __future__ import annotations

import json
import re
import struct
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.http import Response
from scrapy.settings import BaseSettings

from crawler import contentcoding

# The end markers each format must carry, looked for in the last bytes (trailing whitespace and junk allowed).
_PDF_END = b"%%EOF"
_ZIP_END = b"PK\x05\x06"  # end of central directory
_PDF_STRUCTURE = re.compile(rb"\d+\s+\d+\s+obj\b|\bxref\b|\bstartxref\b|\btrailer\b")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(rb"<html[\s>]|<body[\s>]", re.I)
_HTML_END = re.compile(rb"</html\s*>|</body\s*>", re.I)
# Error pages served with 200: small, and their title says so.
_ERROR_PAGE_BYTES = 8_000
_ERROR_TITLE = re.compile(r"<title>\s*(系统繁忙|页面不存在|页面未找到|访问出错|访问错误|出错了|错误提示|服务器错误|"
                          r"网站维护|404|500|502|503|not found|service unavailable|bad gateway|error)", re.I)


def decoded_body(response: Response, max_size: int) -> tuple[bytes, str | None]:
    """The payload after the response's Content-Encoding (crawler/contentcoding.py), and why it could not be decoded
    whole (None when it could).  An undecodable body comes back as received."""
    applied = contentcoding.codings(v.decode("latin-1") for v in response.headers.getlist(b"Content-Encoding"))
    try:
        return contentcoding.decode(response.body, applied, max_size), None
    except contentcoding.DecodingError as exc:
        return response.body, str(exc)


def empty(request: Request, status: int, body: bytes) -> str | None:
    """Why an empty 2xx answer is no page or file, or None: a server that sends nothing where a document should be
    is failing (an empty robots.txt, a 204/205 or a HEAD answer is whole)."""
    if body or not 200 <= status < 300 or status in (204, 205) or request.method == "HEAD" \
            or urlsplit(request.url).path == "/robots.txt":
        return None
    return f"empty body (0 bytes) with status {status}: no document"


def damage(status: int, content_type: str, body: bytes) -> str | None:
    """Why this decoded 2xx body is not a whole page or file, or None."""
    if not 200 <= status < 300 or not body:
        return None
    tail = body[-2048:]
    if body.startswith(b"%PDF-"):
        return None if _PDF_END in tail or _pdf_whole(body) else "PDF without its %%EOF end marker: cut short"
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
        if not _HTML_END.search(tail) and not _HTML_END.search(body):  # the tail first: the usual case is fast
            return "HTML page without its closing </body></html>: cut short"
        if len(body) < _ERROR_PAGE_BYTES and _ERROR_TITLE.search(head.decode("utf-8", errors="replace")):
            return "an error page answered with 200"
    return None


def _pdf_whole(body: bytes) -> bool:
    """A PDF with more than the tail's worth after its last %%EOF: whole if what follows is no PDF structure (junk a
    server appends), cut short if it is (an incremental update whose own %%EOF is missing)."""
    end = body.rfind(_PDF_END)
    return end >= 0 and not _PDF_STRUCTURE.search(body, end + len(_PDF_END))


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
