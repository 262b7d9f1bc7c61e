"""Making real test documents: report text → DOCX (python-docx) → PDF/DOC (LibreOffice) → scanned PDF (raster).

Used by tests/make_test_documents.py (committed fixtures) and by the round-trip tests (generated at test time).
The text layout follows the extraction contract: consecutive lines containing TABs form one Word table
(bordered, so PDF readers see the rulings), every other non-blank line is a paragraph.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

import docx
import pypdfium2 as pdfium
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from crawler.extract.lattice import find_tables
from crawler.extract.pdf import PageView, page_rulings

FONT = "Noto Sans CJK SC"


def text_blocks(text: str) -> list[str | list[list[str]]]:
    """Paragraph strings and tables (lists of rows) in order; a blank line ends a table."""
    blocks: list[str | list[list[str]]] = []
    previous_blank = True
    for line in text.splitlines():
        if "\t" in line:  # even "\t " is a row: of blank cells
            row = line.split("\t")
            if blocks and isinstance(blocks[-1], list) and not previous_blank:
                blocks[-1].append(row)
            else:
                blocks.append([row])
        elif line.strip() and blocks and isinstance(blocks[-1], list) and not previous_blank:
            # A line straight after table rows (no blank line) is a row of one cell in the damaged
            # one-cell-per-line layouts; as a paragraph it would gain the blank line that ends a table.
            blocks[-1].append([line])
        elif line.strip():
            blocks.append(line.strip())
        previous_blank = not line.strip(" ")
    return blocks


def text_to_docx(text: str, path: Path, title: str | None = None) -> Path:
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    if title:
        document.core_properties.title = title
    for block in text_blocks(text):
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        width = max(len(row) for row in block)
        table = document.add_table(rows=len(block), cols=width)
        table.style = "Table Grid"
        for r, row in enumerate(block):
            for c in range(width):
                table.cell(r, c).text = row[c].strip() if c < len(row) else ""
        document.add_paragraph()
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_all(sources: Iterable[Path], target: str, outdir: Path, timeout: float = 600) -> list[Path]:
    """Convert many files in ONE LibreOffice run (start-up dominates: ~1 s a file after the first)."""
    sources = list(sources)
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="nianbao-lo-test.") as profile:
        subprocess.run([soffice() or "soffice", f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
                        "--norestore", "--convert-to", target, "--outdir", str(outdir), *map(str, sources)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)
    suffix = "." + target.split(":")[0]
    produced = [outdir / (s.stem + suffix) for s in sources]
    missing = [p.name for p in produced if not p.exists()]
    if missing:
        raise RuntimeError(f"LibreOffice did not produce {missing}")
    return produced


def rasterise_pdf(pdf: Path, out: Path, dpi: int = 150, pages: Iterable[int] | None = None) -> Path:
    """A 'scanned' PDF: each page rendered to a greyscale image, no text layer left."""
    document = pdfium.PdfDocument(str(pdf))
    indices = list(pages) if pages is not None else list(range(len(document)))
    images = [document[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in indices]
    document.close()
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", save_all=True, append_images=images[1:], resolution=dpi)
    out.write_bytes(buffer.getvalue())
    return out


def _squeezed(cells: list[str]) -> list[str]:
    cells = ["".join(c.split()) for c in cells]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def table_rows(text: str) -> list[list[str]]:
    """Every TAB row of a text, trailing empty cells dropped and cell text squeezed: for comparing layouts."""
    return [_squeezed(line.split("\t")) for line in text.splitlines() if "\t" in line]


def document_rows(text: str) -> list[list[str]]:
    """The table rows that text_to_docx writes for a text, in the same squeezed form as table_rows."""
    return [_squeezed(row) for block in text_blocks(text) if isinstance(block, list) for row in block]


def table_pages(pdf: Path) -> list[int]:
    """Indices of the pages of a PDF that carry ruled tables (to OCR only those)."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        found = []
        for i in range(len(document)):
            page = document[i]
            if find_tables(*page_rulings(page, PageView.of(page))):
                found.append(i)
        return found
    finally:
        document.close()


def compact_docx(docx_path: Path) -> None:
    """Narrow margins, small type, wide label columns: the scanned copy's tables fit on two A4 pages."""
    document = docx.Document(str(docx_path))
    for section in document.sections:
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(1.2))
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(8)
    usable = 21.0 - 2 * 1.2
    for table in document.tables:
        columns = len(table.columns)
        # each column as wide as its longest text needs (capped): labels stay on one or two lines, numbers narrow
        needs = [3.0] * columns
        for row in table.rows:
            for j, cell in enumerate(row.cells[:columns]):
                needs[j] = max(needs[j], min(len(cell.text.strip()), 22) + 2.0)
        widths = [usable * need / sum(needs) for need in needs]
        table.autofit = False
        for width, column in zip(widths, table.columns, strict=False):
            column.width = Cm(width)  # the grid LibreOffice lays out by
        for row in table.rows:
            for width, cell in zip(widths, row.cells, strict=False):
                cell.width = Cm(width)
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.space_after = Pt(0)
                    paragraph.paragraph_format.line_spacing = 1.0
                    for run in paragraph.runs:
                        run.font.size = Pt(7.5)
    document.save(str(docx_path))


def page_jpeg(pdf: Path, page_index: int, dpi: int = 110) -> bytes:
    """A photo-like JPEG of one PDF page: what a site shows when it pastes a table as an image."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        index = min(page_index, len(document) - 1)
        image = document[index].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        document.close()
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()
