"""The output text contract, in one place: blocks (paragraphs and tables) → report text.

Every reader (HTML, PDF, OCR, DOCX, DOC) produces a list of blocks; `render` writes them the same way, so the
parser sees one layout whatever the source format was:
- paragraphs one per line, in document order;
- a table as one line per row, cells separated by TAB, with a blank line before and after it;
- a merged cell written once at its top-left position, the positions it covers as empty strings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class Paragraph:
    text: str


@dataclass
class Table:
    rows: list[list[str]] = field(default_factory=list)
    # Columns of the last row whose text runs up to the cell's right border (it may continue on the next page).
    open_cells: set[int] = field(default_factory=set)


@dataclass
class Picture:
    """An image in the document's flow (a web page's `<img>`): not text, but where its text would go if read."""

    src: str


Block = Paragraph | Table | Picture

# Code points that some PDF producers emit instead of the ordinary ideograph (Kangxi radicals such as ⽬ for 目,
# CJK compatibility ideographs).  Only these are folded with NFKC: folding everything would also turn ① into 1
# and （ into (, which changes numbers and labels that the parser reads.
_LOOKALIKE = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile("[ \u00a0\u2002-\u200a\u202f\u205f]+")


def fold_lookalikes(text: str) -> str:
    """Map radical and compatibility look-alikes to the ordinary ideograph; drop invisible and control chars."""
    text = _LOOKALIKE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = _INVISIBLE.sub("", text)
    return _CONTROL.sub("", text)


def clean_line(text: str) -> str:
    """One output line: look-alikes folded, runs of (non-breaking) spaces collapsed, ends trimmed."""
    return _SPACES.sub(" ", fold_lookalikes(text)).strip()


def _needs_space(left: str, right: str) -> bool:
    """Wrapped Latin words and numbers keep a space between them; CJK text is joined directly."""
    return left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum()


def join_wrapped(pieces: Iterable[str]) -> str:
    """Join the visual lines of one cell or one paragraph back into a single line."""
    out = ""
    for piece in pieces:
        piece = clean_line(piece)
        if not piece:
            continue
        out = f"{out} {piece}" if out and _needs_space(out, piece) else out + piece
    return out


def cell_text(raw: str) -> str:
    """A table cell on one line: its own line breaks and TABs would break the one-row-per-line contract."""
    return join_wrapped(raw.replace("\t", " ").split("\n"))


_HAN = re.compile("[\u3400-\u9fff]")


def useful_title(title: str | None) -> str | None:
    """A document-properties title worth keeping: Chinese text, not a converter's placeholder ("Word Document",
    "Microsoft Word - 1.doc") or a file name."""
    title = clean_line(title or "").removeprefix("Microsoft Word - ").strip()
    if not _HAN.search(title) or title.lower().endswith((".doc", ".docx", ".wps", ".pdf", ".rtf")):
        return None
    return title


def grid_rows(spans: Iterable[tuple[int, int, int, int, str]]) -> list[list[str]]:
    """Rows of a table from (row, col, rowspan, colspan, text) cells on a grid.

    A merged cell's text lands at its top-left position; the positions it covers are empty strings.
    Rows are padded to the table's width so that columns line up.
    """
    placed: dict[tuple[int, int], str] = {}
    n_rows = n_cols = 0
    for row, col, rowspan, colspan, text in spans:
        for r in range(row, row + max(1, rowspan)):
            for c in range(col, col + max(1, colspan)):
                placed.setdefault((r, c), "")
        placed[(row, col)] = text
        n_rows = max(n_rows, row + max(1, rowspan))
        n_cols = max(n_cols, col + max(1, colspan))
    return [[placed.get((r, c), "") for c in range(n_cols)] for r in range(n_rows)]


def render(blocks: Iterable[Block]) -> str:
    """Blocks → the contract text (see module docstring)."""
    return render_with_pictures(blocks)[0]


def render_with_pictures(blocks: Iterable[Block]) -> tuple[str, list[tuple[int, str]]]:
    """The contract text and, for each picture, (the number of text lines before it, its src)."""
    lines: list[str] = []
    pictures: list[tuple[int, str]] = []
    for block in blocks:
        if isinstance(block, Picture):
            pictures.append((len(lines), block.src))
            continue
        if isinstance(block, Table):
            # Rows whose cells are all blank stay: a blank cell is data (the report left it empty).
            rows = [[cell_text(c) for c in row] for row in block.rows]
            if not any(any(row) for row in rows):
                continue
            if lines and lines[-1] != "":
                lines.append("")
            lines.extend("\t".join(row) for row in rows)
            lines.append("")
        else:
            for line in block.text.split("\n"):
                # A TAB inside a paragraph is the author's column alignment: keep it, trim only the ends.
                line = "\t".join(clean_line(part) for part in line.split("\t")).strip()
                if line:
                    lines.append(line)
    while lines and lines[-1] == "":
        lines.pop()
    pictures = [(min(line, len(lines)), src) for line, src in pictures]
    return "\n".join(lines) + ("\n" if lines else ""), pictures


def insert_lines(text: str, inserts: list[tuple[int, str]]) -> str:
    """Text with each (line, block of text) put before that line, a blank line around it."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for line, block in sorted(inserts, key=lambda item: item[0], reverse=True):
        lines[line:line] = ["", *block.strip("\n").split("\n"), ""]
    return "\n".join(lines) + "\n"


def merge_adjacent_tables(blocks: list[Block]) -> list[Block]:
    """Tables that follow each other directly (e.g. one table split across PDF pages) become one table."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Table) and out and isinstance(out[-1], Table):
            out[-1].rows.extend(block.rows)
        else:
            out.append(block)
    return out
