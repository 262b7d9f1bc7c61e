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
``no_title``           a text layout without the title (and mostly without the preface and signature): the text
                       starts at 一、总体情况, whose first sentence names the year and the agency
``prose_only``         the statistical tables stripped (any layout): only the prose states figures
``flattened``          the tables' cells joined without separators (``规章000``); blanks leave nothing
``cut``                any other text layout or a page's extracted text, cut at a random point (mostly inside
                       the tables): only the cells fully present can be read
``image_tables``       an HTML page whose three tables are pictures (PNG/JPEG rendered from the grids);
                       `Rendering.images` holds them by file name
=====================  ==================================================================================

`render_expected(report, layout, rng)` returns a `Rendering`: the text (or page), what a correct parser must read
from it (`expected`: metadata, tables, narrative figures) and every cell it may give (`truth`).  For the layouts
that carry the whole report both are the report's tables; a cut text requires only the cells fully present (the
cell and a printed character after it are in the text) and allows only the cells at least partly present; a
flattened table requires nothing and allows the report's values.

Blank (null) cells are written as nothing, a space, NBSP, ``-`` or ``—`` (``?`` in OCR-damaged text), depending
on the layout; every other cell text is a number. Numbers may carry thousands separators (``517,645``), a plus sign
on 本年增/减, fixed decimals on money (``0.00``), full-width digits or a note (``22（其中修订16件）``).
"""

from __future__ import annotations

import random
import re
from typing import Any

from replica.reportgen import cut, html, images, narrative
from replica.reportgen.document import SECTION_FOUR, Document, Signature, Table, Title, compose
from replica.reportgen.flatten import NBSP, NumberStyle, Slot
from replica.reportgen.labels import random_style
from replica.reportgen.narrative import Heading
from replica.reportgen.noise import damage_labels, to_traditional
from replica.reportgen.rendering import Rendering
from replica.reportgen.writers import (
    CellsWriter,
    FlatWriter,
    Lines,
    PageBreaks,
    PipesWriter,
    SpacesWriter,
    TabsWriter,
    Writer,
    write_text,
)

_WHOLE_TEXT = ("tabs", "one_cell_per_line", "pipes", "spaces", "split_pages", "broken_labels", "no_review_heading",
               "traditional")
LAYOUTS = (*_WHOLE_TEXT, "html", "no_title", "prose_only", "flattened", "cut", "image_tables")
# Text layouts that carry the whole report: the parser reads them back exactly.
TEXT_LAYOUTS = (*_WHOLE_TEXT, "no_title")
# Layouts a cut is applied to (html: the page's text as the extractor gives it).
CUT_BASES = (*TEXT_LAYOUTS, "html")

_WRITERS: dict[str, type[Writer]] = {"tabs": TabsWriter, "cells": CellsWriter, "pipes": PipesWriter,
                                     "spaces": SpacesWriter, "flat": FlatWriter}
_BLANKS = {
    "tabs": [("",), (" ",), (NBSP,), ("", NBSP)],
    "cells": [("",), (NBSP,), ("", NBSP), (" ",)],
    "pipes": [("",), ("-",), ("—",)],
    "spaces": [("-",), ("—",), ("-", "—")],  # pdftotext drops empty cells: only a visible dash keeps a blank
    "html": [("",), (NBSP,), ("-",), ("—",)],
    "flat": [("",)],
}


def _base(layout: str, rng: random.Random) -> str:
    return {
        "tabs": "tabs", "one_cell_per_line": "cells", "pipes": "pipes", "spaces": "spaces", "html": "html",
        "split_pages": rng.choice(["spaces", "spaces", "tabs"]),
        "broken_labels": rng.choice(["tabs", "cells", "spaces"]),
        "no_review_heading": "tabs",
        "traditional": rng.choice(["tabs", "cells", "pipes", "spaces"]),
        "no_title": rng.choice(["tabs", "cells", "pipes", "spaces"]),
        "prose_only": rng.choice(["tabs", "cells", "pipes", "spaces", "html"]),
        "flattened": "flat",
    }[layout]


def number_style(base: str, layout: str, rng: random.Random, mark: dict[tuple[str, str, str], int] | None = None
                 ) -> NumberStyle:
    blanks = rng.choice(_BLANKS[base])
    if layout == "broken_labels" and base != "spaces" and rng.random() < 0.5:
        blanks = (*blanks, "?")
    thousands, plus, decimals = rng.random() < 0.15, rng.random() < 0.3, rng.choice([None, None, None, 2])
    annotate, fullwidth = base != "spaces" and rng.random() < 0.15, rng.random() < 0.05
    if base == "flat":  # separators inside numbers would be read as cell boundaries by nobody: keep digits plain
        thousands = annotate = False
    return NumberStyle(blank_tokens=blanks, thousands=thousands, plus_sign=plus, fixed_decimals=decimals,
                       annotate=annotate, fullwidth=fullwidth, marks=mark)


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
    """The text (or HTML page) of a report in one layout."""
    return render_expected(report, layout, rng).text


def render_expected(report: dict[str, Any], layout: str, rng: random.Random) -> Rendering:
    """The rendering and what a correct parser reads from it (see the module docstring)."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; choose from {LAYOUTS}")
    if layout == "cut":
        return cut.render_cut(report, rng, _compose_and_write, CUT_BASES)
    if layout == "image_tables":
        return images.render_image_page(report, rng)
    text, doc = _compose_and_write(report, layout, rng)
    tables = {} if layout == "prose_only" else report["tables"]
    expected = {key: report[key] for key in ("agency", "year", "template")}
    expected["tables"] = {name: tables.get(name, {}) for name in ("active", "applications", "review")}
    expected["narrative"] = narrative.stated(doc.blocks)
    truth = report["tables"] if layout == "flattened" else expected["tables"]
    if layout == "flattened":
        expected["tables"] = {name: {} for name in ("active", "applications", "review")}
    return Rendering(text, expected, truth, base=layout)


def render_cut(report: dict[str, Any], base: str, rng: random.Random) -> Rendering:
    """The `cut` layout with a chosen base layout (one of CUT_BASES)."""
    return cut.render_cut(report, rng, _compose_and_write, (base,))


def _compose_and_write(report: dict[str, Any], layout: str, rng: random.Random,
                       mark: dict[tuple[str, str, str], int] | None = None) -> tuple[str, Document]:
    """(text or page, document) of one layout; `mark` (cell → id, marks.numbering) wraps value cells in marks
    without changing anything else, random draws included."""
    style = random_style(rng)
    doc = compose(report, rng, style, name_in_body=True if layout == "no_title" else None)
    base = _base(layout, rng)
    numbers = number_style(base, layout, rng, mark)
    if layout == "no_title":
        _drop_title(doc, rng)
    if layout == "prose_only":
        doc.blocks = [b for b in doc.blocks if not isinstance(b, Table)]
    if base == "html":
        return html.render_page(doc, rng, numbers), doc
    writer = _WRITERS[base](rng, numbers)
    if layout == "broken_labels":
        damage_labels(doc, rng, wrap_cells=base != "spaces")
    if layout == "no_review_heading":
        _bare_review(doc, writer, rng)
    text = write_text(doc, writer, PageBreaks(rng) if layout == "split_pages" else None)
    text = _converter_traces(text, base, rng)
    if layout == "traditional":
        text = to_traditional(text, rng, gloss_rate=rng.choice([0.0, 0.0, 0.15, 0.4]))
    return text, doc


def _drop_title(doc: Document, rng: random.Random) -> None:
    """A page whose text starts at 一、总体情况 (the issue's example: `2021年,海珠区认真贯彻落实…`): no title,
    mostly no preface (which names the agency in its contact line) and sometimes no signature."""
    keep_preface, keep_signature = rng.random() < 0.3, rng.random() < 0.5
    blocks = [b for b in doc.blocks if not isinstance(b, Title)]
    if not keep_preface:
        blocks = blocks[1:]  # the preface is the first paragraph
    if not keep_signature:
        blocks = [b for b in blocks if not isinstance(b, Signature)]
    doc.blocks = blocks
