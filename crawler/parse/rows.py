"""Turning the lines of one table's region into logical rows: label parts and value cells.

Layouts handled (all seen in real reports):
- TAB-separated rows, merged-cell labels in odd columns, structural empty cells (HTML/Word exports);
- markdown pipe tables (`| a | b |` with `|---|` separator lines) and markdown headings;
- one cell per line with a leading TAB, rows separated by blank lines, a wrapped cell continuing on a line
  without the TAB (Word → text exports);
- space-separated text (pdftotext-like): a label followed by numbers, long labels wrapped over several lines;
- cells each ended by a pipe (`规章 | 0 | 0 | 0 |`, or `0 |` one cell per line: HTML-to-text exports);
- page furniture between rows: page numbers (`- 4 -`, `— 5 —`), repeated header blocks, separator rows.

Rows of TAB-, pipe- and one-cell-per-line text keep where their values stood in their line (`start`, `width`) and
the table's header line above them (`header`: consecutive header lines merged, `自然人 … 总计` over `商业企业 …`):
in text that keeps a grid (every line as wide as the table), a value's column is the header column it stands under,
which a blank 总计 or a merged value cell cannot shift.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from crawler.parse import flat, template
from crawler.parse.cells import BLANK, Cell, Kind, classify
from crawler.parse.labels import any_signature, names_a_row
from crawler.parse.normalize import match_form

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
    end: int = 0  # last line of the row in its region
    start: int = -1  # position of cells[0] among its line's cells (-1: the text keeps no positions)
    width: int = 0  # cells in the row's line
    header: tuple[str, ...] | None = None  # the header line above it, position by position, when it has one
    incomplete: bool = False  # the text ends inside this row: cells after the last one read are absent
    run: str | None = None  # a flattened table's row: its cells run together (flat.py decodes them)

    @property
    def label(self) -> str:
        return " ".join(self.labels)

    @property
    def numbers(self) -> int:
        return sum(1 for c in self.cells if c.kind is Kind.NUMBER)


def is_page_furniture(line: str, previous: str = "") -> bool:
    """A page number between pages.  `- 3 -` right under a row label is that row (blank, 3, blank) instead; under
    a line of column headers (`信息内容 采购项目数量 采购总金额`, whose words name a row too) it is a page number."""
    return bool(_PAGE_NUMBER.match(line)) and not (previous and not _split_spaced(previous)[1:]
                                                   and names_a_row(previous) and not is_column_header(previous))


def is_column_header(line: str) -> bool:
    """A line of column headers (`信息内容 采购项目数量 采购总金额`): two or more of the tables' column words."""
    form = match_form(line)
    return sum(1 for word in _COLUMN_WORDS if word in form) >= 2


def is_separator(line: str) -> bool:
    return bool(line.strip()) and bool(_SEPARATOR.match(line))


@functools.lru_cache(maxsize=8192)  # asked of every line by the rows and by the narrative
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


# Cells each ended by a pipe (`规章 | 0 | 0 | 0 |`, `0 |`, `|||`): an HTML-to-text export.
_PIPE_ENDED = re.compile(r"(?:^|\s)\|\s*$|\s\|\s")


def line_cells(line: str, previous: str = "") -> list[str] | None:
    """The cells of one line, or None for a line that carries nothing (page numbers, rulers, blank)."""
    if (not line.strip() and "\t" not in line) or is_page_furniture(line, previous) or is_separator(line):
        return None  # (a line of TABs around blank cells is a row of blank cells, not an empty line)
    line = _MARKDOWN_HEADING.sub("", line)
    stripped = line.strip()
    if stripped.startswith("|") and stripped.strip("|").strip():  # markdown: `| a | b |`, pipes are borders
        inner = stripped[1:-1] if stripped.endswith("|") and len(stripped) > 1 else stripped[1:]
        return inner.split("|")
    if "\t" in line:
        return line.rstrip("\n").split("\t")
    if stripped.startswith("|") or _PIPE_ENDED.search(stripped):  # each cell ended by its pipe
        return stripped.split("|")[:-1] if stripped.endswith("|") else stripped.split("|")
    return _split_spaced(line)


def _is_one_cell_per_line(lines: list[str]) -> bool:
    content = [ln for ln in lines if ln.strip()]
    if len(content) < 6:
        return False
    single = sum(1 for ln in content if ln.startswith("\t") and "\t" not in ln[1:])
    return single >= 0.6 * len(content)


@dataclass
class _Cells:
    """The raw cells of one line (or one block of a one-cell-per-line table) and where they came from."""

    first: int
    last: int
    texts: list[str]
    positional: bool  # the cells keep their positions in a grid (TAB, pipe and one-cell-per-line text)
    closed: bool = True  # the row is known to end here (false: the text stops inside it)


def _one_cell_blocks(lines: list[str]) -> Iterator[_Cells]:
    """Rows of a one-cell-per-line layout: blocks between blank lines; a line without the leading TAB continues
    the cell above it (a wrapped header such as `本年新` / `制作数量`).  A block the text ends in is not closed: its
    last cell may go on in a line that is not there."""
    block: list[str] = []
    start = last = 0
    for number, line in enumerate(lines):
        if line == "":  # a cell holding only a (non-breaking) space is a blank cell, not a row break
            if block:
                yield _Cells(start, last, block, True)
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
        last = number
    if block:
        yield _Cells(start, last, block, True, closed=False)


def _pipe_terminated(lines: list[str]) -> list[str]:
    """Lines of an export that ends every cell with a pipe on a line of its own (`规章` / `|` / `0` / `|`) as
    `规章 |`, `0 |`: one pipe-ended cell per line."""
    if not any(line.strip() == "|" for line in lines):
        return lines
    content = [i for i, line in enumerate(lines) if line.strip() and line.strip() != "|"]
    bars = sum(1 for line in lines if line.strip() == "|")
    followed = sum(1 for i in content if i + 1 < len(lines) and lines[i + 1].strip() == "|")
    if len(content) < 6 or bars < 0.8 * len(content) or followed < 0.8 * len(content):
        return lines
    out: list[str] = []
    for line in lines:
        if line.strip() == "|" and out and out[-1].strip() and not out[-1].rstrip().endswith("|"):
            out[-1] = out[-1].rstrip() + " |"
        else:
            out.append(line)
    return out


def _is_pipe_stream(lines: list[str]) -> bool:
    """One pipe-ended cell per line and no row breaks (`规章 |`, `0 |`, `|||` for cells a span covers)."""
    content = [line.strip() for line in lines if line.strip()]
    if len(content) < 12 or sum(1 for line in content if line.endswith("|")) < 0.7 * len(content):
        return False
    ended = sum(1 for line in content if line.endswith("|"))
    single = sum(1 for line in content if sum(1 for c in line.split("|") if c.strip()) <= 1)
    return ended >= 0.7 * len(content) and single >= 0.9 * len(content)


def _cell_lists(lines: list[str]) -> Iterator[_Cells]:
    if _is_one_cell_per_line(lines):
        yield from _one_cell_blocks(lines)
        return
    lines = _pipe_terminated(lines)
    per_line = []
    previous = ""
    for number, line in enumerate(lines):
        if line.strip() or "\t" in line:
            if not is_prose(line) and (cells := line_cells(line, previous)) is not None:
                positional = "\t" in line or "|" in line
                per_line.append(_Cells(number, number, cells, positional))
            previous = line
    if _is_cell_stream(per_line) or (per_line and _is_pipe_stream(lines)):
        # pdftotext without -layout, or one pipe-ended cell per line: every cell on its own line and no row
        # breaks at all; rows are rebuilt by starting a new row at each label that follows numbers.
        yield _Cells(per_line[0].first, per_line[-1].last, [c for item in per_line for c in item.texts], False)
        return
    yield from per_line


def _is_cell_stream(per_line: list[_Cells]) -> bool:
    if len(per_line) < 12:
        return False
    single = [item.texts[0] for item in per_line if len(item.texts) == 1]
    values = sum(1 for cell in single if classify(cell).kind is not Kind.TEXT)
    short = sum(1 for item in per_line if len(item.texts) <= 3 and not any(classify(c).kind is Kind.TEXT
                                                                            for c in item.texts[1:]))
    return len(single) >= 0.6 * len(per_line) and short >= 0.8 * len(per_line) and values >= 0.5 * len(single)


def _join_wrapped_cells(lists: list[_Cells]) -> list[_Cells]:
    """A label cell wrapped inside its cell breaks its TAB row over two lines (`…只计这一情形, 不` /
    `计其他情形)⇥⇥2…`): when a line without numbers and the line after it are together one cell wider than the
    table's rows, the first line's last cell and the next line's first cell are one cell, and the two lines one
    row."""
    widths = Counter(len(item.texts) for item in lists if item.positional and len(item.texts) >= 4)
    if not widths:
        return lists
    width = widths.most_common(1)[0][0]
    out: list[_Cells] = []
    for item in lists:
        previous = out[-1] if out else None
        if (previous is not None and previous.positional and item.positional and item.first == previous.last + 1
                and len(previous.texts) < width and len(previous.texts) + len(item.texts) - 1 == width
                and not any(classify(c).kind is Kind.NUMBER for c in previous.texts)
                and any(classify(c).kind is Kind.NUMBER for c in item.texts)
                and not is_column_header(" ".join(previous.texts))):
            joined = [*previous.texts[:-1], previous.texts[-1] + item.texts[0], *item.texts[1:]]
            out[-1] = _Cells(previous.first, item.last, joined, True, item.closed)
        else:
            out.append(item)
    return out


def _split_at_labels(cells: list[Cell], after_blanks: bool = False) -> Iterator[tuple[int, list[Cell]]]:
    """A label that follows numbers starts a new row (rows run together in a flattened layout); with the
    position of each part's first cell.  `after_blanks`: in a cell stream a label that follows blank cells
    starts a row too (a row left entirely blank, `规章 / / /`, is still a row)."""
    current: list[Cell] = []
    begin = 0
    seen_number = False
    for index, cell in enumerate(cells):
        if cell.kind is Kind.TEXT and current and (seen_number or (after_blanks and current[-1].kind is Kind.BLANK)):
            yield begin, current
            current, seen_number, begin = [], False, index
        current.append(cell)
        seen_number = seen_number or cell.kind is Kind.NUMBER
    if current:
        yield begin, current


# Column headers of the three tables, as match forms (a header cell names the column it stands over).
_COLUMN_WORDS = frozenset(match_form(label) for label in (
    *template.ACTIVE_COLUMNS.values(), *template.ACTIVE_2019_LABELS.values(), "本年处理决定数量",
    *(c.label for c in template.APPLICANT_COLUMNS), *(c.label for c in template.REVIEW_COLUMNS)))


def _is_header(cells: list[Cell]) -> bool:
    """A line of column headers: no numbers, at least two cells naming a column."""
    if any(c.kind is Kind.NUMBER for c in cells):
        return False
    return sum(1 for c in cells if c.kind is Kind.TEXT and _is_column_word(c.text)) >= 2


@functools.lru_cache(maxsize=8192)
def _is_column_word(text: str) -> bool:
    return match_form(text) in _COLUMN_WORDS


def _merge_headers(upper: tuple[str, ...], lower: list[Cell]) -> tuple[str, ...]:
    """Two header lines as one: a position takes the lower line's text (`商业企业` under `法人或其他组织`)."""
    texts = [c.text if c.kind is Kind.TEXT else "" for c in lower]
    return tuple(low or up for up, low in zip(upper, texts, strict=True))


def rows(lines: Iterable[str], *, ends_inside: bool = False, cut_cell: bool = False) -> list[Row]:
    """Logical rows of a table region, in text order.

    `ends_inside`: the report's text stops inside this table without a final line break, so its last row may be
    incomplete (cells it does not show are absent, not blank; a one-cell-per-line row not closed by a blank line
    is incomplete anyway).  `cut_cell`: the text stops inside that row's last cell (`30` of `3001`), which is
    dropped."""
    lines = list(lines)
    table_lines = [line for line in lines if not is_prose(line)]
    if flat.is_flattened(table_lines):
        return [Row([run.label] if run.label else [], [Cell(Kind.NUMBER, 0, run.digits)], run=run.digits)
                for run in flat.runs(table_lines)]
    lists = _join_wrapped_cells(list(_cell_lists(lines)))
    last_line = max((i for i, line in enumerate(lines) if line.strip() or "\t" in line), default=-1)
    if lists and ends_inside and lists[-1].last == last_line:  # (not when the text ends in a ruler or page number)
        lists[-1].closed = False
        if cut_cell:
            lists[-1].texts = lists[-1].texts[:-1]
    out: list[Row] = []
    lead: list[str] = []
    header: tuple[str, ...] | None = None
    previous_header = False
    for item in lists:
        classified = [classify(c) for c in _unglue(item.texts)]
        positional = item.positional and len(classified) == len(item.texts)  # ungluing moved the positions
        if positional and _is_header(classified):
            if previous_header and header is not None and len(header) == len(classified):
                header = _merge_headers(header, classified)
            else:
                header = tuple(c.text if c.kind is Kind.TEXT else "" for c in classified)
            previous_header = True
        else:
            previous_header = False
        for begin, cells in _split_at_labels(classified, after_blanks=not item.positional):
            last_text = max((i for i, c in enumerate(cells) if c.kind is Kind.TEXT), default=-1)
            labels = [c.text for c in cells[: last_text + 1] if c.kind is Kind.TEXT]
            values = cells[last_text + 1:]
            if not values:
                lead.extend(labels)
                continue
            row = Row(labels, values, lead, item.first, item.last)
            if positional:
                row.start, row.width, row.header = begin + last_text + 1, len(classified), header
            out.append(row)
            lead = []
    if out and not lists[-1].closed and out[-1].end == lists[-1].last:
        out[-1].incomplete = True
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
