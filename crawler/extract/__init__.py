"""Document extraction: bytes of any published format → report text with tables intact.

Contract with the parser (crawler.parse): the text keeps the document order; every table row is one line whose
cells are separated by TAB; a cell spanning rows or columns is written once at its top-left position and the
positions it covers are empty strings; a table is surrounded by blank lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Extracted:
    text: str
    media_type: str  # sniffed from the bytes, never from a name or a Content-Type header
    title: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)  # e.g. published, source, publisher
    warnings: list[str] = field(default_factory=list)
    ocr: bool = False
