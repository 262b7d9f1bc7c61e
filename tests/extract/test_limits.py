"""Bounded work on hostile input: page caps, time budget, pixel bombs."""

from __future__ import annotations

import io
import struct
import zlib

import pypdfium2 as pdfium
import pytest

from crawler.errors import DocumentTooLargeError, ExtractionTimeoutError
from crawler.extract import extract


def _blank_pdf(pages: int) -> bytes:
    document = pdfium.PdfDocument.new()
    for _ in range(pages):
        document.new_page(595, 842)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_huge_page_tree_is_capped_with_a_warning():
    got = extract(_blank_pdf(260))
    assert got.pages == 200
    assert any("first 200 of 260 pages" in w for w in got.warnings)


def test_time_budget_is_enforced_between_pages(monkeypatch):
    monkeypatch.setenv("NIANBAO_EXTRACT_TIMEOUT", "0")
    with pytest.raises(ExtractionTimeoutError, match="NIANBAO_EXTRACT_TIMEOUT"):
        extract(_blank_pdf(3))


def test_pixel_bomb_image_is_refused_before_decoding():
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 60000, 60000, 8, 0, 0, 0, 0))  # 3.6 gigapixels, grey
    png = b"\x89PNG\r\n\x1a\n" + header + chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + chunk(b"IEND", b"")
    with pytest.raises(DocumentTooLargeError, match="3600000000 pixels"):
        extract(png)
    smaller = png.replace(header, chunk(b"IHDR", struct.pack(">IIBBBBB", 9000, 9000, 8, 0, 0, 0, 0)))
    with pytest.raises(DocumentTooLargeError, match="9000x9000 pixels"):  # under Pillow's guard, over ours
        extract(smaller)


def test_dense_hatching_is_not_taken_for_a_table():
    from crawler.extract.lattice import find_tables

    hatch_h = [(float(y), 0.0, 1000.0) for y in range(0, 2000, 4)]
    hatch_v = [(float(x), 0.0, 2000.0) for x in range(0, 1000, 4)]
    assert find_tables(hatch_h, hatch_v) == []
    grid_h = [(float(y), 0.0, 300.0) for y in range(0, 1200, 20)]
    grid_v = [(float(x), 0.0, 1200.0) for x in range(0, 320, 20)]
    [table] = find_tables(grid_h, grid_v)
    assert (table.n_rows, table.n_cols) == (59, 15)


def test_a_pdf_pdfium_refuses_gets_a_reason_not_pdfium_success():
    """Issue 15, item 9: pdfium's code 0 read "PDF is damaged or truncated (pdfium: … (PDFium: Success).)"."""
    from crawler.errors import CorruptDocumentError
    from replica.modes.hostile import billion_page_pdf

    for data in (billion_page_pdf(), b"%PDF-1.7\n1 0 obj garbage %%EOF"):
        with pytest.raises(CorruptDocumentError) as refused:
            extract(data)
        text = str(refused.value)
        assert "Success" not in text and "\n" not in text and text.startswith("PDF is damaged or truncated (pdfium")


def test_a_22_mb_text_is_refused_by_the_parser_within_its_budget(monkeypatch):
    """Issue 15, item 9: parsing had no limit (a 22 MB text: 69 s, 870 MB); now its size is checked up front."""
    from crawler.extract.limits import MB
    from crawler.parse import parse_document
    from tests.paths import GOLDEN

    report = sorted(GOLDEN.glob("*.txt"))[0].read_bytes()
    huge = (report * (22 * MB // len(report) + 1))[:22 * MB]
    with pytest.raises(DocumentTooLargeError, match=r"^text of \d+\.\d million characters, over the parser's limit "
                                                     r"of 1 million \(NIANBAO_MAX_TEXT_CHARS\)$"):
        parse_document(huge)
    monkeypatch.setenv("NIANBAO_EXTRACT_TIMEOUT", "0")  # the same time budget as extraction, checked between steps
    with pytest.raises(ExtractionTimeoutError, match=r"^parsing took longer than 0 s \(NIANBAO_EXTRACT_TIMEOUT\)$"):
        parse_document(report)
