"""Every golden text → DOCX → PDF and DOC (LibreOffice) parses to the same cells as the text itself."""

from __future__ import annotations

import pytest

from crawler.extract import Extracted, extract_file
from crawler.parse import parse_extracted, parse_text
from replica.docgen import document_rows, table_rows

FORMATS = ["docx", "pdf", "doc"]


def cells(parsed: dict) -> dict[tuple[str, str, str], object]:
    return {(t, r, c): v for t, rows in parsed["tables"].items() for r, cols in rows.items() for c, v in cols.items()}


@pytest.fixture(scope="module")
def extracted(golden_documents) -> dict[tuple[str, str], Extracted]:
    """Each document extracted once (a DOC costs a LibreOffice conversion)."""
    return {(name, fmt): extract_file(files[fmt]) for name, files in golden_documents.items() for fmt in FORMATS}


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_golden_round_trip_parses_to_the_same_cells(golden_texts, extracted, fmt):
    for name, text in golden_texts.items():
        expected = cells(parse_text(text))
        assert expected, f"{name}: the text itself parses to no cells"
        got = cells(parse_extracted(extracted[(name, fmt)]))  # what parse_file does after extracting
        wrong = {k: (v, got.get(k, "missing")) for k, v in expected.items() if got.get(k, "missing") != v}
        assert not wrong, f"{name}.{fmt}: {len(wrong)} of {len(expected)} cells differ, e.g. {list(wrong.items())[:3]}"


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_golden_round_trip_keeps_every_table_row(golden_texts, extracted, fmt):
    """Below the parser: the TAB rows themselves come back, in order (row cut by a page break rejoined)."""
    for name, text in golden_texts.items():
        assert table_rows(extracted[(name, fmt)].text) == document_rows(text), f"{name}.{fmt}"
