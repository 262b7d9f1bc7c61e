"""PDF with a text layer: the real published golden PDF, page caps and broken or hostile files."""

from __future__ import annotations

import pytest

from crawler.errors import CorruptDocumentError, EncryptedDocumentError, ExtractionError
from crawler.extract import extract, extract_file
from tests.conftest import GOLDEN


@pytest.fixture(scope="module")
def huaian():
    path = GOLDEN / "huaian_szf_2024.pdf"
    if not path.exists():
        pytest.skip("golden PDF not present")
    return extract_file(path)


def test_real_pdf_tables_keep_cells_merges_and_page_breaks(huaian):
    rows = huaian.text.splitlines()
    assert huaian.media_type == "application/pdf" and huaian.pages == 6 and not huaian.ocr
    assert "信息内容\t本年制发件数\t本年废止件数\t现行有效件数" in rows
    assert "行政许可\t447228\t\t" in rows
    assert "行政事业性收费\t96171.6" in rows
    # the vertically merged label 三、本年度办理结果 is written once (its letters are stacked in the PDF)
    assert "三、本年度办理结果\t（一）予以公开\t\t1288\t21\t0\t0\t50\t3\t1362" in rows
    assert "\t\t8.属于行政查询事项\t105\t0\t0\t0\t0\t0\t105" in rows
    # the applications table continues from page 4 to page 5: one table, no blank line at the break
    first = rows.index("\t（四）无\t1.本机关不掌握相关政府信息\t746\t12\t0\t0\t10\t1\t769")
    assert rows[first + 1] == "\t法提供\t2.没有现成信息需要另行制作\t11\t0\t0\t0\t0\t0\t11"
    # the review table: 15 numbers on one row
    assert "72\t64\t178\t37\t351\t13\t4\t8\t1\t26\t12\t1\t1\t6\t20" in rows
    # wrapped paragraph lines are joined again
    assert any(line.startswith("2024年，我市坚持以习近平新时代") and line.endswith("圆满完成了各项任务。")
               for line in rows)


def test_page_cap_is_a_warning_not_a_failure():
    data = (GOLDEN / "huaian_szf_2024.pdf").read_bytes()
    got = extract(data, max_pages=2)
    assert got.pages == 2
    assert any("first 2 of 6 pages" in w for w in got.warnings)
    assert "行政许可" not in got.text


def test_encrypted_truncated_and_empty_pdfs_are_typed_errors(documents):
    with pytest.raises(EncryptedDocumentError, match="encrypted"):
        extract((documents / "encrypted.pdf").read_bytes())
    with pytest.raises(CorruptDocumentError, match="damaged or truncated"):
        extract((documents / "truncated.pdf").read_bytes())
    with pytest.raises(CorruptDocumentError, match="0 bytes"):
        extract(b"")
    with pytest.raises(CorruptDocumentError):
        extract(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%%EOF")


def test_html_error_page_named_pdf_is_read_as_html(documents):
    got = extract_file(documents / "error_page.pdf")
    assert got.media_type == "text/html"
    assert got.title == "404 Not Found"
    assert "not found" in got.text


def test_huge_file_is_refused_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "huge.pdf"
    with big.open("wb") as handle:  # a sparse 200 MB file: no disk or memory is used
        handle.write(b"%PDF-1.7\n")
        handle.truncate(200 * 1024 * 1024)
    with pytest.raises(ExtractionError, match=r"200\.0 MB, over the 100 MB limit"):
        extract_file(big)
    monkeypatch.setenv("NIANBAO_MAX_DOCUMENT_BYTES", "1000")
    with pytest.raises(ExtractionError, match="NIANBAO_MAX_DOCUMENT_BYTES"):
        extract(b"%PDF-1.7\n" + b" " * 2000)


def _turned_and_wrapped(data: bytes) -> bytes:
    """Each page drawn as a form XObject, turned a quarter, on a landscape-stored page with /Rotate 90:
    it displays exactly like the original, but nothing in user space reads left to right any more."""
    import io

    import pypdfium2 as pdfium

    source, out = pdfium.PdfDocument(data), pdfium.PdfDocument.new()
    for index in range(len(source)):
        width, height = source[index].get_size()
        form = source.page_as_xobject(index, out).as_pageobject()
        form.transform(pdfium.PdfMatrix().rotate(90, ccw=True).translate(height, 0))
        page = out.new_page(height, width)
        page.insert_obj(form)
        page.gen_content()
        page.set_rotation(90)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def test_rotated_pages_and_form_xobjects_read_as_displayed(documents):
    data = (documents / "report.pdf").read_bytes()
    assert extract(_turned_and_wrapped(data)).text == extract(data).text


def test_text_layer_without_unicode_mapping_is_sent_to_ocr():
    from crawler.extract.layout import Glyph
    from crawler.extract.pdf import unreadable_text

    def glyphs(text: str) -> list[Glyph]:
        return [Glyph(i * 10.0, 0.0, i * 10.0 + 9, 10.0, ch, 10.0) for i, ch in enumerate(text)]

    assert unreadable_text(glyphs("\ue001\ue002\ue003" * 10 + "2024年"))
    assert not unreadable_text(glyphs("2024年政府信息公开工作年度报告，本机关依法公开政府信息。"))
    assert not unreadable_text(glyphs("\ue001" * 5))  # too little text to judge: the image rule decides
