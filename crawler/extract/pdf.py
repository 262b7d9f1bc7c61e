"""PDF → blocks with pypdfium2: glyph positions and vector rulings rebuild tables; image-only pages go to OCR.

pdfium (C) reads the text layer in about a millisecond a page, an order of magnitude faster than pdfminer, and
gives the right code points where pdfminer returns Kangxi radicals.  Tables are rebuilt from the ruling lines
(crawler.extract.lattice) rather than from text alignment, so empty and merged cells keep their positions.
A table running over a page break is joined into one table.
"""

from __future__ import annotations

import ctypes
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from crawler.errors import CorruptDocumentError, EncryptedDocumentError
from crawler.extract.lattice import HEdge, VEdge, find_tables
from crawler.extract.layout import Glyph, Margins, page_blocks
from crawler.extract.limits import Deadline, Limits
from crawler.extract.text import Block, Table, useful_title

# A page with fewer visible characters than this, but with an image on it, is a scan: OCR it.
MIN_TEXT_CHARS = 20
MAX_CHARS_PER_PAGE = 200_000  # a dense A4 page has ~3,000; beyond this a page is hostile, not a report
_NUMBER = re.compile(r"^[-+]?\d[\d,.]*%?$")
_AXIS_TOLERANCE = 1.0  # a segment this close to horizontal/vertical counts as a ruling


@dataclass
class PdfResult:
    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    pages: int = 0
    ocr_pages: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


OcrPage = Callable[[pdfium.PdfPage], list[Block]]


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    """Open with pdfium, turning its error codes into typed one-line errors."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY):
            raise EncryptedDocumentError("PDF is encrypted (a password is required to open it)") from None
        reason = _PDFIUM_REASONS.get(code, "it gave no reason")  # (code 0 reads "PDFium: Success")
        raise CorruptDocumentError(f"PDF is damaged or truncated (pdfium cannot load it: {reason})") from None


# pdfium's load error codes (fpdfview.h FPDF_ERR_*) in words; its own text for 0 is "Success".
_PDFIUM_REASONS = {
    raw.FPDF_ERR_UNKNOWN: "unknown error",
    raw.FPDF_ERR_FILE: "the file cannot be read",
    raw.FPDF_ERR_FORMAT: "not a PDF, or its structure is damaged",
    raw.FPDF_ERR_PAGE: "a page or its content is damaged",
}


def pdf_blocks(data: bytes, limits: Limits, deadline: Deadline, max_pages: int | None,
               ocr_page: OcrPage) -> PdfResult:
    document = open_pdf(data)
    result = PdfResult()
    try:
        total = len(document)
        if total == 0:
            raise CorruptDocumentError("PDF has no pages")
        cap = min(total, max_pages if max_pages is not None else limits.max_pages)
        if cap < total:
            result.warnings.append(f"only the first {cap} of {total} pages were read (max_pages)")
        result.pages = cap
        result.title = _metadata_title(document)
        failed = 0
        previous_ended_with_table = False
        margins = Margins()
        for index in range(cap):
            deadline.check(f"reading PDF page {index + 1}")
            try:
                page = document[index]
            except pdfium.PdfiumError as exc:
                failed += 1
                result.warnings.append(f"page {index + 1} could not be loaded ({exc})")
                continue
            try:
                blocks, scanned = _page(page, ocr_page, margins)
            finally:
                page.close()
            if scanned:
                result.ocr_pages.append(index + 1)
            first = blocks[0] if blocks else None
            if previous_ended_with_table and isinstance(first, Table):
                last = result.blocks[-1]
                assert isinstance(last, Table)
                join_continued_table(last, first)  # the table continues from the previous page
                del blocks[0]
            result.blocks.extend(blocks)
            previous_ended_with_table = bool(result.blocks) and isinstance(result.blocks[-1], Table)
        if failed == cap:
            raise CorruptDocumentError(f"PDF is damaged: none of its {cap} pages could be loaded")
    finally:
        document.close()
    return result


def join_continued_table(head: Table, tail: Table) -> None:
    """Append the rows of a table continued on the next page.  When the page break cut a row in two (its
    wrapped text goes on at the top of the next page), the two halves are put back together first."""
    rows = tail.rows
    if head.rows and rows and _is_cut_row(head.rows[-1], rows[0], head.open_cells):
        head.rows[-1] = [a + b for a, b in zip(head.rows[-1], rows[0], strict=True)]
        rows = rows[1:]
    head.rows.extend(rows)
    head.open_cells = tail.open_cells


def _is_cut_row(before: list[str], after: list[str], open_cells: set[int]) -> bool:
    """The second half of a cut row holds only text continuing cells whose first half filled the cell's width
    (a wrapped line), never a number and never a cell of its own."""
    if len(before) != len(after) or not any(after):
        return False
    for col, (top, rest) in enumerate(zip(before, after, strict=True)):
        if rest and (not top or col not in open_cells or _NUMBER.match(rest) or _NUMBER.match(top)):
            return False
    return True


def _metadata_title(document: pdfium.PdfDocument) -> str | None:
    try:
        return useful_title(document.get_metadata_value("Title"))
    except (pdfium.PdfiumError, KeyError):
        return None


def _page(page: pdfium.PdfPage, ocr_page: OcrPage, margins: Margins) -> tuple[list[Block], bool]:
    view = PageView.of(page)
    glyphs = page_glyphs(page, view)
    if (len(glyphs) < MIN_TEXT_CHARS and _has_image(page)) or unreadable_text(glyphs):
        return ocr_page(page), True
    h_edges, v_edges = page_rulings(page, view)
    tables = find_tables(h_edges, v_edges)
    return page_blocks(glyphs, tables, view.height, margins), False


def unreadable_text(glyphs: list[Glyph]) -> bool:
    """A text layer whose fonts carry no Unicode mapping comes out as private-use or replacement characters;
    the page still renders correctly, so OCR reads it instead."""
    if len(glyphs) < MIN_TEXT_CHARS:
        return False
    bad = sum(1 for g in glyphs if "\ue000" <= g.text <= "\uf8ff" or g.text == "\ufffd")
    return bad > 0.3 * len(glyphs)


@dataclass(frozen=True)
class PageView:
    """Maps PDF user space (y up, before /Rotate) to the page as displayed, top-down: a landscape table page is
    often stored portrait with /Rotate 90 and its content drawn turned, so reading order exists only here."""

    x0: float
    y0: float
    x1: float
    y1: float
    rotation: int

    @classmethod
    def of(cls, page: pdfium.PdfPage) -> PageView:
        x0, y0, x1, y1 = page.get_cropbox()
        return cls(x0, y0, x1, y1, page.get_rotation() % 360)

    @property
    def height(self) -> float:
        return self.x1 - self.x0 if self.rotation in (90, 270) else self.y1 - self.y0

    def point(self, x: float, y: float) -> tuple[float, float]:
        if self.rotation == 90:
            return y - self.y0, x - self.x0
        if self.rotation == 180:
            return self.x1 - x, y - self.y0
        if self.rotation == 270:
            return self.y1 - y, self.x1 - x
        return x - self.x0, self.y1 - y

    def box(self, left: float, bottom: float, right: float, top: float) -> tuple[float, float, float, float]:
        ax, ay = self.point(left, bottom)
        bx, by = self.point(right, top)
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)


def page_glyphs(page: pdfium.PdfPage, view: PageView) -> list[Glyph]:
    """Visible characters with loose (font-height) boxes, in top-down coordinates; spaces are left out because
    the layout recomputes spacing from the gaps."""
    textpage = page.get_textpage()
    try:
        handle = textpage.raw
        rect = raw.FS_RECTF()
        matrix = raw.FS_MATRIX()
        glyphs: list[Glyph] = []
        count = min(raw.FPDFText_CountChars(handle), MAX_CHARS_PER_PAGE)
        pending_high = 0
        for i in range(count):
            if raw.FPDFText_IsGenerated(handle, i) == 1:
                continue
            code = raw.FPDFText_GetUnicode(handle, i)
            if 0xD800 <= code < 0xDC00:  # first half of a surrogate pair: wait for the second
                pending_high = code
                continue
            if 0xDC00 <= code < 0xE000 and pending_high:
                code = 0x10000 + ((pending_high - 0xD800) << 10) + (code - 0xDC00)
                pending_high = 0
            if code in (0, 0xFFFE, 0xFFFF) or code > 0x10FFFF:
                continue
            char = chr(code)
            if char.isspace():
                continue
            if not raw.FPDFText_GetLooseCharBox(handle, i, rect):
                continue
            # FPDFText_GetFontSize ignores the text matrix (WPS writes 1-point fonts scaled up by the matrix), so
            # scale it; the loose box height is a fallback only, as it varies with each font's ascent/descent.
            size = raw.FPDFText_GetFontSize(handle, i)
            if raw.FPDFText_GetMatrix(handle, i, matrix):
                size *= abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
            if not 0.5 < size < 500:
                size = rect.top - rect.bottom
            glyphs.append(Glyph(*view.box(rect.left, rect.bottom, rect.right, rect.top), char, size))
        return glyphs
    finally:
        textpage.close()


def _has_image(page: pdfium.PdfPage) -> bool:
    return any(obj.type == raw.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects(max_depth=2))


Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_MAX_FORM_DEPTH = 8  # forms nest forms; a hostile file could nest them endlessly


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    """The matrix applying `inner` first, then `outer` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def page_rulings(page: pdfium.PdfPage, view: PageView) -> tuple[list[HEdge], list[VEdge]]:
    """Horizontal and vertical segments of every visible path on the page (table borders), including paths
    inside form XObjects (PDF editors wrap whole imported pages in one)."""
    h: list[HEdge] = []
    v: list[VEdge] = []
    handles = [raw.FPDFPage_GetObject(page.raw, i) for i in range(raw.FPDFPage_CountObjects(page.raw))]
    _collect_rulings(handles, _IDENTITY, view, h, v, 0)
    return h, v


def _collect_rulings(handles: list, outer: Matrix, view: PageView, h: list[HEdge], v: list[VEdge],
                     depth: int) -> None:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    matrix = raw.FS_MATRIX()
    x, y = ctypes.c_float(), ctypes.c_float()
    for handle in handles:
        kind = raw.FPDFPageObj_GetType(handle)
        if kind not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM) or not raw.FPDFPageObj_GetMatrix(handle, matrix):
            continue
        own = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
        if kind == raw.FPDF_PAGEOBJ_FORM:
            if depth < _MAX_FORM_DEPTH:
                inner = [raw.FPDFFormObj_GetObject(handle, i) for i in range(raw.FPDFFormObj_CountObjects(handle))]
                _collect_rulings(inner, own, view, h, v, depth + 1)
            continue
        if raw.FPDFPath_GetDrawMode(handle, fill, stroke) and not fill.value and not stroke.value:
            continue  # clipping-only path: draws nothing
        a, b, c, d, e, f = own
        points: list[tuple[float, float]] = []
        start: tuple[float, float] | None = None
        for s in range(raw.FPDFPath_CountSegments(handle)):
            segment = raw.FPDFPath_GetPathSegment(handle, s)
            if not raw.FPDFPathSegment_GetPoint(segment, x, y):
                continue
            point = view.point(a * x.value + c * y.value + e, b * x.value + d * y.value + f)
            segment_kind = raw.FPDFPathSegment_GetType(segment)
            if segment_kind == raw.FPDF_SEGMENT_MOVETO or not points:
                start = point
            elif segment_kind == raw.FPDF_SEGMENT_LINETO:  # curves (rounded corners, circles) are never rulings
                _add_edge(points[-1], point, h, v)
            points.append(point)
            if raw.FPDFPathSegment_GetClose(segment) and start is not None:
                _add_edge(point, start, h, v)


def _add_edge(p: tuple[float, float], q: tuple[float, float], h: list[HEdge], v: list[VEdge]) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) <= _AXIS_TOLERANCE and abs(x1 - x0) > _AXIS_TOLERANCE:
        h.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
    elif abs(x0 - x1) <= _AXIS_TOLERANCE and abs(y1 - y0) > _AXIS_TOLERANCE:
        v.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))
