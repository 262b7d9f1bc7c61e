"""crawler/completeness.py: a whole body passes, one cut short or an error page does not (replica documents are
real PDF, DOC and DOCX files made by LibreOffice and python-docx)."""

from __future__ import annotations

import gzip

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.settings import Settings

from crawler import completeness
from replica.build import build
from replica.revisions import revise_bytes


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


def _response(body: bytes, *encodings: str, url: str = "https://a.gov.cn/1.html") -> HtmlResponse:
    return HtmlResponse(url, headers={"Content-Encoding": list(encodings)} if encodings else {}, body=body)


def test_gzip_stream_cut_short_or_garbled_does_not_decode() -> None:
    body = ("<html><body>" + "年度报告" * 5000 + "</body></html>").encode()
    stream = gzip.compress(body)
    assert completeness.decoded_body(_response(stream, "gzip"), 0) == (body, None)
    for broken in (stream[: len(stream) // 2], stream[:-20] + b"\x00" * 20, body):
        decoded, problem = completeness.decoded_body(_response(broken, "gzip"), 0)
        assert problem and decoded == broken
    assert "DOWNLOAD_MAXSIZE" in (completeness.decoded_body(_response(stream, "gzip"), 1000)[1] or "")


def test_an_empty_2xx_is_no_document_unless_nothing_was_asked_for() -> None:
    """Issue 15, finding 2: an empty 200 was archived as the document (sha256 e3b0c442…)."""
    request = Request("https://a.gov.cn/P020210129.pdf")
    assert completeness.empty(request, 200, b"") == "empty body (0 bytes) with status 200: no document"
    assert completeness.empty(request, 200, b"%PDF-1.7") is None
    assert completeness.empty(request, 204, b"") is None
    assert completeness.empty(request, 304, b"") is None
    assert completeness.empty(Request("https://a.gov.cn/robots.txt"), 200, b"") is None
    assert completeness.empty(Request(request.url, method="HEAD"), 200, b"") is None


def test_more_than_2_kb_after_the_end_marker_is_whole_but_a_cut_update_is_not(routes: list) -> None:
    """Issue 15, item 9: a page or PDF with > 2 KB after </html> / %%EOF was taken as cut short (fetched 4 times)."""
    page = next(r for r in routes if r.body.lstrip().startswith(b"<!DOCTYPE") and r.status == 200)
    pdf = next(r for r in routes if r.body.startswith(b"%PDF-") and r.status == 200)
    junk = b"\n<!-- counter -->" + b" " * 4096 + b"<script>var a=1;</script>\n"
    assert completeness.damage(200, "text/html", page.body + junk) is None
    assert completeness.damage(200, "application/pdf", pdf.body + junk) is None
    update = revise_bytes(pdf.body, "application/pdf", 1)  # an incremental update: its own xref and %%EOF
    assert update.count(b"%%EOF") >= 2
    cut = update[: update.rindex(b"%%EOF") - 40]
    problem = completeness.damage(200, "application/pdf", cut + b" " * 3000)
    assert problem == "PDF without its %%EOF end marker: cut short"


def test_retry_budget_follows_retry_middleware() -> None:
    settings = Settings({"RETRY_TIMES": 2})
    assert completeness.retries_left(Request("https://a.gov.cn/"), settings)
    assert not completeness.retries_left(Request("https://a.gov.cn/", meta={"retry_times": 2}), settings)
    assert not completeness.retries_left(Request("https://a.gov.cn/", meta={"dont_retry": True}), settings)
