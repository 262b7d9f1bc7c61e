"""Regenerate the committed test documents in tests/fixtures/documents/ (needs LibreOffice and the golden texts).

    .venv/bin/python tests/make_test_documents.py

Every document is made here from ../shared/golden report texts: DOCX with python-docx, PDF and DOC with headless
LibreOffice, a scanned PDF by rasterising one PDF page, a PNG of a table, a GBK government page, and the bad
inputs (truncated PDF, encrypted PDF, an HTML error page named .pdf, a DOC named .wps).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from replica.docgen import (  # noqa: E402
    convert_all,
    rasterise_pdf,
    soffice,
    table_pages,
    text_blocks,
    text_to_docx,
)
from tests.paths import shared_dir  # noqa: E402

GOLDEN = shared_dir() / "golden"
OUT = ROOT / "tests" / "fixtures" / "documents"
SOURCE = "haizhu_zfb_2021"  # a 2021-template report whose tables have merged header cells


def gbk_page(text: str, title: str) -> bytes:
    """A government article page: navigation, breadcrumb, meta line, body with tables, footer; GBK-encoded.
    The applications header uses rowspan/colspan as the real pages do."""
    body: list[str] = []
    for block in text_blocks(text):
        if isinstance(block, str):
            body.append(f"<p>{block}</p>")
            continue
        rows = []
        for row in block:
            cells = "".join(f"<td>{cell.strip()}</td>" for cell in row)
            rows.append(f"<tr>{cells}</tr>")
        body.append("<table border='1'>" + "".join(rows) + "</table>")
    merged = ("<table border='1'><tr><td rowspan='2'>项目</td><td colspan='2'>申请人情况</td></tr>"
              "<tr><td>自然人</td><td>法人</td></tr><tr><td>本年新收</td><td>22</td><td>0</td></tr></table>")
    html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}_广州市海珠区人民政府门户网站</title>
<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="2022-01-28 16:30">
<meta name="ContentSource" content="广州市海珠区人民政府办公室"></head>
<body><div class="header"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a></div>
<div class="nav"><ul><li><a href="/a">机构概况</a></li><li><a href="/b">政策文件</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 年度报告</div>
<div class="article"><h1>{title}</h1>
<div class="info">发布日期：2022-01-28　来源：广州市海珠区人民政府办公室　发布机构：海珠区政府办</div>
<div class="content">{''.join(body)}{merged}<p><img src="/images/qr.png"></p></div></div>
<div class="footer">主办：广州市海珠区人民政府办公室　<a href="/sitemap">网站地图</a>　粤ICP备00000000号</div>
</body></html>"""
    return html.encode("gb18030")


def encrypt_pdf(docx: Path, outdir: Path) -> Path:
    """LibreOffice's PDF export with a document-open password (filter options as JSON, LibreOffice >= 7.4)."""
    options = json.dumps({"EncryptFile": {"type": "boolean", "value": "true"},
                          "DocumentOpenPassword": {"type": "string", "value": "secret"}})
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as tmp:
        subprocess.run([soffice() or "soffice", f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                        "--convert-to", f"pdf:writer_pdf_Export:{options}", "--outdir", tmp, str(docx)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        target = outdir / "encrypted.pdf"
        target.write_bytes((Path(tmp) / (docx.stem + ".pdf")).read_bytes())
    return target


SMALL_TEXT = """海珠区某局2021年政府信息公开工作年度报告
一、总体情况
本年度依法做好政府信息公开工作。
行政许可	12
行政处罚	3
"""


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    text = (GOLDEN / f"{SOURCE}.txt").read_text()
    title = "广州市海珠区人民政府办公室2021年政府信息公开工作年度报告"
    docx = text_to_docx(text, OUT / "report.docx", title=title)
    [pdf] = convert_all([docx], "pdf", OUT)
    with tempfile.TemporaryDirectory() as tmp:
        small = text_to_docx(SMALL_TEXT, Path(tmp) / "small.docx")
        [small_pdf] = convert_all([small], "pdf", Path(tmp))
        [small_doc] = convert_all([small], "doc", Path(tmp))
        (OUT / "doc_named.wps").write_bytes(small_doc.read_bytes())  # Kingsoft .wps files are DOC-compatible
        (OUT / "truncated.pdf").write_bytes(small_pdf.read_bytes()[: small_pdf.stat().st_size // 2])
        encrypt_pdf(small, OUT)
    pages = table_pages(pdf)
    rasterise_pdf(pdf, OUT / "scanned.pdf", dpi=150, pages=[pages[1]])  # the applications table, merged header
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    image = document[pages[0]].render(scale=150 / 72, grayscale=True).to_pil().convert("L")
    document.close()
    width, height = image.size
    image.crop((0, int(height * 0.35), width, int(height * 0.75))).save(OUT / "table.png", optimize=True)
    (OUT / "page_gbk.html").write_bytes(gbk_page(text, title))
    (OUT / "error_page.pdf").write_bytes(
        b"<!DOCTYPE html><html><head><title>404 Not Found</title></head>"
        b"<body><h1>404 Not Found</h1><p>The requested URL was not found on this server.</p></body></html>")
    for path in sorted(OUT.iterdir()):
        print(f"{path.stat().st_size:>8}  {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
