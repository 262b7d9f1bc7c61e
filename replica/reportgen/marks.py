"""Where each table cell's text lands in a rendering: value cells wrapped in private-use marks, then unmarked.

A layout that cuts the text (`cut`) must know which cells are fully present in what is left.  Writers cannot
report character offsets (layouts join, wrap, convert and re-encode their text), so each value cell is written as
``OPEN id text CLOSE`` (private-use characters no converter touches and no real report contains; `id` one
character naming the cell), the document is rendered exactly as without marks, and `unmark` removes the marks and
returns every cell's span in the clean text.  Rendering with and without marks consumes the random generator
identically, so the clean text is the unmarked rendering character for character (cut.py checks this).  The marks
are three characters a cell, so an extractor weighing where a page's article is (by its amount of text) still
finds the same article.
"""

from __future__ import annotations

import re

OPEN, CLOSE = "\ue000", "\ue001"
_ID_BASE = 0xF0000  # supplementary private use area A: one character per cell
_MARKED = re.compile(f"{OPEN}([\U000f0000-\U000ffffd])([^{CLOSE}]*){CLOSE}")
_ANY_MARK = re.compile(f"[{OPEN}{CLOSE}\U000f0000-\U000ffffd]")

Address = tuple[str, str, str]  # (table, row, column)


def numbering(tables: dict[str, dict[str, dict[str, object]]]) -> dict[Address, int]:
    """A number for every cell of a report's tables (the order of the marks' ids)."""
    cells = sorted((t, r, c) for t, rows in tables.items() for r, cols in rows.items() for c in cols)
    return {address: i for i, address in enumerate(cells)}


def mark(number: int, text: str) -> str:
    return f"{OPEN}{chr(_ID_BASE + number)}{text}{CLOSE}"


def strip(text: str) -> str:
    """The text as it would have been written without marks."""
    return _MARKED.sub(lambda m: m[2], text)


def unmark(text: str, addresses: dict[int, Address]) -> tuple[str, dict[Address, tuple[int, int]]]:
    """The clean text and, per cell, its [start, end) span in it."""
    out: list[str] = []
    spans: dict[Address, tuple[int, int]] = {}
    length = last = 0
    for match in _MARKED.finditer(text):
        before = text[last:match.start()]
        out.append(before)
        length += len(before)
        spans[addresses[ord(match[1]) - _ID_BASE]] = (length, length + len(match[2]))
        out.append(match[2])
        length += len(match[2])
        last = match.end()
    out.append(text[last:])
    clean = "".join(out)
    if _ANY_MARK.search(clean):
        raise ValueError("a cell mark was broken by the rendering (an unbalanced mark is left in the text)")
    return clean, spans
