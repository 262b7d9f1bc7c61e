"""Media types come from the bytes, whatever the file is called."""

from __future__ import annotations

import io
import zipfile

import pytest

from crawler.extract import mediatypes as media
from crawler.extract import sniff


@pytest.mark.parametrize(("name", "expected"), [
    ("report.pdf", media.PDF),
    ("report.docx", media.DOCX),
    ("doc_named.wps", media.DOC),
    ("page_gbk.html", media.HTML),
    ("error_page.pdf", media.HTML),
    ("table.png", media.PNG),
    ("scanned.pdf", media.PDF),
])
def test_committed_documents_sniff_by_content(documents, name, expected):
    assert sniff((documents / name).read_bytes()) == expected


def test_other_signatures():
    assert sniff(b"") == media.OCTET
    assert sniff(b"\xff\xd8\xff\xe0" + b"\0" * 20) == media.JPEG
    assert sniff(b"{\\rtf1\\ansi hello}") == media.RTF
    assert sniff("2024年政府信息公开工作年度报告\n行政许可\t12\n".encode("gb18030")) == media.TEXT
    assert sniff(b"\x00\x01\x02\x03binary\x00") == media.OCTET
    assert sniff(b"garbage before the header %PDF-1.7\n") == media.PDF


def test_zip_is_docx_only_with_a_word_part():
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("data.csv", "a,b\n")
    assert sniff(plain.getvalue()) == media.ZIP
    word = io.BytesIO()
    with zipfile.ZipFile(word, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    assert sniff(word.getvalue()) == media.DOCX
