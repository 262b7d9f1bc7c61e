"""Text layouts of a composed document: TAB rows, one cell per line, markdown pipes, pdftotext-like spaces.

Each writer turns blocks into lines; `write_text` joins them and, for the page-split layout, lets a `PageBreaks`
cut tables and paragraphs with page-number lines and repeated table headers.

Ambiguity rules the writers keep, so that every rendering can in principle be read back exactly:

* a row with a blank cell is never shuffled (haizhu's moved empty label cells) and a table with a blank cell gets no
  trailing pad cell: both would make a blank value indistinguishable from layout padding;
* pdftotext-like text drops empty cells, so there a blank is always written as ``-`` or ``—``;
* in one-cell-per-line text a line starting with TAB starts a cell, a non-empty line without TAB continues the
  previous cell, and a blank line ends a row; prose is always separated from tables by a blank line.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Any

from replica.reportgen.document import Document, Signature, Table, Title
from replica.reportgen.flatten import NBSP, NumberStyle, Slot, flatten, is_blank, slot_text
from replica.reportgen.grid import Cell, Grid
from replica.reportgen.narrative import Heading, Para

_ENUMERATOR = re.compile(r"^([（(][一二三四五六七][）)])\s*")


@dataclass
class TableText:
    header: list[str]
    rows: list[str]
    sep: str = "\n"

    def text(self) -> str:
        return self.sep.join([*self.header, *self.rows])


@dataclass
class Lines:
    """A block already in its final text (e.g. table 四 as bare numbers)."""

    lines: list[str]


class Writer:
    def __init__(self, rng: random.Random, numbers: NumberStyle) -> None:
        self.rng, self.numbers = rng, numbers

    def text(self, slot: Slot) -> str:
        return slot_text(slot, self.numbers, self.rng)

    def title(self, block: Title) -> list[str]:
        return [*block.lines, *([block.subtitle] if block.subtitle else [])]

    def heading(self, block: Heading) -> list[str]:
        return [block.text]

    def para(self, block: Para) -> list[str]:
        return [block.text]

    def signature(self, block: Signature) -> list[str]:
        pad = self.rng.choice(["", " " * 18, NBSP * 4])
        return [pad + line + pad[: len(pad) // 2] for line in block.lines]

    def table(self, grid: Grid) -> TableText:
        raise NotImplementedError


class TabsWriter(Writer):
    """haizhu/panyu: one TAB-separated line per table row, merged cells written as empty cells."""

    def __init__(self, rng: random.Random, numbers: NumberStyle) -> None:
        super().__init__(rng, numbers)
        self.indent = rng.choice(["", "", "\u3000\u3000", "    "])  # CMS text keeps the two-character indent
        self.model = "grid" if rng.random() < 0.7 else "word"
        self.shuffle_labels = rng.random() < 0.6
        self.repeat_header = rng.random() < 0.3

    def para(self, block: Para) -> list[str]:
        return [self.indent + block.text]

    def line(self, slots: list[Slot]) -> str:
        return "\t".join(self.text(s) for s in slots)

    def _shuffle(self, slots: list[Slot]) -> list[Slot]:
        """Word's text export misplaces merged label cells; the values stay the last numeric cells of the row."""
        lead = next((i for i, s in enumerate(slots) if not s.covered), 0)
        rest, empty = slots[lead:], Slot(Cell(), covered=True)
        roll = self.rng.random()
        if lead and roll < 0.25:  # some leading empty cells are lost (`⇥8. 属于行政查询事项⇥2…`)
            return [empty] * self.rng.randint(0, lead - 1) + rest
        if lead and roll < 0.5:  # moved behind the label and to the end (`7. 属于行政执法案卷⇥⇥0…0⇥`)
            return [rest[0], empty, *rest[1:], *[empty] * (lead - 1)]
        if roll < 0.7 and len(rest) > 1 and rest[0].cell.role == "group" and rest[1].cell.role == "label":
            match = _ENUMERATOR.match(rest[0].cell.text)
            if match:  # `无法提供⇥(四) 1. 本机关不掌握相关政府信息⇥13…`
                group = Slot(Cell(rest[0].cell.text[match.end():], "group"))
                item = Slot(Cell(f"{match.group(1)} {rest[1].cell.text}", "label"))
                return [group, item, *rest[2:]]
        return slots

    def table(self, grid: Grid) -> TableText:
        header = [self.line(r) for r in flatten(grid.header, grid.width, self.model)]
        body = flatten(grid.body, grid.width, self.model)
        trailing_pad = not any(is_blank(s) for r in body for s in r) and self.rng.random() < 0.3
        rows = []
        for slots in body:
            if grid.table == "active" and self.rng.random() < 0.5:
                while slots and slots[-1].covered:
                    slots = slots[:-1]
            if grid.table == "applications" and self.shuffle_labels and not any(is_blank(s) for s in slots):
                slots = self._shuffle(slots)
            if grid.table == "review" and self.rng.random() < 0.2:  # the 15 numbers broken after the first 5
                rows.append(self.line(slots[:5]) + "\n" + self.line(slots[5:]))
                continue
            rows.append(self.line(slots) + ("\t" if trailing_pad else ""))
        if grid.table == "applications" and self.repeat_header and len(rows) > 6:
            i = self.rng.randint(3, len(rows) - 2)  # haizhu repeats the whole header block mid-table
            rows[i] = "\n".join(["", *header, rows[i]])
        return TableText(header, rows)


class CellsWriter(Writer):
    """yaodu: every cell on its own line after a TAB, a blank line between rows, long words split over lines."""

    def __init__(self, rng: random.Random, numbers: NumberStyle) -> None:
        super().__init__(rng, numbers)
        self.indent = rng.choice(["", "\u3000\u3000"])
        self.model = "word" if rng.random() < 0.75 else "grid"
        self.split_words = rng.random() < 0.6
        self.nbsp_numbers = NBSP in numbers.blank_tokens and rng.random() < 0.7

    def para(self, block: Para) -> list[str]:
        return [self.indent + block.text]

    def cell_lines(self, slot: Slot) -> list[str]:
        text = self.text(slot)
        role = slot.cell.role
        if not slot.covered and role == "value" and slot.cell.value is not None and self.nbsp_numbers:
            roll = self.rng.random()  # yaodu: `⇥\xa00`, `⇥0\xa0`, and once a cell spread over three lines
            text = (NBSP + text if roll < 0.35 else text + NBSP if roll < 0.7
                    else f"\n{NBSP}\n{text}" if roll < 0.73 else text)
        elif (self.split_words and not slot.covered and role in ("header", "label", "group") and len(text) >= 6
              and "\n" not in text and self.rng.random() < 0.3):
            cut = self.rng.randint(2, len(text) - 2)  # `本年新\n制作数量`
            text = text[:cut] + "\n" + text[cut:]
        return ("\t" + text).split("\n")

    def row(self, slots: list[Slot]) -> str:
        return "\n".join(line for s in slots for line in self.cell_lines(s))

    def table(self, grid: Grid) -> TableText:
        header = [self.row(r) for r in flatten(grid.header, grid.width, self.model)]
        body = flatten(grid.body, grid.width, self.model)
        if grid.table == "review":  # yaodu breaks the 15 numbers into rows of 5 and 10
            sizes = self.rng.choice([(15,), (5, 10), (5, 5, 5)])
            cells, body = body[0], []
            for size in sizes:
                body.append(cells[:size])
                cells = cells[size:]
        rows = [self.row(r) for r in body]
        return TableText(header, rows, sep=self.rng.choice(["\n\n", "\n\n", "\n\n\n"]))


class PipesWriter(Writer):
    """shuyang: markdown headings and pipe tables, either one table per template table or small sub-tables."""

    def __init__(self, rng: random.Random, numbers: NumberStyle) -> None:
        super().__init__(rng, numbers)
        self.split = rng.random() < 0.4

    def title(self, block: Title) -> list[str]:
        return ["# " + "".join(block.lines), *([block.subtitle] if block.subtitle else [])]

    def heading(self, block: Heading) -> list[str]:
        if block.level == 1 and block.text.startswith(("五", "六")) and self.rng.random() < 0.3:
            return [block.text]  # shuyang drops the markdown mark on its last headings
        return [("## " if block.level == 1 else "### ") + block.text]

    @staticmethod
    def md_row(texts: list[str]) -> str:
        return "| " + " | ".join(texts) + " |"

    def md_table(self, first: list[str], rows: list[list[str]]) -> str:
        sep = "|" + "|".join(["---"] * len(first)) + "|"
        return "\n".join([self.md_row(first), sep, *(self.md_row(r) for r in rows)])

    def table(self, grid: Grid) -> TableText:
        if self.split and grid.table in ("active", "applications", "review"):
            return TableText([], [self._split(grid)])
        rows = [[self.text(s) for s in r] for r in flatten(grid.header + grid.body, grid.width, "grid")]
        return TableText([], [self.md_table(rows[0], rows[1:])])

    def _split(self, grid: Grid) -> str:
        body = flatten(grid.body, grid.width, "grid")
        out: list[str] = []
        if grid.table == "review":
            titles = ["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"]
            parts = [h.text for h in grid.header[2][:5]]
            for i, title in enumerate(titles):
                values = [self.text(s) for s in body[0][5 * i: 5 * i + 5]]
                out += [f"### {title}", self.md_table(parts, [values]), ""]
            return "\n".join(out).rstrip()
        if grid.table == "active":
            i = 0
            while i < len(body):  # group row, header row, data rows
                j = i + 2
                while j < len(body) and grid.keys[j]:
                    j += 1
                head = [self.text(s) for s in body[i + 1] if not s.covered]
                rows = [[self.text(s) for s in r if not s.covered] for r in body[i + 2:j]]
                out += [f"### {body[i][0].cell.text}", self.md_table(head, rows), ""]
                i = j
            return "\n".join(out).rstrip()
        head = self.rng.choice([
            ["类别", "数据1", "数据2", "数据3", "数据4", "数据5", "数据6", "总计"],  # shuyang's placeholder header
            ["项目", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
        ])
        chunk: list[list[str]] = []
        for slots in body:
            groups = [s.cell.text for s in slots if not s.covered and s.cell.role == "group"]
            label = next(s.cell.text for s in slots if not s.covered and s.cell.role == "label")
            values = [self.text(s) for s in slots if s.cell.role == "value"]
            for g in groups:  # a merged heading becomes a markdown heading of its own sub-table
                if chunk:
                    out += [self.md_table(head, chunk), ""]
                    chunk = []
                out.append(f"### {g}")
            chunk.append([label, *values])
        out.append(self.md_table(head, chunk))
        return "\n".join(out)


class SpacesWriter(Writer):
    """pdftotext: prose hard-wrapped, table cells separated by spaces, long labels wrapped over lines."""

    def __init__(self, rng: random.Random, numbers: NumberStyle) -> None:
        super().__init__(rng, numbers)
        self.width = rng.randint(24, 36)
        self.label_width = rng.randint(12, 22)
        self.numbers_first = rng.random() < 0.3  # numbers beside the first line of a wrapped label
        self.float_groups = rng.random() < 0.3  # merged headings printed mid-span, in fragments (shszfbgt)
        self.numbers_apart = rng.random() < 0.15  # pdftotext without -layout: the numbers on a line of their own

    def para(self, block: Para) -> list[str]:
        text, out = block.text, []
        while len(text) > self.width:
            out.append(text[: self.width])
            text = text[self.width:]
        return [*out, text] if text else out

    def wrap(self, label: str) -> list[str]:
        parts = [label[i: i + self.label_width] for i in range(0, len(label), self.label_width)]
        return parts or [""]

    def row(self, slots: list[Slot]) -> str:
        labels = [self.text(s) for s in slots if not s.covered and s.cell.role != "value" and s.cell.text]
        values = [self.text(s) for s in slots if not s.covered and s.cell.role == "value"]
        if not values:  # headings and header rows stay on one line
            return " ".join(labels)
        gap = " " * self.rng.choice([1, 1, 2, 4])
        numbers = gap.join(values)
        # Only the row's own label wraps inside its cell; merged headings before it stay on the first line.
        lines = self.wrap(labels[-1]) if labels else [""]
        lines[0] = " ".join([*labels[:-1], lines[0]])
        if self.numbers_apart:
            return "\n".join([*lines, numbers])
        at = 0 if self.numbers_first else len(lines) - 1
        lines[at] = (lines[at] + " " + numbers).strip()
        return "\n".join(lines)

    def table(self, grid: Grid) -> TableText:
        header = [" ".join(self.text(s) for s in r if not s.covered and s.cell.text)
                  for r in flatten(grid.header, grid.width, "word")]
        body = flatten(grid.body, grid.width, "word")
        floating: dict[int, list[str]] = {}
        if self.float_groups and grid.table == "applications":
            # A PDF centres a merged cell's text vertically: it lands between the rows in the middle of its span,
            # broken into short pieces (`三、本年\n度办理\n结果`), and the first row of the span has no heading.
            for i, slots in enumerate(body):
                for j, slot in enumerate(slots):
                    if not slot.covered and slot.cell.role == "group" and slot.cell.rowspan > 1:
                        text, size = slot.cell.text, self.rng.randint(2, 4)
                        pieces = [text[k: k + size] for k in range(0, len(text), size)]
                        floating.setdefault(i + slot.cell.rowspan // 2, []).extend(pieces)
                        slots[j] = Slot(slot.cell, covered=True)
        rows = [self.row(r) for r in body]
        for i, pieces in floating.items():
            rows[i] = "\n".join([*pieces, rows[i]])
        return TableText(header, rows)


class FlatWriter(Writer):
    """An HTML-to-text export that joins a table's cells without any separator (`规章000`, `一、本年新收…5870010066`):
    one line per row, or the whole table on one line.  Blank cells leave nothing at all."""

    def __init__(self, rng: random.Random, numbers: NumberStyle) -> None:
        super().__init__(rng, numbers)
        self.one_line = rng.random() < 0.3

    def table(self, grid: Grid) -> TableText:
        rows = ["".join(self.text(s) for s in r) for r in flatten(grid.header + grid.body, grid.width, "word")]
        return TableText([], ["".join(rows)] if self.one_line else rows)


class PageBreaks:
    """Cuts a table or paragraph with a page footer (`- 4 -`, `— 5 —`, form feed) and repeats the table header."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.page = rng.randint(1, 3)
        self.form = rng.choice(["- {} -", "— {} —", "－ {} －", "第 {} 页"])
        self.formfeed = rng.random() < 0.4

    def mark(self) -> str:
        self.page += 1
        return "\n" + self.form.format(self.page - 1) + ("\n\f" if self.formfeed else "\n")

    def table(self, grid: Grid, text: TableText) -> str:
        chance = {"applications": 0.9, "active": 0.3, "review": 0.3}.get(grid.table, 0.0)
        if self.rng.random() >= chance or (grid.table != "review" and len(text.rows) < 3):
            return text.text()
        i = 0 if grid.table == "review" else self.rng.randint(1, len(text.rows) - 1)
        repeat = text.header if self.rng.random() < 0.85 else []
        parts = [*text.header, *text.rows[:i], self.mark(), *repeat, *text.rows[i:]]
        return text.sep.join(parts)

    def para(self, lines: list[str]) -> str:
        if len(lines) < 2 or self.rng.random() >= 0.25:
            return "\n".join(lines)
        i = self.rng.randint(1, len(lines) - 1)  # a sentence broken by the page: `行政\n\n诉讼`
        return "\n".join([*lines[:i], self.mark(), *lines[i:]])


def write_text(doc: Document, writer: Writer, pages: PageBreaks | None = None) -> str:
    parts: list[str] = []
    for block in doc.blocks:
        parts.append(_block(block, writer, pages))
    return "\n\n".join(parts) + "\n"


def _block(block: Any, writer: Writer, pages: PageBreaks | None) -> str:
    if isinstance(block, Table):
        text = writer.table(block.grid)
        return pages.table(block.grid, text) if pages else text.text()
    if isinstance(block, Para):
        lines = writer.para(block)
        return pages.para(lines) if pages else "\n".join(lines)
    if isinstance(block, Title):
        return "\n".join(writer.title(block))
    if isinstance(block, Heading):
        return "\n".join(writer.heading(block))
    if isinstance(block, Signature):
        return "\n".join(writer.signature(block))
    if isinstance(block, Lines):
        return "\n".join(block.lines)
    raise TypeError(f"unknown block {block!r}")
