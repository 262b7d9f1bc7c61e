"""The `cut` layout: a rendering cut short at a random point, as a crawler meets real pages (a truncated download,
a page whose text stops inside a table, the opening characters a listing shows).

The rendering is made twice from the same random state, once with every value cell marked (marks.py), so each
cell's place in the text is known.  After the cut a cell is

* *fully present* when the text goes on after it with a printed character (its end is certain: `12` followed by
  a TAB and `3` cannot have been `123`): a correct parser must read it, unless its row is the one the cut runs
  through (some of its cells shown, some not): that row may be left out or given in part;
* *partly present* when it starts before the cut: a parser may give it, and then only its true value;
* *absent* otherwise: a parser must not give it.

`Rendering.cut_row` names the row the cut runs through, if any: a parser must say so in a warning.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from replica.reportgen import marks
from replica.reportgen.rendering import Rendering

if TYPE_CHECKING:
    from replica.reportgen.document import Document

Write = Callable[..., tuple[str, "Document"]]
_BARE_REVIEW_SHOWN = 11  # cells of a bare table 四 line that show it is no row of table 三 (seven cells)
TABLES = ("active", "applications", "review")


def page_text(page: str) -> str:
    """A generated page's text as the extractor gives it, its title first (as an attachment made from it)."""
    from crawler.extract import extract
    from replica.reportgen.html import page_bytes

    extracted = extract(page_bytes(page))
    head = "".join(extracted.text.split("\n", 3)[:3]).replace(" ", "")
    title = extracted.title or ""
    return extracted.text if title.replace(" ", "") in head else f"{title}\n\n{extracted.text}"


def _cut_point(text: str, spans: dict[marks.Address, tuple[int, int]], rng: random.Random) -> int:
    """Mostly inside the tables (where a cut matters), sometimes anywhere."""
    if spans and rng.random() < 0.85:
        first = min(start for start, _ in spans.values())
        last = max(end for _, end in spans.values())
        return max(1, min(len(text), rng.randint(first - 40, last + 40)))
    return rng.randint(1, len(text))


def _tables(report: dict[str, Any], cells: set[marks.Address]) -> dict[str, dict[str, dict[str, Any]]]:
    out: dict[str, dict[str, dict[str, Any]]] = {name: {} for name in TABLES}
    for table, row, column in sorted(cells):
        out[table].setdefault(row, {})[column] = report["tables"][table][row][column]
    return out


def render_cut(report: dict[str, Any], rng: random.Random, write: Write, bases: tuple[str, ...]) -> Rendering:
    base = rng.choice(bases)
    numbers = marks.numbering(report["tables"])
    state = rng.getstate()
    marked, _doc = write(report, base, rng, mark=numbers)
    rng.setstate(state)
    plain, _doc = write(report, base, rng)
    if base == "html":
        marked, plain = page_text(marked), page_text(plain)
    clean, spans = marks.unmark(marked, {n: address for address, n in numbers.items()})
    if clean != plain:
        raise AssertionError(f"marking the cells changed the {base} rendering")
    at = _cut_point(clean, spans, rng)
    text = clean[:at]
    full = {address for address, (_start, end) in spans.items() if end < at and text[end:].strip()}
    partly = {address for address, (start, _end) in spans.items() if start < at}
    rows = {address[:2] for address in spans}
    cut_rows = [row for row in rows if any(a[:2] == row for a in partly) and any(
        a[:2] == row and a not in full for a in spans)]
    required = {address for address in full if address[:2] not in cut_rows}
    if base == "no_review_heading" and sum(1 for a in partly if a[0] == "review") < _BARE_REVIEW_SHOWN:
        # Table 四 without heading is a bare line of numbers, known as table 四 only by its width: cut short, it
        # is a row of numbers like any other, which nothing may be read into.
        required = {address for address in required if address[0] != "review"}
    expected: dict[str, Any] = {"tables": _tables(report, required)}
    if full:  # the title and the tables' headers come before any cell
        expected.update({key: report[key] for key in ("agency", "year", "template")})
    return Rendering(text, expected, _tables(report, partly), base=base, cut_at=at,
                     cut_row=".".join(cut_rows[0]) if cut_rows else None)
