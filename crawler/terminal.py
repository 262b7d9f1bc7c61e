"""Text tables for a terminal, aligned as a terminal draws them: a wide character (CJK, full-width forms) takes two
columns, a combining mark none (`unicodedata.east_asian_width`), so 海珠区 lines up under `haizhu`."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence


def width(text: str) -> int:
    """The columns `text` takes on a terminal."""
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in text)


def ljust(text: str, columns: int) -> str:
    return text + " " * max(0, columns - width(text))


def rjust(text: str, columns: int) -> str:
    return " " * max(0, columns - width(text)) + text


def table(header: Sequence[str], rows: Sequence[Sequence[object]], align: str, *, gap: int = 2) -> list[str]:
    """Lines of a table; `align` has an `l` (names, text) or `r` (numbers) per column."""
    cells = [[str(value) for value in row] for row in [header, *rows]]
    widths = [max(width(row[i]) for row in cells) for i in range(len(header))]
    return [(" " * gap).join(ljust(cell, w) if side == "l" else rjust(cell, w)
                             for side, cell, w in zip(align, row, widths, strict=True)).rstrip()
            for row in cells]
