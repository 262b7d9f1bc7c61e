"""Charts as inline SVG, drawn on the server: pages work offline (no script, no CDN) and print as they show.

One kind of chart is enough for what the archive shows — counts by year, by agency type, by refusal reason —:
horizontal bars, a label at the left (Chinese labels are long), the value at the end of each bar.  Every text is
escaped; the SVG carries a <title> and each bar its own, so a screen reader and a hover both tell the numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from crawler.research.layout import number_text

BAR = 22
GAP = 6
LABEL_WIDTH = 300
BARS_WIDTH = 380
VALUE_WIDTH = 130
TOP = 34
COLOR = "#4c78a8"


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | int | None
    note: str = ""  # shown after the value, e.g. "(12 reports)"


def bar_chart(title: str, bars: Sequence[Bar], *, chart_id: str = "", empty: str = "nothing to show yet") -> Markup:
    """A horizontal bar chart; a bar whose value is unknown (None) is drawn as a gap marked "not read"."""
    width = LABEL_WIDTH + BARS_WIDTH + VALUE_WIDTH
    height = TOP + max(1, len(bars)) * (BAR + GAP) + GAP
    peak = max((b.value for b in bars if b.value), default=0) or 1
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}"{f" id={chart_id!r}" if chart_id else ""}>',
             f"<title>{escape(title)}</title>",
             f'<text x="0" y="20" font-size="15" font-weight="bold">{escape(title)}</text>']
    if not bars:
        parts.append(f'<text x="0" y="{TOP + BAR}" font-size="13" fill="#666">{escape(empty)}</text>')
    for i, bar in enumerate(bars):
        y = TOP + i * (BAR + GAP)
        middle = y + BAR * 0.7
        parts.append(f'<text x="{LABEL_WIDTH - 8}" y="{middle:.1f}" font-size="13" text-anchor="end">'
                     f"{escape(_fit(bar.label))}</text>")
        if bar.value is None:
            parts.append(f'<text x="{LABEL_WIDTH + 4}" y="{middle:.1f}" font-size="12" fill="#888">not read</text>')
            continue
        length = max(1.0, BARS_WIDTH * float(bar.value) / peak) if bar.value else 0.0
        shown = f"{number_text(bar.value)} {bar.note}".strip()
        parts.append(f'<rect class="bar" x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{BAR}" '
                     f'fill="{COLOR}"><title>{escape(bar.label)}: {escape(shown)}</title></rect>')
        parts.append(f'<text x="{LABEL_WIDTH + length + 6:.1f}" y="{middle:.1f}" font-size="12">{escape(shown)}'
                     "</text>")
    parts.append("</svg>")
    return Markup("".join(parts))


def _fit(label: str, limit: int = 22) -> str:
    """Labels longer than the label column are cut (the bar's own <title> keeps the whole label)."""
    return label if len(label) <= limit else label[:limit - 1] + "…"
