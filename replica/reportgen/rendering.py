"""What a rendering of a report is: its text (or page), what a correct parser must read from it, and what it may."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Rendering:
    text: str  # html, image_tables: the page's HTML (encode it with html.page_bytes)
    expected: dict[str, Any]  # agency, year, template, tables, narrative: what a correct parser must read
    truth: dict[str, dict[str, dict[str, Any]]]  # tables: every cell a parser may give, with its value
    images: dict[str, bytes] = field(default_factory=dict)  # image_tables: file name → image bytes
    base: str = ""  # cut: the layout that was cut; other layouts: the layout itself
    cut_at: int | None = None
    cut_row: str | None = None  # cut: the row (`applications.granted`) the cut runs through
