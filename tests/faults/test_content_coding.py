"""crawler/contentcoding.py: every coding the crawler advertises decodes as a browser decodes it, stacked codings
included; a stream cut short or a bomb is an error, never a partial payload (issue 15, finding 1)."""

from __future__ import annotations

import gzip
import zlib

import brotli
import pytest
from backports import zstd

from crawler.contentcoding import DecodingError, codings, decode
from replica.build import build

ENCODERS = {
    "gzip": lambda b: gzip.compress(b, mtime=0),
    "deflate": zlib.compress,
    "br": brotli.compress,
    "zstd": zstd.compress,
}


@pytest.fixture(scope="module")
def page() -> bytes:
    """A report page of the replica (its report generator's HTML), not a hand-made string."""
    return next(r.body for r in build().routes if r.kind == "detail" and b"<table" in r.body and r.status == 200)


def test_header_values_name_the_codings_in_the_order_applied() -> None:
    assert codings(["gzip, br"]) == ["gzip", "br"]
    assert codings(["gzip", " GZIP ", "identity", ""]) == ["gzip", "gzip"]


@pytest.mark.parametrize("applied", [["gzip"], ["deflate"], ["br"], ["zstd"], ["gzip", "gzip"], ["br", "gzip"],
                                     ["x-gzip"], ["deflate", "zstd"]])
def test_every_advertised_coding_decodes_alone_or_stacked(page: bytes, applied: list[str]) -> None:
    body = page
    for name in applied:
        body = ENCODERS["gzip" if name == "x-gzip" else name](body)
    assert decode(body, applied, 200 << 20) == page


def test_raw_deflate_and_several_zstd_frames_decode(page: bytes) -> None:
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    assert decode(raw.compress(page) + raw.flush(), ["deflate"], 0) == page
    half = len(page) // 2
    assert decode(zstd.compress(page[:half]) + zstd.compress(page[half:]), ["zstd"], 0) == page


@pytest.mark.parametrize("name", sorted(ENCODERS))
def test_a_stream_cut_short_is_an_error_not_a_partial_page(page: bytes, name: str) -> None:
    stream = ENCODERS[name](page)
    with pytest.raises(DecodingError, match=f"^{name} body "):
        decode(stream[: len(stream) * 2 // 3], [name], 0)


@pytest.mark.parametrize("name", sorted(ENCODERS))
def test_a_bomb_stops_at_the_size_limit(name: str) -> None:
    bomb = ENCODERS[name](b"\0" * (64 << 20))  # 64 MB of zeros: a few KB to 64 KB on the wire
    with pytest.raises(DecodingError, match=rf"^{name} body decodes to more than 8 MB \(DOWNLOAD_MAXSIZE\)"):
        decode(bomb, [name], 8 << 20)


def test_a_stacked_bomb_stops_at_the_size_limit_too() -> None:
    bomb = gzip.compress(gzip.compress(b"\0" * (64 << 20)))
    with pytest.raises(DecodingError, match="decodes to more than 1 MB"):
        decode(bomb, ["gzip", "gzip"], 1 << 20)


def test_an_unknown_coding_leaves_the_body_as_received(page: bytes) -> None:
    assert decode(page, ["compress"], 0) == page
    assert decode(gzip.compress(page), ["gzip", "sdch"], 0) == gzip.compress(page)
