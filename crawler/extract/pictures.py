"""Pictures in a page's text: the images that may hold its tables, and their text once read.

A web page that publishes its statistics tables as images lists them in `Extracted.images`, each with the line of
the text where it stood.  Whoever fetches the images (the crawler, archiving them like any attachment) reads each
with `extract` (OCR, the engine of scanned PDFs) and `with_image_text` puts each image's text at its place, so
the parser finds table 三's rows under table 三's heading.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from crawler.extract import Extracted, ImageRef
from crawler.extract.text import insert_lines


def with_image_text(page: Extracted, texts: Mapping[str, str]) -> Extracted:
    """The page with the text of its images (`texts`: image URL → its extracted text) where each image stood."""
    inserts = [(ref.line, texts[ref.url]) for ref in page.images if texts.get(ref.url, "").strip()]
    if not inserts:
        return page
    read = [ref.url for ref in page.images if texts.get(ref.url, "").strip()]
    return dataclasses.replace(
        page, text=insert_lines(page.text, inserts), ocr=True,
        warnings=[*page.warnings, f"{len(read)} picture(s) read by OCR: {', '.join(read[:5])}"
                  + (" ..." if len(read) > 5 else "")])


__all__ = ["ImageRef", "with_image_text"]
