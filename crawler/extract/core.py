"""Dispatch: sniff the bytes, apply the limits, hand them to the reader for that format, render the text."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from crawler.errors import CorruptDocumentError, DocumentTooLargeError, ExtractionError, UnsupportedFormatError
from crawler.extract import mediatypes as media
from crawler.extract.encoding import decode
from crawler.extract.extracted import Extracted, ImageRef
from crawler.extract.html import HtmlResult, html_blocks, mhtml_html
from crawler.extract.limits import MB, Deadline, Limits
from crawler.extract.text import Block, render, render_with_pictures

log = logging.getLogger(__name__)


def extract(data: bytes, *, content_type: str | None = None, url: str | None = None,
            max_pages: int | None = None) -> Extracted:
    """Text, title and metadata of a document (see the package docstring for the text contract).

    `content_type` is the HTTP Content-Type header, used only for the charset of HTML and text; `url` is
    used in messages and to resolve the image links named in a warning.  `max_pages` caps the PDF pages read
    (default NIANBAO_MAX_PAGES, 200).
    """
    limits = Limits.from_env()
    if not data:
        raise CorruptDocumentError("empty document (0 bytes)")
    if len(data) > limits.max_document_bytes:
        raise DocumentTooLargeError(_too_large(len(data), limits))
    media_type = media.sniff(data)
    deadline = Deadline(limits.timeout_seconds)
    try:
        return _dispatch(data, media_type, content_type, url, max_pages, limits, deadline)
    except ExtractionError as exc:
        if url and url not in str(exc):
            raise type(exc)(f"{exc} ({url})") from None
        raise
    except MemoryError:
        raise DocumentTooLargeError(f"{media_type} document needs more memory than is available") from None
    except RecursionError:
        raise CorruptDocumentError(f"{media_type} document is nested too deeply to read") from None
    except Exception as exc:  # a reader tripping over a malformed file must not take the caller down with it
        log.warning("extraction of a %s document failed unexpectedly", media_type, exc_info=True)
        detail = str(exc).splitlines()[0] if str(exc) else ""
        raise CorruptDocumentError(f"{media_type} document could not be read ({type(exc).__name__}"
                                   + (f": {detail}" if detail else "") + ")") from None


def extract_file(path: str | os.PathLike[str]) -> Extracted:
    """`extract` for a file; files over NIANBAO_MAX_DOCUMENT_BYTES are refused before being read."""
    limits = Limits.from_env()
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limits.max_document_bytes:
            raise DocumentTooLargeError(_too_large(size, limits))
        with path.open("rb") as handle:
            data = handle.read(limits.max_document_bytes + 1)  # a file growing meanwhile is still capped
    except IsADirectoryError:
        raise ExtractionError(f"{path} is a directory, not a document") from None
    except OSError as exc:
        raise ExtractionError(f"cannot read {path}: {exc.strerror or exc}") from None
    return extract(data)


def _too_large(size: int, limits: Limits) -> str:
    return (f"document is {size / MB:.1f} MB, over the {limits.max_document_bytes / MB:.0f} MB limit "
            "(NIANBAO_MAX_DOCUMENT_BYTES)")


# The readers of PDF (pypdfium2, pdfplumber), Word (python-docx), DOC/WPS (LibreOffice) and scans (OCR: rapidocr,
# OpenCV) are imported on first use: every crawl and command imports this module, most never read such a file, and
# those libraries take a second or more to load.
def _dispatch(data: bytes, media_type: str, content_type: str | None, url: str | None, max_pages: int | None,
              limits: Limits, deadline: Deadline) -> Extracted:
    if media_type == media.HTML:
        page = html_blocks(data, content_type, url)
        return _page(page, media_type, url)
    if media_type == media.MHTML:
        html, charset = mhtml_html(data)
        page = html_blocks(html, f"text/html; charset={charset}" if charset else None, url)
        return _page(page, media_type, url)
    if media_type == media.TEXT:
        # Plain text is passed through as written (only decoded): it already is the parser's input format,
        # and re-laying it out could only lose information.
        text, _codec = decode(data, content_type, html=False)
        return Extracted(text=text.replace("\r\n", "\n").replace("\r", "\n"), media_type=media_type)
    if media_type == media.PDF:
        from crawler.extract.pdf import pdf_blocks

        pdf = pdf_blocks(data, limits, deadline, max_pages, _ocr_pdf_page(limits))
        warnings = list(pdf.warnings)
        if pdf.ocr_pages:
            warnings.append(f"pages {_ranges(pdf.ocr_pages)} have no text layer and were read by OCR")
        extracted = _result(pdf.blocks, media_type, pdf.title, warnings=warnings)
        extracted.ocr = bool(pdf.ocr_pages)
        extracted.pages = pdf.pages
        if not extracted.text.strip() and not pdf.ocr_pages:
            extracted.warnings.append("the PDF has no text layer and no images: nothing to read")
        return extracted
    if media_type == media.DOCX:
        from crawler.extract.docx import docx_blocks

        blocks, title = docx_blocks(data, limits)
        return _result(blocks, media_type, title)
    if media_type in (media.DOC, media.WPS, media.RTF):
        from crawler.extract.doc import legacy_blocks

        blocks, title, warnings = legacy_blocks(data, media_type, limits, deadline)
        return _result(blocks, media_type, title, warnings=warnings)
    if media_type in media.IMAGE_TYPES:
        from crawler.extract.ocr import decode_image, ocr_blocks

        blocks = ocr_blocks(decode_image(data, limits), scale=1.0)
        extracted = _result(blocks, media_type, warnings=["image read by OCR"])
        extracted.ocr = True
        return extracted
    if media_type == media.ZIP:
        raise UnsupportedFormatError("a zip archive that is not a Word document (DOCX): unpack it first")
    raise UnsupportedFormatError(f"unrecognised document format (first bytes {data[:8]!r})")


def _page(page: HtmlResult, media_type: str, url: str | None) -> Extracted:
    text, pictures = render_with_pictures(page.blocks)
    images = [ImageRef(urljoin(url or "", src), line) for line, src in pictures]
    return Extracted(text=text, media_type=media_type, title=page.title, metadata=dict(page.metadata),
                     warnings=list(page.warnings), images=images)


def _result(blocks: list[Block], media_type: str, title: str | None = None,
            metadata: dict[str, str] | None = None, warnings: list[str] | None = None) -> Extracted:
    return Extracted(text=render(blocks), media_type=media_type, title=title, metadata=dict(metadata or {}),
                     warnings=list(warnings or []))


def _ocr_pdf_page(limits: Limits) -> Callable[[Any], list[Block]]:
    def ocr_page(page: Any) -> list[Block]:  # a pypdfium2.PdfPage; typed loosely to keep pdfium imports lazy
        from crawler.extract.ocr import RENDER_SCALE, ocr_blocks

        width, height = page.get_size()
        scale = RENDER_SCALE
        if width * height * scale * scale > limits.max_image_pixels:  # a poster-sized page: render smaller
            scale = (limits.max_image_pixels / (width * height)) ** 0.5
        image = page.render(scale=scale).to_numpy()
        return ocr_blocks(image, scale=scale)

    return ocr_page


def _ranges(pages: list[int]) -> str:
    out: list[str] = []
    start = prev = pages[0]
    for page in [*pages[1:], None]:
        if page is not None and page == prev + 1:
            prev = page
            continue
        out.append(str(start) if start == prev else f"{start}-{prev}")
        if page is not None:
            start = prev = page
    return ", ".join(out)
