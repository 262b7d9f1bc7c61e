"""Tables whose cells were run together without separators (`规章000`, `一、本年新收…5870010066`), as some
HTML-to-text exports write them.

A run of digits holds a row's cells in order, but not where one ends and the next begins.  The template says how
many cells a row has, and its consistency rules tie them together: a row of table 三 ends with the sum of its six
applicant cells, a row of table 四 with the sum of its four results, and table 三's columns balance (new + carried
over = handled + carried forward; handled = the sum of the outcome rows).  Every split of every run that keeps
those rules is a candidate; a cell is emitted only when all candidates left agree on it.  Everything else stays
absent.  The reading assumes that no cell was blank (a blank leaves no digit): the confidence note says so.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from crawler.parse import template
from crawler.parse.cells import Cell, Kind, Number, to_number

# A run: digits, decimal points and signs with nothing between them.
_RUN = re.compile(r"[+-]?\d+(?:\.\d+)?(?:[+-]?\d+(?:\.\d+)?)*")
# A digit before `、`/`.` and an ideograph is the next label's item number (`…00022、其他法律…`), not a cell.
_ENUMERATOR = re.compile(r"\d(?=[、.．]\s?[\u4e00-\u9fff])")
_SEPARATED = re.compile(r"\d[\t|]|\d\s+[+-]?\d|[\t|]\s*[+-]?\d")
_GLUED = re.compile(r"[\u4e00-\u9fff)）”\]]\d")
_STEPS = 200_000  # candidate splits explored per row before it is left undetermined
_JOINT = 20_000  # combinations of candidates tried per consistency rule


@dataclass(frozen=True)
class Run:
    label: str
    digits: str  # the run as printed, signs and decimal points included


def is_flattened(lines: list[str]) -> bool:
    """A table region whose numbers are all glued to their labels or to each other: no number stands apart."""
    if any("\t" in line or "|" in line for line in lines):
        return False  # cells with separators between them
    digit_lines = [line for line in lines if re.search(r"\d", line) and not line.rstrip().endswith("。")]
    if not digit_lines or any(_SEPARATED.search(line) for line in digit_lines):
        return False
    return sum(len(_GLUED.findall(line)) for line in digit_lines) >= 2


def runs(lines: list[str]) -> list[Run]:
    """The (label, run) pairs of a flattened region, in order; a run with no text before it has label ''."""
    out: list[Run] = []
    for line in lines:
        label_start = 0
        for match in _RUN.finditer(line):
            start, end = match.span()
            digits = match.group(0)
            enumerator = _ENUMERATOR.match(line, end - 1) if end - start > 1 else None
            if enumerator and line[end: end + 1] in "、.．":
                digits, end = digits[:-1], end - 1  # the item number of the next label
            elif end - start == 1 and line[end: end + 1] in ("、", ".", "．"):
                continue  # a lone item number: part of the label it starts
            label = line[label_start:start].strip()
            out.append(Run(label, digits))
            label_start = end
    return out


def _splits(run: str, parts: int, signed: frozenset[int], last_is_sum_of: int = 0) -> list[tuple[Number, ...]] | None:
    """Every way to read `run` as `parts` numbers (no leading zeros; a sign only where `signed` allows one).
    `last_is_sum_of=k`: the last number is the sum of the k before it.  None when there are too many to try."""
    found: list[tuple[Number, ...]] = []
    steps = 0

    def numbers_at(i: int, index: int) -> Iterator[tuple[Number, int]]:
        sign = ""
        if i < len(run) and run[i] in "+-":
            if index not in signed:
                return
            sign, i = run[i], i + 1
        for end in range(i + 1, len(run) + 1):
            whole = run[i:end]
            if not whole.isdigit() or (len(whole) > 1 and whole[0] == "0"):
                return
            yield to_number(sign, whole, None), end
            if end < len(run) and run[end] == ".":
                for tail in range(end + 2, len(run) + 1):
                    if not run[end + 1: tail].isdigit():
                        break
                    yield to_number(sign, whole, run[end: tail]), tail

    def walk(i: int, acc: list[Number]) -> None:
        nonlocal steps
        steps += 1
        if steps > _STEPS:
            raise OverflowError
        if len(acc) == parts - 1 and last_is_sum_of:
            expected = sum(acc[-last_is_sum_of:])
            if run[i:] == _plain(expected):
                found.append((*acc, expected))
            return
        if len(acc) == parts:
            if i == len(run):
                found.append(tuple(acc))
            return
        if len(run) - i < parts - len(acc):
            return
        for value, end in numbers_at(i, len(acc)):
            walk(end, [*acc, value])

    try:
        walk(0, [])
    except OverflowError:
        return None
    return found


def _plain(value: Number) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def decode(runs_by_row: dict[str, str], row_set: str, table: str) -> tuple[dict[str, list[Cell | None]], str]:
    """Cells of each row (None: not determined) and a confidence note."""
    spec = {r.key: r for r in template.rows(row_set, table)}
    candidates: dict[str, list[tuple[Number, ...]]] = {}
    for key, digits in runs_by_row.items():
        columns = spec[key].columns
        signed = frozenset(i for i, c in enumerate(columns) if c == "change")
        found = _splits(digits, len(columns), signed, last_is_sum_of=6 if table == "applications" else 0)
        if found == []:  # no reading at all: a blank cell left no digit, so no reading can be trusted
            return {}, (f"{table}: cells run together without separators (`规章000`), and the {key!r} row has no "
                        "reading with one digit group per cell: some cells are blank, nothing decoded")
        if found:
            candidates[key] = found
    if table == "applications":
        _prune(candidates, row_set)
    out: dict[str, list[Cell | None]] = {}
    determined = total = 0
    for key in runs_by_row:
        width = len(spec[key].columns)
        total += width
        options = candidates.get(key)
        if not options:
            continue
        cells: list[Cell | None] = []
        for column in range(width):
            values = {option[column] for option in options}
            cells.append(Cell(Kind.NUMBER, values.pop(), "") if len(values) == 1 else None)
        determined += sum(1 for c in cells if c is not None)
        if any(c is not None for c in cells):
            out[key] = cells
    note = (f"{table}: cells run together without separators (`规章000`); {determined} of {total} cells decoded "
            "where the template's row order and consistency rules leave one reading, assuming no cell was blank; "
            "the others left out")
    return out, note


def _prune(candidates: dict[str, list[tuple[Number, ...]]], row_set: str) -> None:
    """Drop candidates that cannot meet table 三's column rules with any candidates of the other rows."""
    keys = [r.key for r in template.rows(row_set, "applications")]
    outcomes = keys[keys.index(template.HANDLED_FIRST): keys.index(template.HANDLED_LAST_EXCLUSIVE)]
    rules = [(("new", "carried_over"), ("handled_total", "carried_forward")), (tuple(outcomes), ("handled_total",))]
    changed = True
    while changed:
        changed = False
        for left, right in rules:
            rows = [*left, *right]
            if not all(r in candidates for r in rows):
                continue
            sizes = [len(candidates[r]) for r in rows]
            if max(sizes) == 1 or _product(sizes) > _JOINT:
                continue
            kept: dict[str, set[tuple[Number, ...]]] = {r: set() for r in rows}
            for combo in itertools.product(*(candidates[r] for r in rows)):
                chosen = dict(zip(rows, combo, strict=True))
                if all(abs(sum(chosen[r][c] for r in left) - sum(chosen[r][c] for r in right)) < 1e-9
                       for c in range(7)):
                    for r in rows:
                        kept[r].add(chosen[r])
            for r in rows:
                narrowed = [o for o in candidates[r] if o in kept[r]]
                if narrowed and len(narrowed) < len(candidates[r]):
                    candidates[r] = narrowed
                    changed = True


def _product(sizes: list[int]) -> int:
    result = 1
    for size in sizes:
        result *= size
    return result


def decode_review(digits: str) -> tuple[dict[str, list[Cell | None]], str]:
    """Table 四's fifteen cells run together: three groups of five, each ending with the sum of its four."""
    options = _review_groups(digits) or []
    out: dict[str, list[Cell | None]] = {}
    determined = 0
    for index, row in enumerate(template.REVIEW):
        cells: list[Cell | None] = []
        for column in range(5):
            values = {option[5 * index + column] for option in options}
            cells.append(Cell(Kind.NUMBER, values.pop(), "") if len(values) == 1 else None)
        determined += sum(1 for c in cells if c is not None)
        if any(c is not None for c in cells):
            out[row.key] = cells
    return out, (f"review: fifteen cells run together; {determined} of 15 decoded where the row totals leave one "
                 "reading, assuming no cell was blank")


def _review_groups(digits: str) -> list[tuple[Number, ...]] | None:
    """Every reading of the fifteen cells: each prefix that is a valid group of five, then the rest."""
    readings: list[tuple[Number, ...]] = []

    def walk(rest: str, acc: tuple[Number, ...]) -> None:
        if len(readings) > _JOINT:
            raise OverflowError
        if len(acc) == 15:
            if not rest:
                readings.append(acc)
            return
        for cut in range(5, len(rest) + 1):
            group = _splits(rest[:cut], 5, frozenset(), last_is_sum_of=4)
            for option in group or ():
                walk(rest[cut:], acc + option)

    try:
        walk(digits, ())
    except OverflowError:
        return None
    return readings
