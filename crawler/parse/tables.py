"""Assigning the logical rows of a table region to the rows of the official template.

Two passes, because real text is damaged in two different ways:

1. *Anchors*: a row whose own label names exactly one template row is assigned to it, wherever it stands
   (PDF-to-text tools move whole table fragments around, so text order cannot be trusted for labelled rows).
2. *Gaps*: rows whose label is missing or torn (`| 0 | 0 | 0 | … |` after a page break) lie between anchors;
   they fill the free template rows between those anchors in order.  A small dynamic programme chooses which rows
   fill which free rows, preferring rows of the right width and any hint from wrapped label lines just above them,
   and leaves junk (a lone stray number) out.  A template row with nothing to fill it stays absent: nothing is
   invented.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from crawler.parse import flat, labels, template
from crawler.parse.cells import BLANK, Cell, Kind, Number, split_run_together
from crawler.parse.rows import Row, fit, is_column_header

ANCHOR = 0.6  # evidence needed for a label to place its row by itself
MARGIN = 0.15  # ...and by how much it must beat the next best template row
# Weight of a wrapped-label hint when filling a gap.  Below the value of one more filled row: in damaged text the
# label fragments above a row often belong to the row before or after it, so hints only break ties.
HINT = 0.3


@dataclass
class Assignment:
    cells: dict[str, list[Cell | None]]  # template row key → cells in column order (None: absent, text cut)
    warnings: list[str]


def _own_evidence(row: Row, template_name: str, table: str) -> dict[str, float]:
    return labels.evidence(row.label, template_name, table) if row.labels else {}


def _lead_evidence(row: Row, template_name: str, table: str) -> dict[str, float]:
    if not row.lead:
        return {}
    return labels.evidence(" ".join(row.lead[-3:]) + " " + row.label, template_name, table)


def _anchor(evidence: dict[str, float]) -> str | None:
    """The template row a label names by itself: strong evidence, clearly ahead of every other row."""
    if not evidence:
        return None
    ranked = sorted(evidence.values(), reverse=True)
    best_key = max(evidence, key=evidence.__getitem__)
    runner_up = ranked[1] if len(ranked) > 1 else 0.0
    return best_key if ranked[0] >= ANCHOR and ranked[0] - runner_up >= MARGIN else None


def _shape(row: Row, width: int) -> float:
    """How well a row's cells fit a template row of `width` columns (1.0 perfect, negative: junk)."""
    numbers = row.numbers
    if numbers == 0:
        return -1.0
    cells = len(row.cells)
    if width == 1:
        return 1.0 if numbers == 1 else 0.2
    if cells >= width:
        return 1.0
    missing = width - cells
    return 1.0 - 0.8 * missing / (width - 1) - (0.6 if numbers == 1 else 0.0)


def assign(rows: list[Row], template_name: str, table: str) -> Assignment:
    spec = template.rows(template_name, table)
    index = {r.key: i for i, r in enumerate(spec)}
    width = {r.key: len(r.columns) for r in spec}
    warnings: list[str] = []

    taken: dict[str, int] = {}  # template key → row position
    anchor_of: list[str | None] = []
    for pos, row in enumerate(rows):
        key = _anchor(_own_evidence(row, template_name, table))
        # A row without any number (a header line ending in empty cells) names a row only if it has all its cells
        # (or the text stops inside it: `二、上年结转… — — —` cut short still shows three blank cells).
        cut_short = row.incomplete and not is_column_header(row.label)
        if key is not None and row.numbers == 0 and len(row.cells) < width[key] and not cut_short:
            key = None
        if key is not None and key in taken:
            earlier = taken[key]
            if rows[earlier].numbers == 0 and row.numbers > 0:
                anchor_of[earlier] = None  # the blank row was a header; the row with numbers is the real one
            else:
                warnings.append(f"{table}: a second row labelled like {key!r} was ignored (line {row.line})")
                key = None
        anchor_of.append(key)
        if key is not None:
            taken[key] = pos
    _drop_stray_guesses(rows, anchor_of, taken, index, template_name, table)

    # Gaps: runs of unanchored rows between anchors, filled into the free template rows between them.
    pos = 0
    while pos < len(rows):
        if anchor_of[pos] is not None:
            pos += 1
            continue
        start = pos
        while pos < len(rows) and anchor_of[pos] is None:
            pos += 1
        gap = list(range(start, pos))
        before = next((anchor_of[i] for i in range(start - 1, -1, -1) if anchor_of[i]), None)
        after = next((anchor_of[i] for i in range(pos, len(rows)) if anchor_of[i]), None)
        low = index[before] + 1 if before else 0
        high = index[after] if after else len(spec)
        slots = [r.key for r in spec[low:high] if r.key not in taken]
        for row_pos, key in _fill(gap, slots, rows, width, template_name, table):
            taken[key] = row_pos
            anchor_of[row_pos] = key

    if any(rows[p].run is not None for p in taken.values()):
        decoded, note = flat.decode({k: rows[p].run or "" for k, p in taken.items()}, template_name, table)
        return Assignment({k: decoded[k] for k in sorted(decoded, key=index.__getitem__)}, [*warnings, note])
    cells: dict[str, list[Cell | None]] = {}
    for key, row_pos in sorted(taken.items(), key=lambda kv: index[kv[0]]):
        row = rows[row_pos]
        if table == "applications":
            row = _unrun(row, width[key], warnings)
        if len(row.cells) > width[key] and sum(1 for c in row.cells if c.kind is not Kind.BLANK) > width[key]:
            warnings.append(f"{table}.{key}: {len(row.cells)} cells for {width[key]} columns; extra cells dropped")
        placed = place(row, spec[index[key]].columns)
        if placed is None:
            warnings.append(f"{table}.{key}: the text stops inside this row and its cells cannot be placed with "
                            "certainty: row left out")
            continue
        if None in placed:
            shown = sum(1 for c in placed if c is not None)
            warnings.append(f"{table}.{key}: the text stops inside this row: {shown} of {len(placed)} cells read, "
                            "the others left out")
        cells[key] = placed
    return Assignment(cells, warnings)


def _drop_stray_guesses(rows: list[Row], anchor_of: list[str | None], taken: dict[str, int],
                        index: dict[str, int], template_name: str, table: str) -> None:
    """Un-anchor a row placed by a fuzzy label match (no signature) out of order with the rows around it that
    their labels name for certain: `其他情）` (the tail of a wrapped, OCR-damaged 部分公开 label) between 予以公开
    and 属于国家秘密 is not 3.其他.  Whole fragments of a table may move in PDF-to-text output, but then their rows
    are named for certain; a guess that breaks the order is left to the gap filling."""
    certain = [(pos, index[key]) for pos, key in enumerate(anchor_of)
               if key is not None and _own_evidence(rows[pos], template_name, table).get(key, 0) >= labels.CERTAIN]
    for pos, key in enumerate(anchor_of):
        if key is None or _own_evidence(rows[pos], template_name, table).get(key, 0) >= labels.CERTAIN:
            continue
        before = [i for p, i in certain if p < pos]
        after = [i for p, i in certain if p > pos]
        if (before and before[-1] > index[key]) or (after and after[0] < index[key]):
            anchor_of[pos] = None
            del taken[key]


def place(row: Row, columns: tuple[str, ...]) -> list[Cell | None] | None:
    """A row's cells in template column order.  By the header above it when the text keeps the grid; else
    fitted to the columns.  A row the text cuts short gets None for the cells it does not show, or is refused
    (None) when its first cell could be a structural empty (a moved or wrapped label cell) rather than a value."""
    by_header = _by_header(row, columns)
    if by_header is not None:
        return by_header
    width = len(columns)
    if row.incomplete and row.cells[0].kind is Kind.BLANK and len(row.cells) <= width:
        return None  # a structural empty or a blank value: with the row's end cut off, nothing tells which
    if not row.incomplete or len(row.cells) >= width:
        return list(fit(row.cells, width))
    return [*row.cells, *[None] * (width - len(row.cells))]


def _by_header(row: Row, columns: tuple[str, ...]) -> list[Cell | None] | None:
    """Cells by the header column each stands under, when the row's line is as wide as the header's (the text
    keeps the table's grid): a blank 总计 cannot shift the row left, a value cell merged over two grid columns
    cannot push the next one out.  None when the header does not name every column or a value falls outside."""
    header = row.header
    if header is None or row.start < 0 or row.width > len(header) or (row.width < len(header)
                                                                       and not row.incomplete):
        return None
    spans = _column_spans(header, columns)
    if spans is None:
        return None
    placed: dict[str, Cell] = {}
    for offset, cell in enumerate(row.cells):
        at = row.start + offset
        owner = next((c for c, (low, high) in spans.items() if low <= at < high), None)
        if cell.kind is not Kind.NUMBER:
            continue
        if owner is None or owner in placed:
            return None
        placed[owner] = cell
    shown = row.start + len(row.cells)  # positions from here on are not in the text (a cut row)
    return [placed.get(c) or (BLANK if spans[c][1] <= shown else None) for c in columns]


@functools.lru_cache(maxsize=1024)
def _column_spans(header: tuple[str, ...], columns: tuple[str, ...]) -> dict[str, tuple[int, int]] | None:
    """Each column's [first, end) grid positions under a header line, or None when it does not name them all."""
    positions: dict[str, int] = {}
    for position, text in enumerate(header):
        column = labels.column_of(text, columns) if text else None
        if column is not None and column not in positions:
            positions[column] = position
    if len(positions) != len(columns):
        return None
    starts = sorted(positions.values())
    return {c: (p, next((s for s in starts if s > p), len(header))) for c, p in positions.items()}


_OTHER_SUBROWS = ("other_no_correction", "other_no_fee", "other_other")


def application_row_set(rows: list[Row], template_name: str) -> str:
    """The row set of table 三: a 2021 report that prints （六）其他处理 as one row with numbers, and none of the
    three rows under it, uses `template.OTHER_AS_ONE` (its row is `other`, never `other_other`)."""
    if template_name != "2021":
        return template_name

    def names_other(row: Row) -> bool:  # its own label, or the label line above a row of bare numbers
        label = row.label or (row.lead[-1] if row.lead else "")
        return _anchor(labels.evidence(label, template.OTHER_AS_ONE, "applications") if label else {}) == "other"

    def names_a_subrow(row: Row) -> bool:
        label = row.label or " ".join(row.lead[-2:])
        return _anchor(labels.evidence(label, template_name, "applications") if label else {}) in _OTHER_SUBROWS

    single = any((row.numbers or len(row.cells) >= len(template.APPLICANT_COLUMNS)) and names_other(row)
                 for row in rows)
    split = any(names_a_subrow(row) for row in rows)
    return template.OTHER_AS_ONE if single and not split else template_name


def _unrun(row: Row, width: int, warnings: list[str]) -> Row:
    """A row whose numbers were run together into one (`21710000218`), split by the row-total rule."""
    numbers = [c for c in row.cells if c.kind is Kind.NUMBER]
    if len(numbers) != 1 or len(numbers[0].text) < width:
        return row
    split = split_run_together(numbers[0].text, width)
    if split is None:
        return row
    warnings.append(f"{row.label or 'a row'}: numbers run together ({numbers[0].text}) split by the row-total rule")
    return Row(row.labels, [Cell(Kind.NUMBER, v, str(v)) for v in split], row.lead, row.line)


def _fill(gap: list[int], slots: list[str], rows: list[Row], width: dict[str, int], template_name: str,
          table: str) -> list[tuple[int, str]]:
    """Best order-preserving matching of gap rows to free template rows (rows may be skipped as junk)."""
    if not gap or not slots:
        return []
    hints = [_lead_evidence(rows[i], template_name, table) or _own_evidence(rows[i], template_name, table)
             for i in gap]

    def score(g: int, s: int) -> float:
        row = rows[gap[g]]
        hint = hints[g].get(slots[s], 0.0)
        if row.incomplete:  # what a row cut short shows says little of its shape: only its label may place it
            return 1.0 if hint >= ANCHOR else -1.0
        if row.numbers == 0:
            # An all-blank row is this row only if the label line just above it says so (`行政许可` / `—`).
            return 1.0 if hint >= ANCHOR and len(row.cells) >= width[slots[s]] else -1.0
        return _shape(row, width[slots[s]]) + HINT * hint

    m, n = len(gap), len(slots)
    # best[g][s]: best total using gap rows g.. and slots s..
    best = [[0.0] * (n + 1) for _ in range(m + 1)]
    move = [[0] * (n + 1) for _ in range(m + 1)]  # 0 take, 1 skip row, 2 skip slot
    for g in range(m - 1, -1, -1):
        for s in range(n - 1, -1, -1):
            options = (score(g, s) + best[g + 1][s + 1], best[g + 1][s] - 0.05, best[g][s + 1])
            choice = max(range(3), key=lambda k: (options[k], -k))
            best[g][s], move[g][s] = options[choice], choice
    out: list[tuple[int, str]] = []
    g = s = 0
    while g < m and s < n:
        if move[g][s] == 0:
            if score(g, s) > 0:
                out.append((gap[g], slots[s]))
            g, s = g + 1, s + 1
        elif move[g][s] == 1:
            g += 1
        else:
            s += 1
    return out


def review_stream(rows: list[Row], flattened: bool = False) -> dict[str, list[Cell | None]] | None:
    """Table 四: fifteen cells in a fixed order (review ×5, direct suit ×5, suit after review ×5).

    Reports print them as one line, as three labelled rows, one cell per line, or as ragged rows of a grid
    (行政复议's five cells on one row, 行政诉讼's ten on the next, padded to the grid's width); header words are
    not cells.  `flattened`: the report's other tables run their cells together, so table 四's digits are one run
    of fifteen cells (fewer digits: some cells were blank and left nothing, and no reading can be trusted).
    """
    numbers = [c for row in rows for c in row.cells if c.kind is Kind.NUMBER]
    if flattened or (rows and all(row.run is not None for row in rows)):
        digits = "".join(row.run or "" for row in rows) or "".join(c.text for c in numbers)
        return (flat.decode_review(digits)[0] or None) if len(re.sub(r"\D", "", digits)) >= 15 else None
    if len(numbers) == 1 and len(re.sub(r"\D", "", numbers[0].text)) >= 15:  # fifteen cells run together
        return flat.decode_review(numbers[0].text)[0] or None
    stream: list[Cell] = []
    printed = 0  # cells the rows actually had: trailing blanks cut by _whole_groups still count at the end
    cut = False
    for row in rows:
        if row.numbers == 0 and (row.labels or len(row.cells) < 5):
            continue  # header words, or the stray empty cells a header line ends with
        printed = len(stream) + len(row.cells)
        cut = row.incomplete
        stream.extend(row.cells if cut else _whole_groups(row.cells))
        if len(stream) >= 15:
            break
    stream += [BLANK] * (min(printed, 15) - len(stream))
    while len(stream) > 15 and stream[-1].kind is Kind.BLANK:
        stream.pop()
    if not any(c.kind is Kind.NUMBER for c in stream) and len(stream) < 15:
        return None  # (fifteen blank cells are a table 四 left entirely blank: three rows of nulls)
    keys = [r.key for r in template.REVIEW]
    out: dict[str, list[Cell | None]] = {}
    for i, key in enumerate(keys):
        chunk = stream[5 * i: 5 * i + 5]
        if chunk:  # the text stopping inside the stream shows only the first cells of its last row
            out[key] = [*chunk, *[None] * (5 - len(chunk))] if cut and len(chunk) < 5 else list(fit(chunk, 5))
    return out


def _whole_groups(cells: list[Cell]) -> list[Cell]:
    """A row's cells up to the end of its last group of five that holds a number: blank cells after it are either
    padding of a ragged grid or blanks, and both mean the same at the end of a row, but padding must not push the
    next row's cells out of place."""
    last = max((i for i, c in enumerate(cells) if c.kind is Kind.NUMBER), default=-1)
    if last < 0:
        return cells[: max(5, len(cells) // 5 * 5)] if len(cells) <= 15 else cells[:15]
    return cells[: (last // 5 + 1) * 5]


def values(cells: list[Cell | None], columns: tuple[str, ...]) -> dict[str, Number | None]:
    """Column → number, or None for a blank cell; a cell the text does not show (None) is left out."""
    return {col: cell.value if cell.kind is Kind.NUMBER else None
            for col, cell in zip(columns, cells, strict=True) if cell is not None}
