"""Flatten a spanned grid into rows of text cells, the way converters do, and format its numbers.

Two flattening models occur in real text exports:

* ``grid``: every grid column yields a cell; positions covered by a span are empty (haizhu's TAB rows, markdown);
* ``word``: a horizontally merged cell yields one cell; a vertically merged cell yields one empty cell in each
  following row it covers (Word's vMerge; yaodu's one-cell-per-line text).

Blank cells (null) are written with a token chosen per document. Tokens that mean *blank*:
``""`` (nothing), ``" "``, NBSP (U+00A0), ``"-"``, ``"—"`` and, in OCR-damaged text, ``"?"`` (a NBSP the converter
could not map). Any other cell text is a number.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from replica.reportgen import marks
from replica.reportgen.grid import Cell

NBSP = "\xa0"
_FULLWIDTH = str.maketrans("0123456789.,-+", "０１２３４５６７８９．，－＋")


@dataclass(frozen=True)
class Slot:
    cell: Cell
    covered: bool = False  # a position covered by a span: written as an empty cell


def flatten(rows: list[list[Cell]], width: int, model: str) -> list[list[Slot]]:
    """Rows of slots under the ``grid`` or ``word`` model (see the module docstring)."""
    taken: dict[tuple[int, int], tuple[Cell, str, int]] = {}  # (row, col) -> (origin cell, how covered, origin col)
    for r, row in enumerate(rows):
        col = 0
        for cell in row:
            while (r, col) in taken:
                col += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    how = "origin" if dr == dc == 0 else ("col" if dr == 0 else "row")
                    taken[(r + dr, col + dc)] = (cell, how, col)
            col += cell.colspan
    out: list[list[Slot]] = []
    for r in range(len(rows)):
        line: list[Slot] = []
        for col in range(width):
            if (r, col) not in taken:
                continue
            cell, how, origin_col = taken[(r, col)]
            if how == "origin":
                line.append(Slot(cell))
            elif model == "grid" or (how == "row" and col == origin_col):
                line.append(Slot(cell, covered=True))
        out.append(line)
    return out


@dataclass(frozen=True)
class NumberStyle:
    blank_tokens: tuple[str, ...] = ("",)
    thousands: bool = False  # 517,645
    plus_sign: bool = False  # +12 for a positive 本年增/减
    fixed_decimals: int | None = None  # money always printed with this many decimals (0.00, 12.50)
    annotate: bool = False  # 22（其中修订 16 件） after document counts (shszfbgt)
    fullwidth: bool = False  # ０１２
    marks: dict[tuple[str, str, str], int] | None = None  # cell → mark id: wrap value cells in marks (marks.py)


def format_number(value: Any, column: str, style: NumberStyle, rng: random.Random) -> str:
    if isinstance(value, float) or (column == "amount" and style.fixed_decimals is not None):
        text = repr(float(value)).removesuffix(".0")
        if style.fixed_decimals is not None and len(text.partition(".")[2]) <= style.fixed_decimals:
            text = f"{value:.{style.fixed_decimals}f}"  # padded (12.50), never rounded: 368.4841 stays exact
        if style.thousands and abs(value) >= 1000:
            whole, _, frac = text.partition(".")
            text = f"{int(whole):,}" + (f".{frac}" if frac else "")
    else:
        text = f"{value:,}" if style.thousands else str(value)
        if style.plus_sign and column == "change" and value > 0:
            text = "+" + text
        if style.annotate and column in ("issued", "in_force", "new_made") and value > 0 and rng.random() < 0.3:
            text += rng.choice([f"（其中修订{rng.randint(0, value)}件）", f"（含自然失效 {rng.randint(1, 40)} 件）"])
    return text.translate(_FULLWIDTH) if style.fullwidth else text


def slot_text(slot: Slot, style: NumberStyle, rng: random.Random) -> str:
    """The text a slot is written as: label text, a formatted number, a blank token or nothing."""
    if slot.covered:
        return ""
    cell = slot.cell
    if cell.role != "value":
        return cell.text
    text = rng.choice(style.blank_tokens) if cell.value is None else format_number(cell.value, cell.column, style, rng)
    if not (style.marks and cell.address):
        return text
    number = style.marks[cell.address]
    # A blank written as white space is trimmed away by extractors when alone in its cell: mark the place, not it.
    return marks.mark(number, "") + text if not text.strip() else marks.mark(number, text)


def is_blank(slot: Slot) -> bool:
    return not slot.covered and slot.cell.role == "value" and slot.cell.value is None
