"""Decoding web pages and text files: declared charsets first, a detector only as the last resort.

Order: byte-order mark, the HTTP Content-Type charset, the page's own <meta> (or XML) declaration, strict UTF-8, then
charset-normalizer (only on bodies long enough for it: it reads short GBK as cp949), then GB18030.  GB2312
and GBK are decoded as GB18030, their superset, because pages declared gb2312 routinely use GBK characters.
"""

from __future__ import annotations

import codecs
import re

from crawler.extract.mediatypes import prologue_end

_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
              "cp936": "gb18030", "ms936": "gb18030", "windows-936": "gb18030", "euc-cn": "gb18030",
              "big5": "big5hkscs", "iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "utf-8",
              "us-ascii": "utf-8", "utf8": "utf-8"}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_XML_ENCODING = re.compile(rb"(?:\xef\xbb\xbf)?<\?xml\b[^>]*?\bencoding\s*=\s*[\"']([\w.:-]+)", re.I)
DETECTOR_MIN_BYTES = 200


def normalise_charset(name: str | None) -> str | None:
    """A Python codec name for a declared charset, or None when it is unknown or absent."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _SUPERSETS.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    match = _HEADER_CHARSET.search(content_type or "")
    return normalise_charset(match.group(1)) if match else None


def meta_charset(data: bytes) -> str | None:
    """The page's own declaration: a <meta> charset in the first 8 KB after leading blank lines and comments, else
    an XML declaration's encoding (XHTML: `<?xml version="1.0" encoding="gb2312"?>`)."""
    start = prologue_end(data)
    match = _META_CHARSET.search(data, start, start + 8192) or _XML_ENCODING.match(data.lstrip()[:256])
    return normalise_charset(match.group(1).decode("ascii", "ignore")) if match else None


def decode(data: bytes, content_type: str | None = None, html: bool = True) -> tuple[str, str]:
    """(text, codec name) for a page or text file; undecodable bytes are replaced, never fatal."""
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            return data.decode(bom_codec, "replace"), bom_codec
    declared = [header_charset(content_type), meta_charset(data) if html else None]
    if declared[0] == "cp1252" and declared[1]:
        # ISO-8859-1 in a header is usually a server default (Tomcat) that the page's own <meta> corrects.
        declared.reverse()
    for codec in [*declared, "utf-8"]:
        if codec:
            try:
                return data.decode(codec), codec
            except (UnicodeDecodeError, LookupError):
                continue
    if len(data) >= DETECTOR_MIN_BYTES:
        from charset_normalizer import from_bytes  # 0.3 s to import; only pages that declare no known charset

        best = from_bytes(data[:200_000]).best()
        codec = normalise_charset(best.encoding) if best else None
        if codec:
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                pass
    return data.decode("gb18030", "replace"), "gb18030"
