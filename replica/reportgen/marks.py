"""Where each table cell's text lands in a rendering: value cells wrapped in private-use marks, then unmarked.

A layout that cuts the text (`cut`) must know which cells are fully present in what is left.  Writers cannot
report character offsets (layouts join, wrap, convert and re-encode their text), so each value cell is written as
``OPEN address SEP text CLOSE`` (private-use characters no converter touches and no real report contains), the
document is rendered exactly as without marks, and `unmark` removes the marks and returns every cell's span in the
clean text.  Rendering with and without marks consumes the random generator identically, so the clean text is
the unmarked rendering character for character (render.py checks this).
"""

from __future__ import annotations

import re

OPEN, SEP, CLOSE = "\ue000", "\ue002", "\ue001"
_MARKED = re.compile(f"{OPEN}([^{SEP}]*){SEP}([^{CLOSE}]*){CLOSE}")
_ANY_MARK = re.compile(f"[{OPEN}{SEP}{CLOSE}]")

Address = tuple[str, str, str]  # (table, row, column)


def mark(address: Address, text: str) -> str:
    return f"{OPEN}{'/'.join(address)}{SEP}{text}{CLOSE}"


def strip(text: str) -> str:
    """The text as it would have been written without marks."""
    return _MARKED.sub(lambda m: m[2], text)


def unmark(text: str) -> tuple[str, dict[Address, tuple[int, int]]]:
    """The clean text and, per cell, its [start, end) span in it."""
    out: list[str] = []
    spans: dict[Address, tuple[int, int]] = {}
    length = 0
    last = 0
    for match in _MARKED.finditer(text):
        before = text[last:match.start()]
        out.append(before)
        length += len(before)
        table, row, column = match[1].split("/")
        spans[(table, row, column)] = (length, length + len(match[2]))
        out.append(match[2])
        length += len(match[2])
        last = match.end()
    out.append(text[last:])
    clean = "".join(out)
    if _ANY_MARK.search(clean):
        raise ValueError("a cell mark was broken by the rendering (an unbalanced mark is left in the text)")
    return clean, spans
