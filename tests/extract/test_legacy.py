"""DOC and WPS: LibreOffice keeps the tables; antiword and catdoc are the fallbacks; converters are bounded."""

from __future__ import annotations

import time

import pytest

from crawler.errors import CorruptDocumentError, ExtractionTimeoutError, UnsupportedFormatError
from crawler.extract import doc, extract
from crawler.extract import mediatypes as media
from crawler.extract.convert import run_tool
from crawler.extract.limits import Deadline, Limits

EXPECTED = ["海珠区某局2021年政府信息公开工作年度报告", "一、总体情况", "本年度依法做好政府信息公开工作。",
            "", "行政许可\t12", "行政处罚\t3"]


def test_wps_named_doc_is_read_through_libreoffice_with_its_table(documents, need_soffice):
    got = extract((documents / "doc_named.wps").read_bytes())
    assert got.media_type == media.DOC
    assert got.text.splitlines() == EXPECTED
    assert got.warnings == []


def test_antiword_then_catdoc_when_libreoffice_is_unavailable(documents, need_tool, monkeypatch):
    need_tool("antiword")
    need_tool("catdoc")
    data = (documents / "doc_named.wps").read_bytes()
    deadline = Deadline(30)
    assert "行政许可\t12" in doc._antiword(data, deadline).splitlines()
    assert "行政许可\t12" in doc._catdoc(data, deadline).splitlines()
    monkeypatch.setattr(doc, "soffice_path", lambda: None)
    _blocks, _title, warnings = doc.legacy_blocks(data, media.DOC, Limits.from_env(), deadline)
    assert "antiword" in warnings[0]
    got = extract(data)
    assert [line for line in got.text.splitlines() if "\t" in line] == ["行政许可\t12", "行政处罚\t3"]
    assert "一、总体情况" in got.text


def test_ole_container_without_a_word_stream_is_unsupported():
    fake = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000
    with pytest.raises(UnsupportedFormatError, match="unrecognised document format"):
        extract(fake)


def test_damaged_doc_is_a_clear_error(documents, need_soffice):
    data = (documents / "doc_named.wps").read_bytes()
    damaged = data[:512] + b"\xff" * (len(data) - 512)  # OLE header intact, every sector overwritten
    with pytest.raises((CorruptDocumentError, UnsupportedFormatError)):
        extract(damaged)


def test_converter_timeout_kills_it_within_the_limit():
    started = time.monotonic()
    with pytest.raises(ExtractionTimeoutError, match=r"took longer than 0\.5 s"):
        run_tool(["sh", "-c", "sleep 30 & sleep 30"], timeout=0.5)
    assert time.monotonic() - started < 5


def test_rtf_is_converted_with_its_table(need_soffice):
    rtf = (b"{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 SimSun;}}\\f0 \\u24180?\\u24230?\\u25253?\\u21578?\\par\n"
           b"\\trowd\\cellx2000\\cellx4000 \\u34892?\\u25919?\\u35768?\\u21487?\\cell 12\\cell\\row\n}")
    got = extract(rtf)
    assert got.media_type == media.RTF
    assert got.text == "年度报告\n\n行政许可\t12\n"
    assert got.title is None  # LibreOffice's placeholder title "Word Document" is not a title
