"""OCR of a scanned page and of a table image: table rows rebuilt from box geometry and the image's rulings.

OCR costs ~2 s a page, so the suite reads two images only; bench/extract_bench.py scores whole scanned reports.
"""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher

import pytest

from crawler.extract import extract, extract_file
from replica.docgen import table_rows


def _flat(rows: list[list[str]]) -> list[str]:
    # compared as the parser matches them: NFKC folds the full-width （） that OCR reads as ASCII ()
    return [unicodedata.normalize("NFKC", cell).replace(" ", "") for row in rows for cell in [*row, "\n"]]


def cell_accuracy(got: list[list[str]], reference: list[list[str]]) -> float:
    """Share of the OCR'd cells that match the text layer's cells, in order."""
    ours, theirs = _flat(got), _flat(reference)
    matched = sum(block.size for block in SequenceMatcher(None, ours, theirs, autojunk=False).get_matching_blocks())
    return matched / max(1, len(ours))


@pytest.fixture(scope="module")
def text_layer_rows(documents):
    return table_rows(extract_file(documents / "report.pdf").text)


@pytest.mark.slow
def test_scanned_pdf_page_is_read_by_ocr_with_table_rows(documents, text_layer_rows):
    got = extract_file(documents / "scanned.pdf")
    assert got.ocr and got.media_type == "application/pdf"
    assert any("read by OCR" in w for w in got.warnings)
    rows = table_rows(got.text)
    assert len(rows) >= 8
    # the page opens with the second half of a row cut by the page break (rejoined in the full document)
    assert rows[0] == ["项之和，等于第三项加第四项之和)"]
    assert cell_accuracy(rows[1:], text_layer_rows) >= 0.98
    # the merged header: 法人或其他组织 spans five columns, written once
    assert ["", "", "自然人", "法人或其他组织"] in rows


@pytest.fixture(scope="module")
def png_table(documents):
    return extract((documents / "table.png").read_bytes())


@pytest.mark.slow
def test_png_table_image_is_read_by_ocr(png_table, text_layer_rows):
    got = png_table
    assert got.ocr and got.media_type == "image/png"
    rows = table_rows(got.text)
    assert ["规章", "0", "0", "0"] in rows
    assert cell_accuracy(rows, text_layer_rows) >= 0.98


@pytest.mark.slow
def test_tilted_scan_is_straightened_before_reading_the_rulings(documents, png_table):
    import cv2
    import numpy as np

    image = cv2.imdecode(np.frombuffer((documents / "table.png").read_bytes(), np.uint8), cv2.IMREAD_COLOR)
    height, width = image.shape[:2]
    turn = cv2.getRotationMatrix2D((width / 2, height / 2), 1.5, 1.0)
    tilted = cv2.warpAffine(image, turn, (width, height), borderValue=(255, 255, 255))
    ok, png = cv2.imencode(".png", tilted)
    assert ok
    assert extract(png.tobytes()).text == png_table.text
