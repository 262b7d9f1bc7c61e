"""Media type from the bytes alone: a file name or a server's Content-Type is never trusted.

Government sites serve PDFs named `.doc`, HTML error pages named `.pdf` and Word files as
`application/octet-stream`, so every decision about how to read a document starts here.
"""

from __future__ import annotations

import codecs
import io
import re
import struct
import zipfile

HTML = "text/html"
TEXT = "text/plain"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOC = "application/msword"
# Kingsoft WPS Writer files are Word-97 compatible OLE2 containers (a "WordDocument" stream) and sniff as DOC;
# this type is for OLE2 files of the older Works/WPS family that carry a "CONTENTS" stream instead.
WPS = "application/vnd.ms-works"
RTF = "application/rtf"
MHTML = "multipart/related"  # Word's "single file web page" (.mht, often served as .doc)
ZIP = "application/zip"
PNG = "image/png"
JPEG = "image/jpeg"
GIF = "image/gif"
TIFF = "image/tiff"
BMP = "image/bmp"
OCTET = "application/octet-stream"

IMAGE_TYPES = frozenset({PNG, JPEG, GIF, TIFF, BMP})

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_HINT = re.compile(rb"<\s*(!doctype\s+html|html|head|body|meta|title|div|table|p|script)\b", re.I)
_MAGIC = (
    (b"%PDF-", PDF),
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"GIF87a", GIF),
    (b"GIF89a", GIF),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
    (b"{\\rtf", RTF),
)


def sniff(data: bytes) -> str:
    """Return the media type that the content of `data` shows (see module constants)."""
    head = data[:8]
    if not data:
        return OCTET
    for magic, media_type in _MAGIC:
        if data.startswith(magic):
            return media_type
    if data.startswith(b"BM") and len(data) > 14 and struct.unpack_from("<I", data, 2)[0] in (0, len(data)):
        return BMP
    # A PDF may carry junk (an HTTP header, a BOM) before "%PDF-"; readers accept it within the first KB.
    if b"%PDF-" in data[:1024]:
        return PDF
    if head == _OLE_MAGIC:
        return _sniff_ole(data)
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _sniff_zip(data)
    return _sniff_text(data)


def _sniff_zip(data: bytes) -> str:
    """DOCX when the package holds a WordprocessingML main part; any other zip stays a zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return ZIP
    if "[Content_Types].xml" in names and any(n.startswith("word/") for n in names):
        return DOCX
    return ZIP


def _sniff_ole(data: bytes) -> str:
    names = ole_stream_names(data)
    if "WordDocument" in names:
        return DOC
    if "CONTENTS" in names:
        return WPS
    return OCTET


def ole_stream_names(data: bytes, limit: int = 4096) -> set[str]:
    """Names of the entries in an OLE2 compound file's directory (just enough of [MS-CFB] to tell DOC from WPS)."""
    try:
        sector_shift = struct.unpack_from("<H", data, 30)[0]
        sector = 1 << sector_shift
        if sector not in (512, 4096):
            return set()
        dir_start = struct.unpack_from("<I", data, 48)[0]
        difat = struct.unpack_from("<109I", data, 76)
        fat: list[int] = []
        for fat_sector in difat:
            if fat_sector >= 0xFFFFFFFA:
                break
            offset = (fat_sector + 1) * sector
            fat.extend(struct.unpack_from(f"<{sector // 4}I", data, offset))
        names: set[str] = set()
        current, seen = dir_start, set()
        while current < 0xFFFFFFFA and current not in seen and len(names) < limit:
            seen.add(current)
            base = (current + 1) * sector
            for entry in range(sector // 128):
                raw = data[base + entry * 128: base + entry * 128 + 128]
                if len(raw) < 128:
                    return names
                length = struct.unpack_from("<H", raw, 64)[0]
                if 2 <= length <= 64:
                    names.add(raw[: length - 2].decode("utf-16-le", "replace"))
            current = fat[current] if current < len(fat) else 0xFFFFFFFE
        return names
    except struct.error:
        return set()


# What may stand before a page's first tag: blank lines, comments, an XML declaration (issue 15: a 5 KB comment or
# 4 KB of blank lines made a report page sniff as plain text).  Looked for within the first MB.
_PROLOGUE_ITEM = re.compile(rb"\s+|<!--.*?-->|<\?xml\b[^>]*\?>", re.S | re.I)
_PROLOGUE_MAX = 1 << 20


def prologue_end(data: bytes) -> int:
    """Where the content of a page or text starts: after a byte-order mark, whitespace, comments and an XML
    declaration (at most the first MB)."""
    position = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    head = data[:_PROLOGUE_MAX]
    while (item := _PROLOGUE_ITEM.match(head, position)) and item.end() > position:
        position = item.end()
    return position


def _sniff_text(data: bytes) -> str:
    sample = data[:4096]
    if re.match(rb"\s*(MIME-Version|Content-Type|From|Subject|Date|X-[\w-]+)\s*:", sample, re.I) and \
            re.search(rb"multipart/related", sample, re.I):
        return MHTML
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        sample = sample.decode("utf-16", "ignore").encode("utf-8", "ignore")
        stripped = sample.lstrip()
    else:
        start = prologue_end(data)
        stripped = data[start:start + 4096].lstrip(b"\x00")
        if stripped[:1] == b"<" and start:
            sample = stripped  # what follows the comments and blank lines decides
    if _HTML_HINT.match(stripped) or (_HTML_HINT.search(sample[:1024]) and b"</" in sample):
        return HTML
    if stripped.startswith(b"<?xml") and re.search(rb"<html\b", sample, re.I):
        return HTML
    if _looks_textual(sample):
        return TEXT
    return OCTET


def _looks_textual(sample: bytes) -> bool:
    """Text in some encoding (UTF-8, GB18030, ...) has no NULs and few C0 controls besides whitespace."""
    if b"\x00" in sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls <= len(sample) // 100
