"""What extraction makes of a document: its text (tables intact, as the package docstring says) and what it knows."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ImageRef:
    """An image of a web page that may hold a table: its URL (resolved against the page's) and the number of
    lines of `Extracted.text` before the place it stood."""

    url: str
    line: int


@dataclass
class Extracted:
    text: str
    media_type: str  # sniffed from the bytes, never from a name or a Content-Type header
    title: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)  # e.g. published, source, publisher
    warnings: list[str] = field(default_factory=list)
    ocr: bool = False
    pages: int | None = None  # PDF pages read
    images: list[ImageRef] = field(default_factory=list)  # web pages: pictures that may hold tables, in order
