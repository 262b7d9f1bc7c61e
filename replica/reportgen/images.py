"""The `image_tables` layout: a CMS page whose statistics tables are pictures, as Guangdong sites often publish
them (the issue's finding; a Word table pasted as an image).

Each of the three tables is drawn from its grid (merged cells drawn merged, ruled like the printed form) with the
CJK font the machine has (Noto Sans CJK, Makefile `fonts-noto-cjk`), saved as PNG or JPEG, and the page shows it
with `<img>` where the table stood.  `page_text_with_images` reads such a page the way the crawler does: the
page's text, each image read by OCR (crawler/extract/ocr.py), the image's text put where the image stood.
"""

from __future__ import annotations

import io
import random
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from replica.reportgen import html, narrative
from replica.reportgen.document import compose
from replica.reportgen.flatten import NumberStyle, Slot, slot_text
from replica.reportgen.grid import Cell, Grid
from replica.reportgen.labels import random_style
from replica.reportgen.rendering import Rendering

if TYPE_CHECKING:
    from PIL import ImageFont

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
FONT_INDEX = 2  # Noto Sans CJK SC
_SIZE = 22
_PAD = 10
_LINE = 32
_WIDTHS = {"active": [230, 170, 170, 170], "applications": [80, 140, 280, *[86] * 7], "review": [72] * 15}


@cache
def _font() -> ImageFont.FreeTypeFont:
    from PIL import ImageFont

    return ImageFont.truetype(FONT, _SIZE, index=FONT_INDEX)


def _wrap(text: str, width: int) -> list[str]:
    """Characters per line that fit the cell (CJK text wraps anywhere)."""
    font, lines, current = _font(), [], ""
    for char in text:
        if current and font.getlength(current + char) > width - 2 * _PAD:
            lines.append(current)
            current = ""
        current += char
    return [*lines, current] if current else lines or [""]


def draw_table(grid: Grid, numbers: NumberStyle, rng: random.Random, fmt: str = "PNG") -> bytes:
    """The table as a ruled picture: every cell once, spanning its rows and columns."""
    from PIL import Image, ImageDraw

    rows = [*grid.header, *grid.body]
    widths = _WIDTHS[grid.table]
    placed: list[tuple[int, int, Cell, list[str]]] = []
    taken: set[tuple[int, int]] = set()
    heights = [_LINE + 2 * _PAD] * len(rows)
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            span_width = sum(widths[c: c + cell.colspan])
            text = slot_text(Slot(cell), numbers, rng)
            lines = _wrap(text, span_width)
            placed.append((r, c, cell, lines))
            need = len(lines) * _LINE + 2 * _PAD
            if cell.rowspan == 1:
                heights[r] = max(heights[r], need)
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    taken.add((r + dr, c + dc))
            c += cell.colspan
    margin = 20
    image = Image.new("RGB", (sum(widths) + 2 * margin, sum(heights) + 2 * margin), "white")
    draw = ImageDraw.Draw(image)
    font = _font()
    for r, c, cell, lines in placed:
        x0 = margin + sum(widths[:c])
        y0 = margin + sum(heights[:r])
        x1 = x0 + sum(widths[c: c + cell.colspan])
        y1 = y0 + sum(heights[r: r + cell.rowspan])
        draw.rectangle((x0, y0, x1, y1), outline="black", width=2)
        top = y0 + (y1 - y0 - len(lines) * _LINE) / 2
        for i, line in enumerate(lines):
            left = x0 + (x1 - x0 - font.getlength(line)) / 2
            draw.text((left, top + i * _LINE), line, fill="black", font=font)
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **({"quality": 92} if fmt == "JPEG" else {}))
    return buffer.getvalue()


def render_image_page(report: dict[str, Any], rng: random.Random) -> Rendering:
    doc = compose(report, rng, random_style(rng))
    # plain digits as a table printed by Word shows them; money sometimes with fixed decimals
    numbers = NumberStyle(blank_tokens=("",), fixed_decimals=rng.choice([None, None, None, 2]))
    fmt = rng.choice(["PNG", "JPEG"])
    images: dict[str, bytes] = {}
    for block in doc.tables():
        name = f"table-{len(images) + 1}.{'png' if fmt == 'PNG' else 'jpg'}"
        images[name] = draw_table(block.grid, numbers, rng, fmt)
        block.image = name
    page = html.render_page(doc, rng, numbers)
    expected = {key: report[key] for key in ("agency", "year", "template")}
    expected["tables"] = {name: report["tables"].get(name, {}) for name in ("active", "applications", "review")}
    expected["narrative"] = narrative.stated(doc.blocks)
    return Rendering(page, expected, expected["tables"], images=images, base="image_tables")


PAGE_URL = "https://www.example.gov.cn/zwgk/nb/t1.html"  # where a rendered page is taken to stand


def image_urls(rendering: Rendering, page_url: str = PAGE_URL) -> dict[str, bytes]:
    """The rendering's pictures by the URL the page's `<img src>` resolves to."""
    return {urljoin(page_url, name): data for name, data in rendering.images.items()}


def page_text_with_images(rendering: Rendering) -> tuple[str, list[str]]:
    """(text, titles) of an image-table page as the crawler reads it: page text with each image's OCR text."""
    from crawler.extract import extract, read_pictures
    from replica.reportgen.html import page_bytes

    merged = read_pictures(extract(page_bytes(rendering.text), url=PAGE_URL), image_urls(rendering))
    return merged.text, [merged.title] if merged.title else []

