"""DOCX: document order, merged cells from gridSpan/vMerge, and hostile packages refused before parsing."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from crawler.errors import CorruptDocumentError, DocumentTooLargeError
from crawler.extract import extract


def _docx_bytes(build) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_paragraphs_and_tables_in_document_order_with_merged_cells():
    def build(d):
        d.add_paragraph("三、收到和处理政府信息公开申请情况")
        table = d.add_table(rows=3, cols=4)
        table.cell(0, 0).merge(table.cell(1, 0)).text = "项目"  # rowspan 2
        table.cell(0, 1).merge(table.cell(0, 3)).text = "申请人情况"  # colspan 3
        for col, label in enumerate(["自然人", "商业企业", "总计"], start=1):
            table.cell(1, col).text = label
        for col, value in enumerate(["本年新收", "22", "0", "22"]):
            table.cell(2, col).text = value
        d.add_paragraph("四、政府信息公开行政复议、行政诉讼情况")

    got = extract(_docx_bytes(build))
    assert got.text.splitlines() == [
        "三、收到和处理政府信息公开申请情况",
        "",
        "项目\t申请人情况\t\t",
        "\t自然人\t商业企业\t总计",
        "本年新收\t22\t0\t22",
        "",
        "四、政府信息公开行政复议、行政诉讼情况",
    ]


def test_committed_report_keeps_core_title_and_rows(documents):
    got = extract((documents / "report.docx").read_bytes())
    assert got.title == "广州市海珠区人民政府办公室2021年政府信息公开工作年度报告"
    rows = [line.rstrip("\t") for line in got.text.splitlines()]  # rows are padded to the table's width
    assert "\t\t自然人\t法人或其他组织" in rows
    assert "一、本年新收政府信息公开申请数量\t\t22\t0\t0\t0\t0\t0\t22" in rows


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def test_zip_bomb_disguised_as_docx_is_refused_from_the_directory(monkeypatch):
    monkeypatch.setenv("NIANBAO_MAX_EXPANDED_BYTES", str(8 * 1024 * 1024))
    bomb = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (16 * 1024 * 1024)})
    assert len(bomb) < 100_000  # small on the wire ...
    with pytest.raises(DocumentTooLargeError, match="zip bomb"):
        extract(bomb)  # ... refused before anything is inflated


def test_xml_entity_expansion_is_refused():
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
              b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              b"<w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>")
    with pytest.raises(CorruptDocumentError, match="DOCTYPE"):
        extract(_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": laughs}))


def test_docx_without_its_parts_is_a_clear_error():
    with pytest.raises(CorruptDocumentError, match="DOCX cannot be read"):
        extract(_zip({"[Content_Types].xml": b"<Types/>", "word/styles.xml": b"<w:styles/>"}))
