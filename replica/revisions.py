"""Different bytes for the same document, as a site produces when it re-saves a file in place.

Used for URLs without a prepared revision (the build prepares real content changes for one report).  Each format
stays valid for its readers: HTML gets a comment, a PDF an incremental update with a new /ModDate (or a trailing
comment when its trailer cannot be found), a DOCX a new `dcterms:modified`, an OLE2 file (DOC/WPS) one more free
sector, anything else a trailing newline.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def revise_bytes(body: bytes, content_type: str | None, number: int) -> bytes:
    stamp = dt.datetime(2026, 1, 1, tzinfo=dt.UTC) + dt.timedelta(hours=number)
    if body.startswith(b"%PDF"):
        return _pdf(body, stamp)
    if body.startswith(b"PK\x03\x04"):
        return _docx(body, stamp)
    if body.startswith(_OLE_MAGIC):
        return body + b"\x00" * 512
    if (content_type or "").startswith("text/html") or b"</html>" in body[-200:].lower():
        marker = f"<!-- revised {number} -->".encode()
        index = body.lower().rfind(b"</html>")
        return body[:index] + marker + body[index:] if index >= 0 else body + marker
    return body + b"\n"


def _pdf(body: bytes, stamp: dt.datetime) -> bytes:
    """Append an incremental update: a new Info dictionary and an xref section chained with /Prev."""
    trailers = list(re.finditer(rb"trailer\s*<<(.*?)>>\s*startxref\s*(\d+)", body, re.S))
    if not trailers:
        return body + f"\n% revised {stamp:%Y%m%d%H%M%S}\n".encode()
    trailer, prev = trailers[-1].group(1), int(trailers[-1].group(2))
    size = re.search(rb"/Size\s+(\d+)", trailer)
    root = re.search(rb"/Root\s+(\d+\s+\d+\s+R)", trailer)
    if not size or not root:
        return body + f"\n% revised {stamp:%Y%m%d%H%M%S}\n".encode()
    number = int(size.group(1))
    base = body if body.endswith(b"\n") else body + b"\n"
    offset = len(base)
    obj = f"{number} 0 obj\n<</Producer(nianbao replica)/ModDate(D:{stamp:%Y%m%d%H%M%S}Z)>>\nendobj\n".encode()
    xref_at = offset + len(obj)
    xref = f"xref\n{number} 1\n{offset:010d} 00000 n \n".encode()
    tail = (f"trailer\n<</Size {number + 1}/Root {root.group(1).decode()}/Info {number} 0 R/Prev {prev}>>\n"
            f"startxref\n{xref_at}\n%%EOF\n").encode()
    return base + obj + xref + tail


def _docx(body: bytes, stamp: dt.datetime) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(body))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>" + f"{stamp:%Y-%m-%dT%H:%M:%SZ}".encode() + rb"\g<2>", data)
                if b"dcterms:modified" not in data:
                    data += f"<!-- {stamp:%Y%m%d%H%M%S} -->".encode()
            target.writestr(info, data)
    return out.getvalue()
