"""Resource limits for extraction, each overridable from the environment.

Documents come from the open web, so every reader is bounded: bytes read, bytes a container may expand to,
pages, pixels and seconds.  Defaults suit real annual reports (a few MB, under 50 pages) with a wide margin.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from crawler.errors import ExtractionTimeoutError

MB = 1024 * 1024


def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name)
    if not raw:
        return default
    try:
        return float(raw)
    except ValueError:
        return default


@dataclass(frozen=True)
class Limits:
    max_document_bytes: int  # the file as fetched
    max_expanded_bytes: int  # all members of a DOCX/zip together, uncompressed
    max_zip_members: int
    max_pages: int  # PDF pages read (the rest is skipped with a warning)
    max_image_pixels: int  # a page image or standalone image given to OCR
    timeout_seconds: float  # wall-clock budget of one extraction (converters and in-process readers), and of a parse
    max_table_images: int = 6  # pictures of a web page read as its tables (fetched, OCRed)
    max_table_image_bytes: int = 5 * MB  # each of them
    # The parser's input: a real report's text is tens of KB (a 200-page one a few hundred); the parse costs about
    # 10 s and 60 MB per million characters, so this bounds it like the rest (issue 15: 22 MB took 69 s, 870 MB).
    max_text_chars: int = 1_000_000

    @classmethod
    def from_env(cls) -> Limits:
        return cls(
            max_document_bytes=int(_env_number("NIANBAO_MAX_DOCUMENT_BYTES", 100 * MB)),
            max_expanded_bytes=int(_env_number("NIANBAO_MAX_EXPANDED_BYTES", 200 * MB)),
            max_zip_members=int(_env_number("NIANBAO_MAX_ZIP_MEMBERS", 5000)),
            max_pages=int(_env_number("NIANBAO_MAX_PAGES", 200)),
            max_image_pixels=int(_env_number("NIANBAO_MAX_IMAGE_PIXELS", 40_000_000)),
            timeout_seconds=_env_number("NIANBAO_EXTRACT_TIMEOUT", 120.0),
            max_table_images=int(_env_number("NIANBAO_MAX_TABLE_IMAGES", 6)),
            max_table_image_bytes=int(_env_number("NIANBAO_MAX_TABLE_IMAGE_BYTES", 5 * MB)),
            max_text_chars=int(_env_number("NIANBAO_MAX_TEXT_CHARS", 1_000_000)),
        )


class Deadline:
    """A wall-clock budget checked between units of work (pages, conversions)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def remaining(self) -> float:
        return max(0.0, self._end - time.monotonic())

    def check(self, what: str) -> None:
        if time.monotonic() > self._end:
            raise ExtractionTimeoutError(f"{what} took longer than {self.seconds:g} s (NIANBAO_EXTRACT_TIMEOUT)")
