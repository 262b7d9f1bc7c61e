"""Pictures in a page's text: the images that may hold its tables, and their text once read.

A web page that publishes its statistics tables as images lists them in `Extracted.images`, each with the line of
the text where it stood.  Whoever fetches the images (the crawler, archiving them like any attachment) reads each
with `extract` (OCR, the engine of scanned PDFs) and `with_image_text` puts each image's text at its place, so
the parser finds table 三's rows under table 三's heading.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping

from crawler.errors import ExtractionError
from crawler.extract.extracted import Extracted, ImageRef
from crawler.extract.limits import MB, Limits
from crawler.extract.text import insert_lines

ImageSource = Mapping[str, bytes] | Callable[[str], bytes | None]
# What table 三 prints in every layout: a page whose text has it (and TAB rows) holds its tables as text.
_APPLICATIONS_TABLE = re.compile(r"本年新收|申请人情况")


def tables_missing(page: Extracted) -> bool:
    """Whether a page's statistics tables may be pictures: it has pictures and no table rows, or no table 三."""
    if not page.images:
        return False
    has_rows = any("\t" in line for line in page.text.split("\n"))
    return not has_rows or not _APPLICATIONS_TABLE.search(page.text.replace(" ", ""))


def table_images(page: Extracted, limits: Limits | None = None) -> list[ImageRef]:
    """The pictures worth reading as tables (bounded in number), or none when the page's tables are text."""
    limits = limits or Limits.from_env()
    return page.images[: limits.max_table_images] if tables_missing(page) else []


def read_pictures(page: Extracted, source: ImageSource, limits: Limits | None = None) -> Extracted:
    """The page with the text of its table pictures read by OCR (`source`: image URL → its bytes, or None when
    it was not fetched).  A picture too large, missing or unreadable is skipped with a warning."""
    from crawler.extract.core import extract

    limits = limits or Limits.from_env()
    texts: dict[str, str] = {}
    skipped: list[str] = []
    for ref in table_images(page, limits):
        data = source.get(ref.url) if isinstance(source, Mapping) else source(ref.url)
        if not data:
            continue
        if len(data) > limits.max_table_image_bytes:
            skipped.append(f"{ref.url} ({len(data) / MB:.1f} MB, over NIANBAO_MAX_TABLE_IMAGE_BYTES)")
            continue
        try:
            read = extract(data, url=ref.url)
        except ExtractionError as exc:
            skipped.append(f"{ref.url} ({exc})")
            continue
        if read.ocr:  # a picture read by OCR, not an HTML error page served under the image's URL
            texts[ref.url] = read.text
    merged = with_image_text(page, texts)
    if skipped:
        merged = dataclasses.replace(merged, warnings=[*merged.warnings, "picture(s) not read: " + "; ".join(skipped)])
    return merged


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


__all__ = ["ImageRef", "ImageSource", "read_pictures", "table_images", "tables_missing", "with_image_text"]
