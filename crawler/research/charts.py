"""The archive at a glance, as a PNG: coverage (agencies × years) and applications received per year (matplotlib).

Coverage uses `crawler.coverage` (the table `make demo` prints), so the chart and the table never disagree.  With
more agencies than fit on a page, the coverage panel shows sites instead (each site's agencies summed).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from crawler.coverage import Cell, Coverage
from crawler.errors import NianbaoError
from crawler.research.queries import BY_NAME
from storage.report_store import number

MAX_ROWS = 40  # agency rows that still read well; beyond, one row per site
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans CJK JP", "WenQuanYi Zen Hei", "SimHei")


@dataclass(frozen=True)
class YearTotal:
    year: int | None
    reports: int  # reports (one per agency and year), never documents
    received: int | float | None  # a sum of counts: whole


def applications_per_year(db: Any) -> list[YearTotal]:
    sql = sa.text(BY_NAME["applications_per_year"].sql)
    rows = db.read(lambda conn: conn.execute(sql).all())
    return [YearTotal(r.year, int(r.reports), number(r.received)) for r in rows]


def coverage_rows(cov: Coverage) -> tuple[list[str], dict[str, dict[int, Cell]]]:
    """Row labels and cells: agencies when they fit, otherwise sites."""
    if len(cov.rows) <= MAX_ROWS:
        return [f"{site} {agency}".strip() for site, agency in cov.rows], {
            f"{site} {agency}".strip(): cells for (site, agency), cells in cov.rows.items()}
    by_site: dict[str, dict[int, list[Cell]]] = defaultdict(lambda: defaultdict(list))
    for (site, _agency), cells in cov.rows.items():
        for year, cell in cells.items():
            by_site[site or "(no site)"][year].append(cell)
    summed = {site: {year: Cell(sum(c.found for c in cs), sum(c.parsed for c in cs), sum(c.failing for c in cs))
                     for year, cs in years.items()} for site, years in sorted(by_site.items())}
    return list(summed), summed


def render(cov: Coverage, per_year: list[YearTotal], path: Path) -> Path:
    """Write the two-panel PNG to `path` (atomically) and return it."""
    import matplotlib  # plotting loads only when a chart is drawn (`stats --no-chart` needs none of it)

    matplotlib.use("Agg")  # no display: a file, whatever the environment
    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    fonts = [name for name in CJK_FONTS if name in installed]
    labels, cells = coverage_rows(cov)
    height = 2.5 + 0.32 * max(1, len(labels)) + 3.2
    with plt.rc_context({"font.family": [*fonts, "DejaVu Sans"], "axes.unicode_minus": False}):
        fig, (top, bottom) = plt.subplots(
            2, 1, figsize=(max(8.0, 3.5 + 0.9 * len(cov.years)), height),
            gridspec_kw={"height_ratios": [max(1.0, 0.32 * len(labels) + 1), 3.0]})
        _coverage_panel(top, cov.years, labels, cells)
        _applications_panel(bottom, per_year)
        fig.tight_layout()
        temp = path.with_name(f".{path.name}.part.png")
        try:
            fig.savefig(temp, dpi=110)
            temp.replace(path)
        except OSError as exc:
            raise NianbaoError(f"cannot write the chart {path}: {exc.strerror or exc}") from exc
        finally:
            plt.close(fig)
            temp.unlink(missing_ok=True)
    return path


def _coverage_panel(ax: Any, years: list[int], labels: list[str], cells: dict[str, dict[int, Cell]]) -> None:
    import numpy as np  # with matplotlib, only when a chart is drawn
    from matplotlib.colors import ListedColormap

    # 0 nothing found · 1 found, tables not read · 2 read, some failing checks · 3 read, every check passes
    status = np.zeros((max(1, len(labels)), max(1, len(years))))
    colors = ListedColormap(["#f2f2f2", "#bdbdbd", "#f0a64a", "#5fae6e"])
    for i, label in enumerate(labels):
        for j, year in enumerate(years):
            cell = cells[label].get(year)
            if cell is None:
                continue
            status[i, j] = 1 if cell.parsed == 0 else 2 if cell.failing else 3
            text = f"{cell.found}/{cell.parsed}" + (f" !{cell.failing}" if cell.failing else "")
            ax.text(j, i, text, ha="center", va="center", fontsize=8)
    ax.imshow(status, cmap=colors, vmin=0, vmax=3, aspect="auto")
    ax.set_xticks(range(len(years)), [str(y) if y else "?" for y in years])
    ax.set_yticks(range(len(labels)), labels, fontsize=8)
    ax.set_title("Coverage 覆盖: found/parsed reports, !N failing 勾稽 checks\n"
                 "green: all pass · orange: some fail · grey: tables not read", fontsize=10)
    if not labels:
        ax.text(0, 0, "the archive holds no report yet", ha="center", va="center")


@dataclass(frozen=True)
class Bar:
    year: str
    height: float | None  # None: no applications table of that year was read — missing, never a 0
    label: str


def application_bars(per_year: list[YearTotal]) -> list[Bar]:
    """One bar per year with reports; a year whose tables were not read is shown as missing, not as 0."""
    return [Bar(str(t.year), None, f"missing\n(tables of {t.reports} report(s) not read)") if t.received is None
            else Bar(str(t.year), float(t.received), f"{int(t.received)}\n({t.reports} reports)")
            for t in per_year if t.year is not None]


def _applications_panel(ax: Any, per_year: list[YearTotal]) -> None:
    shown = application_bars(per_year)
    heights = [float("nan") if bar.height is None else bar.height for bar in shown]  # NaN: no bar is drawn
    drawn = ax.bar([bar.year for bar in shown], heights, color="#4c78a8")
    for rect, bar in zip(drawn, shown, strict=True):
        missing = bar.height is None
        ax.annotate(bar.label, (rect.get_x() + rect.get_width() / 2, 0 if missing else bar.height),
                    ha="center", va="bottom", fontsize=8, color="#888888" if missing else "black")
    ax.set_ylabel("applications 申请数")
    ax.set_title("Applications received per year 本年新收政府信息公开申请数量 (sum over reports)", fontsize=10)
    ax.margins(y=0.2)
    if not shown:
        ax.text(0.5, 0.5, "no applications table read yet", ha="center", va="center", transform=ax.transAxes)
