"""Document extraction: bytes of any published format → report text with tables intact.

Contract with the parser (crawler.parse): the text keeps the document order; every table row is one line whose
cells are separated by TAB; a cell spanning rows or columns is written once at its top-left position and the
positions it covers are empty strings; a table is surrounded by blank lines; paragraphs are one per line.
The title goes to `Extracted.title`; the page's 发布日期/来源/发布机构 line goes to `Extracted.metadata` (keys
`published` as an ISO date, `source`, `publisher`) and not into the text.

Entry points:
- `sniff(data) -> str`: the media type shown by the bytes (crawler.extract.mediatypes lists them).
- `extract(data, *, content_type=None, url=None, max_pages=None) -> Extracted`: the format is always sniffed;
  `content_type` (an HTTP header) only supplies an HTML/text charset.  Formats: HTML, MHTML, plain text, PDF (text
  layer, or OCR for image-only pages), DOCX, DOC, WPS, RTF, PNG/JPEG/GIF/TIFF/BMP (OCR).
- `extract_file(path) -> Extracted`: the same for a file, refusing files over NIANBAO_MAX_DOCUMENT_BYTES before
  reading them.
- `with_image_text(page, {image_url: text})`: a web page's `Extracted` with the text of its pictures (`images`:
  those that may hold a table, with their place) put where each stood.

Errors (crawler.errors, one-line messages): UnsupportedFormatError (zip, unknown binary), DocumentTooLargeError,
EncryptedDocumentError, CorruptDocumentError (empty, truncated, damaged, hostile XML), ExtractionTimeoutError; all
are ExtractionError.  Text is lightly normalised everywhere: radical and compatibility look-alikes (⽬ → 目) are
folded to the ordinary ideograph, invisible characters dropped; full-width punctuation and ① are left alone.
"""

from __future__ import annotations

from crawler.extract.core import extract, extract_file
from crawler.extract.extracted import Extracted, ImageRef
from crawler.extract.mediatypes import sniff
from crawler.extract.pictures import read_pictures, table_images, with_image_text

__all__ = ["Extracted", "ImageRef", "extract", "extract_file", "read_pictures", "sniff", "table_images",
           "with_image_text"]
