"""Content-Encoding undone as a browser undoes it, for every coding the crawler advertises (issue 15).

Scrapy's HttpCompressionMiddleware sends `Accept-Encoding: gzip, deflate, br, zstd` and decodes for the spider with
`brotli` and `backports.zstd` (both Scrapy requirements, pinned in requirements.txt); the archive needs the same
payload for the document it stores, and to know whether the stream was whole — Scrapy returns whatever part of a
cut-short zstd or brotli stream it could read.  So the archive decodes here, as Chromium does:

- codings are undone last-applied first, over every `Content-Encoding` header and comma-separated value
  (`gzip, gzip` is gzip applied twice); `identity` is no coding;
- `deflate` is the zlib format, or raw deflate as some servers send it; gzip and zstd data after the end of the
  stream is ignored (Chromium's GzipSourceStream; a zstd body may hold several frames);
- a coding the browser does not know leaves the body as received (Chromium passes it through);
- every stage's output is bounded by `max_size` (DOWNLOAD_MAXSIZE): a decompression bomb stops there.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

import brotli
from backports import zstd

_CHUNK = 1 << 16
_GZIP = 16 + zlib.MAX_WBITS
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"  # a zstd frame's first bytes


class DecodingError(ValueError):
    """The body does not decode whole under its Content-Encoding (one line, for the fetch row)."""


def codings(header_values: Iterable[str]) -> list[str]:
    """The codings named by Content-Encoding header values, in the order the server applied them."""
    names = (part.strip().lower() for value in header_values for part in value.split(","))
    return [name for name in names if name and name != "identity"]


def decode(body: bytes, applied: list[str], max_size: int) -> bytes:
    """The payload under `applied` codings (see `codings`); raises DecodingError.  A body with a coding this
    module does not know comes back as received."""
    if not body or any(name not in _DECODERS for name in applied):
        return body
    for name in reversed(applied):
        try:
            body = _DECODERS[name](body, max_size)
        except (zlib.error, brotli.error, zstd.ZstdError) as exc:
            raise DecodingError(f"{name} body does not decode: {exc}") from None
    return body


def _check(size: int, max_size: int, name: str) -> None:
    if max_size and size > max_size:
        raise DecodingError(f"{name} body decodes to more than {max_size / 2**20:.0f} MB (DOWNLOAD_MAXSIZE): "
                            "refused as a decompression bomb")


def _inflate(body: bytes, wbits: int, max_size: int, name: str) -> bytes:
    inflater = zlib.decompressobj(wbits)
    data = inflater.decompress(body, max_size + 1 if max_size else 0)
    _check(len(data), max_size, name)
    if not inflater.eof:
        raise DecodingError(f"{name} body ends before its compressed stream does: cut short")
    return data


def _gzip(body: bytes, max_size: int) -> bytes:
    return _inflate(body, _GZIP, max_size, "gzip")


def _deflate(body: bytes, max_size: int) -> bytes:
    try:
        return _inflate(body, zlib.MAX_WBITS, max_size, "deflate")
    except zlib.error:
        return _inflate(body, -zlib.MAX_WBITS, max_size, "deflate")  # raw deflate (RFC 1951), as IIS sends


def _brotli(body: bytes, max_size: int) -> bytes:
    decompressor = brotli.Decompressor()
    parts = [decompressor.process(body, output_buffer_limit=_CHUNK)]
    size = len(parts[0])
    while not decompressor.is_finished():
        _check(size, max_size, "br")
        part = decompressor.process(b"", output_buffer_limit=_CHUNK)
        if not part:
            raise DecodingError("br body ends before its compressed stream does: cut short")
        parts.append(part)
        size += len(part)
    _check(size, max_size, "br")
    return b"".join(parts)


def _zstd(body: bytes, max_size: int) -> bytes:
    parts: list[bytes] = []
    size = 0
    rest = body
    while rest:  # one or more frames (RFC 8878 §3.1)
        decompressor = zstd.ZstdDecompressor()
        part = decompressor.decompress(rest, max_length=_CHUNK)
        while True:
            parts.append(part)
            size += len(part)
            _check(size, max_size, "zstd")
            if decompressor.eof or decompressor.needs_input:
                break
            part = decompressor.decompress(b"", max_length=_CHUNK)
        if not decompressor.eof:
            raise DecodingError("zstd body ends before its compressed stream does: cut short")
        rest = decompressor.unused_data
        if rest and not rest.startswith(_ZSTD_MAGIC):
            break  # trailing bytes that are not another frame: ignored, as after a gzip stream
    return b"".join(parts)


_DECODERS = {"gzip": _gzip, "x-gzip": _gzip, "deflate": _deflate, "br": _brotli, "zstd": _zstd}
