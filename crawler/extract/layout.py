"""Positioned text (PDF glyphs or OCR boxes) + ruled tables → blocks in reading order.

Coordinates are top-down (y grows downwards), in any unit; thresholds scale with the text size.
Text outside tables is grouped into lines by vertical position; wide horizontal gaps inside a line become TABs
(borderless tables), and the visual lines of a wrapped paragraph are joined again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from crawler.extract.lattice import TableGeometry
from crawler.extract.text import Block, Paragraph, Table, join_wrapped

_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
_PAGE_NUMBER = re.compile(r"^[\s\-—–_·.]*(第\s*)?\d{1,4}(\s*页)?(\s*[/共]\s*\d{1,4}\s*页?)?[\s\-—–_·.]*$")


@dataclass(slots=True)
class Glyph:
    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    size: float  # font size (PDF) or box height (OCR)

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class Line:
    glyphs: list[Glyph] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return self.glyphs[0].x0

    @property
    def x1(self) -> float:
        return max(g.x1 for g in self.glyphs)

    @property
    def top(self) -> float:
        return min(g.top for g in self.glyphs)

    @property
    def bottom(self) -> float:
        return max(g.bottom for g in self.glyphs)

    @property
    def size(self) -> float:
        sizes = sorted(g.size for g in self.glyphs)
        return sizes[len(sizes) // 2]

    def text(self, tabs: bool = True) -> str:
        """The line's text: spaces where glyphs are apart, TABs where they are columns apart."""
        out: list[str] = []
        prev: Glyph | None = None
        for g in self.glyphs:
            if prev is not None:
                gap = g.x0 - prev.x1
                size = max(min(prev.size, g.size), 1e-6)
                cjk = bool(_CJK.match(prev.text[-1:]) or _CJK.match(g.text[:1]))
                if tabs and gap > 2.5 * size:
                    out.append("\t")
                elif gap > (0.6 if cjk else 0.2) * size:
                    out.append(" ")
            out.append(g.text)
            prev = g
        return "".join(out)


def group_lines(glyphs: list[Glyph]) -> list[Line]:
    """Glyphs → lines, top to bottom; a glyph joins a line when its centre is within half a size of the line's."""
    lines: list[Line] = []
    centre = 0.0
    for g in sorted(glyphs, key=lambda g: (g.cy, g.x0)):
        if lines and abs(g.cy - centre) <= 0.5 * max(g.size, lines[-1].glyphs[-1].size) * 0.9:
            line = lines[-1]
            line.glyphs.append(g)
            centre += (g.cy - centre) / len(line.glyphs)
        else:
            lines.append(Line([g]))
            centre = g.cy
    for line in lines:
        line.glyphs.sort(key=lambda g: g.x0)
        line.glyphs = _drop_overprint(line.glyphs)
    return lines


def _drop_overprint(glyphs: list[Glyph]) -> list[Glyph]:
    """Fake bold draws each character twice, a fraction of a point apart; keep one copy."""
    out: list[Glyph] = []
    for g in glyphs:
        if out and out[-1].text == g.text and abs(out[-1].x0 - g.x0) < 0.3 * max(g.x1 - g.x0, 1e-6):
            continue
        out.append(g)
    return out


def fill_table(geometry: TableGeometry, glyphs: list[Glyph]) -> Table:
    """A ruled table from the glyphs inside its cells (merged cells: top-left only)."""
    per_cell: dict[int, list[Glyph]] = {}
    for g in glyphs:
        index = geometry.cell_at(g.cx, g.cy)
        if index is not None:
            per_cell.setdefault(index, []).append(g)
    table = Table([[""] * geometry.n_cols for _ in range(geometry.n_rows)])
    for index, (row, col, rowspan, _colspan) in enumerate(geometry.spans):
        lines = group_lines(per_cell.get(index, []))
        table.rows[row][col] = join_wrapped(line.text(tabs=False) for line in lines)
        last_row = row + rowspan == geometry.n_rows
        if lines and last_row and lines[-1].x1 >= geometry.cells[index][2] - 2 * lines[-1].size:
            table.open_cells.add(col)
    return table


@dataclass
class Margins:
    """Left and right edges of the text column, carried from page to page: a page of short lines cannot show
    where its right margin is, but the pages before it can."""
    left: float = 0.0
    right: float = 0.0
    known: bool = False


def page_blocks(glyphs: list[Glyph], tables: list[TableGeometry], page_height: float,
                margins: Margins | None = None) -> list[Block]:
    """One page's blocks in reading order: text lines and tables sorted by their top edge."""
    inside: set[int] = set()
    items: list[tuple[float, Block | Line]] = []
    for geometry in tables:
        members = [i for i, g in enumerate(glyphs) if geometry.cell_at(g.cx, g.cy) is not None]
        inside.update(members)
        table = fill_table(geometry, [glyphs[i] for i in members])
        top = geometry.bbox[1]
        if geometry.n_cols == 1:  # a ruled box around paragraphs is not a table
            items.extend((top + k * 1e-3, Paragraph(row[0])) for k, row in enumerate(table.rows) if row[0])
        else:
            items.append((top, table))
    lines = group_lines([g for i, g in enumerate(glyphs) if i not in inside])
    lines = [ln for ln in lines if not _is_page_furniture(ln, page_height)]
    items.extend((ln.top, ln) for ln in lines)
    items.sort(key=lambda item: item[0])
    return _reflow([item for _, item in items], lines, margins if margins is not None else Margins())


def _is_page_furniture(line: Line, page_height: float) -> bool:
    """Page numbers in the top or bottom margin would split a table continued on the next page."""
    near_edge = line.bottom < 0.1 * page_height or line.top > 0.9 * page_height
    return near_edge and bool(_PAGE_NUMBER.match(line.text(tabs=False)))


def _first_word_width(line: Line) -> float:
    """Width of what a line starts with that could not be broken: one CJK character, or a Latin/number word.
    Had it fit at the end of the previous line, the previous line would not have wrapped."""
    first = line.glyphs[0]
    end = first.x1
    if not _CJK.match(first.text[:1]):
        for prev, g in zip(line.glyphs, line.glyphs[1:], strict=False):
            if g.x0 - prev.x1 > 0.2 * g.size or _CJK.match(g.text[:1]):
                break
            end = g.x1
    return end - first.x0


def _reflow(items: list[Block | Line], lines: list[Line], margins: Margins) -> list[Block]:
    """Join the visual lines of wrapped paragraphs: a line reaching the right margin continues on the next one,
    unless the next one is indented (a new paragraph) or the two differ in size (a heading)."""
    plain = [ln for ln in lines if "\t" not in ln.text()]
    right = max((ln.x1 for ln in plain), default=0.0)
    left = min((ln.x0 for ln in plain), default=0.0)
    size = sorted(ln.size for ln in plain)[len(plain) // 2] if plain else 0.0
    at_margin = [ln for ln in plain if ln.x1 >= right - 3 * ln.size]
    # A page of short lines of equal length is no evidence of a narrower column: the margin only widens.
    if len(at_margin) >= 3 and right - left > 10 * size and (not margins.known or right > margins.right - 3 * size):
        # the second-longest line: one overlong line (a URL) must not move the margin
        margins.left, margins.right, margins.known = left, sorted(ln.x1 for ln in at_margin)[-2], True
    can_reflow = margins.known
    left, right = margins.left, margins.right

    blocks: list[Block] = []
    current: list[Line] = []

    def flush() -> None:
        if current:
            blocks.append(Paragraph(join_wrapped(ln.text() for ln in current)))
            current.clear()

    for item in items:
        if not isinstance(item, Line):
            flush()
            blocks.append(item)
            continue
        text = item.text()
        if "\t" in text:
            flush()
            blocks.append(Paragraph(text))
            continue
        if current and can_reflow:
            prev = current[-1]
            continues = (prev.x1 + _first_word_width(item) + prev.size > right
                         and item.x0 <= left + 0.8 * item.size
                         and abs(prev.size - item.size) < 0.15 * prev.size
                         and item.top - prev.bottom < 1.5 * prev.size)
            if not continues:
                flush()
        else:
            flush()
        current.append(item)
    flush()
    return blocks
