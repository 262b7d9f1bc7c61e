"""`render(report, layout, rng) -> str`: one generated report in one of the layouts real reports reach us in.

Layouts (see writers.py and html.py for what each does to the text):

=====================  ==================================================================================
``tabs``               haizhu/panyu: TAB-separated rows, merged label cells in odd places, header block
                       repeated mid-table, optional trailing pad cells
``one_cell_per_line``  yaodu: a TAB before every cell, blank line between rows, NBSP blanks, words split
``pipes``              shuyang: markdown ``##`` headings, ``|---|`` tables, whole or split into sub-tables
``spaces``             pdftotext: prose hard-wrapped, cells separated by spaces, long labels wrapped
``split_pages``        spaces or tabs, cut by page footers (``- 4 -``, ``— 5 —``, form feed) with the table
                       header repeated on the next page and sentences broken across pages
``broken_labels``      tabs, one-cell or spaces with labels wrapped inside cells, OCR look-alikes, dropped
                       characters, stray spaces; ``?`` where a NBSP was
``no_review_heading``  tabs, but table 四 is 15 bare numbers next to a ``---`` separator row, no heading
``traditional``        any text layout converted to traditional characters, sometimes with pinyin glosses
``html``               a government CMS page with ``<table>`` rowspan/colspan (render returns the HTML text;
                       encode it with ``html.page_bytes``)
=====================  ==================================================================================

Blank (null) cells are written as nothing, a space, NBSP, ``-`` or ``—`` (``?`` in OCR-damaged text), depending
on the layout; every other cell text is a number. Numbers may carry thousands separators (``517,645``), a plus sign
on 本年增/减, fixed decimals on money (``0.00``), full-width digits or a note (``22（其中修订16件）``).
"""

from __future__ import annotations

import random
import re
from typing import Any

from replica.reportgen import html
from replica.reportgen.document import SECTION_FOUR, Document, Table, compose
from replica.reportgen.flatten import NBSP, NumberStyle, Slot
from replica.reportgen.labels import random_style
from replica.reportgen.narrative import Heading
from replica.reportgen.noise import damage_labels, to_traditional
from replica.reportgen.writers import (
    CellsWriter,
    Lines,
    PageBreaks,
    PipesWriter,
    SpacesWriter,
    TabsWriter,
    Writer,
    write_text,
)

LAYOUTS = ("tabs", "one_cell_per_line", "pipes", "spaces", "split_pages", "broken_labels", "no_review_heading",
           "traditional", "html")
TEXT_LAYOUTS = tuple(name for name in LAYOUTS if name != "html")

_WRITERS: dict[str, type[Writer]] = {"tabs": TabsWriter, "cells": CellsWriter, "pipes": PipesWriter,
                                     "spaces": SpacesWriter}
_BLANKS = {
    "tabs": [("",), (" ",), (NBSP,), ("", NBSP)],
    "cells": [("",), (NBSP,), ("", NBSP), (" ",)],
    "pipes": [("",), ("-",), ("—",)],
    "spaces": [("-",), ("—",), ("-", "—")],  # pdftotext drops empty cells: only a visible dash keeps a blank
    "html": [("",), (NBSP,), ("-",), ("—",)],
}


def _base(layout: str, rng: random.Random) -> str:
    return {
        "tabs": "tabs", "one_cell_per_line": "cells", "pipes": "pipes", "spaces": "spaces", "html": "html",
        "split_pages": rng.choice(["spaces", "spaces", "tabs"]),
        "broken_labels": rng.choice(["tabs", "cells", "spaces"]),
        "no_review_heading": "tabs",
        "traditional": rng.choice(["tabs", "cells", "pipes", "spaces"]),
    }[layout]


def number_style(base: str, layout: str, rng: random.Random) -> NumberStyle:
    blanks = rng.choice(_BLANKS[base])
    if layout == "broken_labels" and base != "spaces" and rng.random() < 0.5:
        blanks = (*blanks, "?")
    return NumberStyle(
        blank_tokens=blanks,
        thousands=rng.random() < 0.15,
        plus_sign=rng.random() < 0.3,
        fixed_decimals=rng.choice([None, None, None, 2]),
        annotate=base != "spaces" and rng.random() < 0.15,
        fullwidth=rng.random() < 0.05,
    )


def _bare_review(doc: Document, writer: Writer, rng: random.Random) -> None:
    """panyu: table 四 reduced to its 15 numbers beside a `---` separator row, with no heading and no header."""
    blocks = doc.blocks
    for i, block in enumerate(blocks):
        if isinstance(block, Table) and block.grid.table == "review":
            values = "\t".join(writer.text(Slot(c)) for c in block.grid.body[0])
            rule = "\t".join(["---"] * 15)
            blocks[i] = Lines([values, rule] if rng.random() < 0.7 else [rule, values])
            if isinstance(blocks[i - 1], Heading) and blocks[i - 1].text[1:] == SECTION_FOUR[1:]:
                del blocks[i - 1]
            return


_CJK_DIGIT = re.compile(r"(?<=[\u4e00-\u9fff])(?=[0-9])|(?<=[0-9])(?=[\u4e00-\u9fff])")


def _converter_traces(text: str, base: str, rng: random.Random) -> str:
    """What the converting tool leaves: pdfium's spaces between CJK and digits (`2024 年度`) and CRLF line ends;
    LibreOffice's byte-order mark before one-cell-per-line text."""
    if base == "spaces":
        if rng.random() < 0.3:
            text = _CJK_DIGIT.sub(" ", text)
        if rng.random() < 0.2:
            text = text.replace("\n", "\r\n")
    if base == "cells" and rng.random() < 0.2:
        text = "\ufeff" + text
    return text


def render(report: dict[str, Any], layout: str, rng: random.Random) -> str:
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; choose from {LAYOUTS}")
    doc = compose(report, rng, random_style(rng))
    base = _base(layout, rng)
    numbers = number_style(base, layout, rng)
    if base == "html":
        return html.render_page(doc, rng, numbers)
    writer = _WRITERS[base](rng, numbers)
    if layout == "broken_labels":
        damage_labels(doc, rng, wrap_cells=base != "spaces")
    if layout == "no_review_heading":
        _bare_review(doc, writer, rng)
    text = write_text(doc, writer, PageBreaks(rng) if layout == "split_pages" else None)
    text = _converter_traces(text, base, rng)
    if layout == "traditional":
        text = to_traditional(text, rng, gloss_rate=rng.choice([0.0, 0.0, 0.15, 0.4]))
    return text
