"""Turning the lines of one table's region into logical rows: label parts and value cells.

Layouts handled (all seen in real reports):
- TAB-separated rows, merged-cell labels in odd columns, structural empty cells (HTML/Word exports);
- markdown pipe tables (`| a | b |` with `|---|` separator lines) and markdown headings;
- one cell per line with a leading TAB, rows separated by blank lines, a wrapped cell continuing on a line
  without the TAB (Word → text exports);
- space-separated text (pdftotext-like): a label followed by numbers, long labels wrapped over several lines;
- page furniture between rows: page numbers (`- 4 -`, `— 5 —`), repeated header blocks, separator rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from crawler.parse.cells import BLANK, Cell, Kind, classify
from crawler.parse.labels import any_signature, names_a_row

_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–]+\s*\d{1,3}\s*[-—–]+|第\s*\d+\s*页(?:\s*[,/共]\s*\d+\s*页)?|\d+\s*/\s*\d+)\s*$"
)
# Markdown `|---|---|`, `---` rows, rulers.  Not a row of em dashes: `| — | — |` is a row of blank cells.
_SEPARATOR = re.compile(r"^[\s|:\-=_*+]*(?:---|===|___|\*\*\*)[\s|:\-=_*+]*$")
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+")
_PROSE_END = re.compile(r"[。;!?]\s*$")
# A count followed by its unit and more words (`共受理 34 件,其中…`) is narrative; table cells hold bare numbers.
_COUNTED = re.compile(r"\d\s*(?:件|宗|条|篇|人次|人|次|个|项|家|份|期|场|万元|元|%|％)\s*[,，、;；。\u4e00-\u9fff]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Row:
    labels: list[str]  # text cells of the row itself
    cells: list[Cell]  # number/blank cells after the row's last text cell
    lead: list[str] = field(default_factory=list)  # label-only lines just before the row (wrapped labels)
    line: int = 0  # first line of the row in its region, for messages

    @property
    def label(self) -> str:
        return " ".join(self.labels)

    @property
    def numbers(self) -> int:
        return sum(1 for c in self.cells if c.kind is Kind.NUMBER)


def is_page_furniture(line: str, previous: str = "") -> bool:
    """A page number between pages.  `- 3 -` right under a row label is that row (blank, 3, blank) instead."""
    return bool(_PAGE_NUMBER.match(line)) and not (previous and not _split_spaced(previous)[1:]
                                                   and names_a_row(previous))


def is_separator(line: str) -> bool:
    return bool(line.strip()) and bool(_SEPARATOR.match(line))


def is_prose(line: str) -> bool:
    """A narrative sentence (possibly one wrapped line of it) rather than a table line: its numbers are not cells.

    Text here is NFKC-normalised, so full-width commas and semicolons are ASCII.
    """
    if "\t" in line or line.lstrip().startswith("|"):
        return False
    text = line.strip()
    if "。" in text or _COUNTED.search(text):
        return True
    if (text.count(",") + text.count(";")) and len(_CJK.findall(text)) >= 10:
        # A wrapped table label also has commas (`这一情形, 不计其他情形) 0 0 0 …`), but ends in cell values.
        return not any_signature(text) and len(_split_spaced(text)) < 3
    return False


def _split_spaced(line: str) -> list[str]:
    """`一、本年新收… 3001 53 0 0 61 4 3119` → label, then one cell per trailing number."""
    tokens = line.split()
    tail: list[str] = []
    while tokens and classify(tokens[-1]).kind is not Kind.TEXT and _looks_numeric(tokens[-1]):
        tail.append(tokens.pop())
    tail.reverse()
    return ([" ".join(tokens)] if tokens else []) + tail


# A number glued to the end of its label by a flattening extractor: `1.属于国家秘密2`, `规范性文件898989`.
_GLUED = re.compile(r"^(.*[\u4e00-\u9fff)”\]])([+-]?\d[\d,]*(?:\.\d+)?)$")


def _unglue(cells: list[str]) -> list[str]:
    out: list[str] = []
    for cell in cells:
        match = _GLUED.match(cell.strip())
        if match and not match[1].endswith(("第", "年")):
            out += [match[1], match[2]]
        else:
            out.append(cell)
    return out


def _looks_numeric(token: str) -> bool:
    return any(ch.isdigit() for ch in token) or token in {"-", "—", "/"}


def line_cells(line: str, previous: str = "") -> list[str] | None:
    """The cells of one line, or None for a line that carries nothing (page numbers, rulers, blank)."""
    if (not line.strip() and "\t" not in line) or is_page_furniture(line, previous) or is_separator(line):
        return None  # (a line of TABs around blank cells is a row of blank cells, not an empty line)
    line = _MARKDOWN_HEADING.sub("", line)
    stripped = line.strip()
    if stripped.startswith("|"):
        inner = stripped[1:-1] if stripped.endswith("|") and len(stripped) > 1 else stripped[1:]
        return inner.split("|")
    if "\t" in line:
        return line.rstrip("\n").split("\t")
    return _split_spaced(line)


def _is_one_cell_per_line(lines: list[str]) -> bool:
    content = [ln for ln in lines if ln.strip()]
    if len(content) < 6:
        return False
    single = sum(1 for ln in content if ln.startswith("\t") and "\t" not in ln[1:])
    return single >= 0.6 * len(content)


def _one_cell_blocks(lines: list[str]) -> Iterator[tuple[int, list[str]]]:
    """Rows of a one-cell-per-line layout: blocks between blank lines; a line without the leading TAB continues
    the cell above it (a wrapped header such as `本年新` / `制作数量`)."""
    block: list[str] = []
    start = 0
    for number, line in enumerate(lines):
        if line == "":  # a cell holding only a (non-breaking) space is a blank cell, not a row break
            if block:
                yield start, block
            block = []
            continue
        if is_page_furniture(line):
            continue
        if line.startswith("\t") or not block:
            if not block:
                start = number
            block.append(line[1:] if line.startswith("\t") else line)
        else:
            block[-1] += line
    if block:
        yield start, block


def _cell_lists(lines: list[str]) -> Iterator[tuple[int, list[str]]]:
    if _is_one_cell_per_line(lines):
        yield from _one_cell_blocks(lines)
        return
    per_line = []
    previous = ""
    for number, line in enumerate(lines):
        if line.strip() or "\t" in line:
            if not is_prose(line) and (cells := line_cells(line, previous)) is not None:
                per_line.append((number, cells))
            previous = line
    if _is_cell_stream(per_line):
        # pdftotext without -layout: every cell on its own line and no row breaks at all; rows are rebuilt by
        # starting a new row at each label that follows numbers.
        yield per_line[0][0], [cell for _, cells in per_line for cell in cells]
        return
    yield from per_line


def _is_cell_stream(per_line: list[tuple[int, list[str]]]) -> bool:
    if len(per_line) < 12:
        return False
    single = [cells[0] for _, cells in per_line if len(cells) == 1]
    numeric = sum(1 for cell in single if classify(cell).kind is Kind.NUMBER)
    return len(single) >= 0.8 * len(per_line) and numeric >= 0.5 * len(single)


def _split_at_labels(cells: list[Cell]) -> Iterator[list[Cell]]:
    """A label that follows numbers starts a new row (rows run together in a flattened layout)."""
    current: list[Cell] = []
    seen_number = False
    for cell in cells:
        if cell.kind is Kind.TEXT and seen_number:
            yield current
            current, seen_number = [], False
        current.append(cell)
        seen_number = seen_number or cell.kind is Kind.NUMBER
    if current:
        yield current


def rows(lines: Iterable[str]) -> list[Row]:
    """Logical rows of a table region, in text order."""
    lines = list(lines)
    out: list[Row] = []
    lead: list[str] = []
    for number, raw_cells in _cell_lists(lines):
        for cells in _split_at_labels([classify(c) for c in _unglue(raw_cells)]):
            last_text = max((i for i, c in enumerate(cells) if c.kind is Kind.TEXT), default=-1)
            labels = [c.text for c in cells[: last_text + 1] if c.kind is Kind.TEXT]
            values = cells[last_text + 1:]
            if not values:
                lead.extend(labels)
                continue
            out.append(Row(labels, values, lead, number))
            lead = []
    return out


def fit(cells: list[Cell], width: int) -> list[Cell]:
    """Exactly `width` cells: structural empties at either end go first; missing cells are blank at the end."""
    cells = list(cells)
    while len(cells) > width and cells[-1] is BLANK:
        cells.pop()
    while len(cells) > width and cells[0] is BLANK:
        cells.pop(0)
    if len(cells) > width:
        cells = cells[:width]
    return cells + [BLANK] * (width - len(cells))
