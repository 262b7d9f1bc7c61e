"""crawler/completeness.py: a whole body passes, one cut short or an error page does not (replica documents are
real PDF, DOC and DOCX files made by LibreOffice and python-docx)."""

from __future__ import annotations

import gzip

import pytest
from scrapy import Request
from scrapy.settings import Settings

from crawler import completeness
from replica.build import build


@pytest.fixture(scope="module")
def routes() -> list:
    return list(build().routes)


def test_every_page_and_file_of_the_replica_is_whole(routes: list) -> None:
    assert [r.url for r in routes if completeness.damage(r.status, r.content_type or "", r.body)] == []


@pytest.mark.parametrize("magic", [b"%PDF-", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"<!DOCTYPE", b"{"])
def test_a_body_cut_short_is_damaged(routes: list, magic: bytes) -> None:
    samples = [r for r in routes if r.body.startswith(magic) and r.status == 200]
    assert samples
    for resource in samples[:5]:
        for keep in (0.5, 0.9):
            cut = resource.body[: int(len(resource.body) * keep)]
            assert completeness.damage(200, resource.content_type or "", cut), (resource.url, keep)


def test_an_error_page_answered_with_200_is_damaged() -> None:
    page = "<html><head><title>系统繁忙</title></head><body>请稍后再试</body></html>".encode()
    assert completeness.damage(200, "text/html", page) == "an error page answered with 200"
    assert completeness.damage(404, "text/html", page) is None  # a real error status is not a damaged body


def test_gzip_stream_cut_short_or_garbled_does_not_decode() -> None:
    body = ("<html><body>" + "年度报告" * 5000 + "</body></html>").encode()
    stream = gzip.compress(body)
    assert completeness.decode(stream, "gzip", 0) == (body, None)
    for broken in (stream[: len(stream) // 2], stream[:-20] + b"\x00" * 20, body):
        decoded, problem = completeness.decode(broken, "gzip", 0)
        assert problem and decoded == broken
    assert "DOWNLOAD_MAXSIZE" in completeness.decode(stream, "gzip", 1000)[1]


def test_retry_budget_follows_retry_middleware() -> None:
    settings = Settings({"RETRY_TIMES": 2})
    assert completeness.retries_left(Request("https://a.gov.cn/"), settings)
    assert not completeness.retries_left(Request("https://a.gov.cn/", meta={"retry_times": 2}), settings)
    assert not completeness.retries_left(Request("https://a.gov.cn/", meta={"dont_retry": True}), settings)
