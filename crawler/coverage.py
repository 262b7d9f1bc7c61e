"""Coverage of the archive: for each agency and year, whether its report was found, whether its tables were read,
whether they break a consistency rule.  Printed by `make demo` and `python -m crawler stats`.

A report is one agency's report for one year, counted once however many documents carry it (its page, its
attachment, re-postings); a report with more than one version counts once too, as its latest version."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa

from crawler import terminal
from storage.archive import Archive
from storage.models import Agency, Report, ReportCell, ReportSource, Site


@dataclass(frozen=True)
class Cell:
    found: int  # reports (one per agency and year: a year an agency published more than one report under another
    #             name shows as two agencies, never as two reports here)
    parsed: int  # of which at least one statistical table was read
    failing: int  # of which at least one consistency rule is broken


@dataclass(frozen=True)
class Coverage:
    years: list[int]
    rows: dict[tuple[str, str], dict[int, Cell]]  # (site, agency) → year → cell
    documents: int = 0  # the documents that carry these reports (pages, attachments, re-postings, versions)

    @property
    def totals(self) -> Cell:
        cells = [c for by_year in self.rows.values() for c in by_year.values()]
        return Cell(sum(c.found for c in cells), sum(c.parsed for c in cells), sum(c.failing for c in cells))


def coverage(archive: Archive) -> Coverage:
    reports, agencies, sites, cells = (Report.__table__, Agency.__table__, Site.__table__, ReportCell.__table__)
    has_cells = sa.exists().where(cells.c.report_id == reports.c.id)
    query = (sa.select(sites.c.slug.label("site"), agencies.c.name.label("agency"), reports.c.year,
                       sa.func.count().label("found"),
                       sa.func.sum(sa.case((has_cells, 1), else_=0)).label("parsed"),
                       sa.func.sum(sa.case((reports.c.checks_failed > 0, 1), else_=0)).label("failing"))
             .select_from(reports)
             .join(agencies, agencies.c.id == reports.c.agency_id)
             .join(sites, sites.c.id == reports.c.site_id)
             .group_by(sites.c.slug, agencies.c.name, reports.c.year))
    documents = sa.select(sa.func.count()).select_from(ReportSource.__table__)
    rows: dict[tuple[str, str], dict[int, Cell]] = defaultdict(dict)
    years: set[int] = set()
    found, carried = archive.db.read(lambda conn: (conn.execute(query).all(), conn.execute(documents).scalar()))
    for row in found:
        year = row.year or 0
        years.add(year)
        rows[(row.site, row.agency)][year] = Cell(row.found, int(row.parsed or 0), int(row.failing or 0))
    return Coverage(sorted(years), dict(sorted(rows.items())), int(carried or 0))


def render(cov: Coverage) -> str:
    """A text table: one line per agency, one column per year; a cell reads found/parsed, `!N` when N fail checks,
    `·` when no report of that year was found.  Aligned on a terminal whatever the width of the agencies' names."""
    if not cov.rows:
        return "(the archive holds no report yet)"
    header = ["site", "agency", *(str(y) if y else "year?" for y in cov.years)]
    rows = [[site, agency, *(_cell(by_year[y]) if y in by_year else "·" for y in cov.years)]
            for (site, agency), by_year in cov.rows.items()]
    total = cov.totals
    return "\n".join([*terminal.table(header, rows, "ll" + "r" * len(cov.years)),
                      f"cells: reports found/with tables read, !N = N failing a consistency rule.  Total: "
                      f"{total.found} report(s) (carried by {cov.documents} document(s)), {total.parsed} with tables "
                      f"read, {total.failing} failing."])


def _cell(cell: Cell) -> str:
    return f"{cell.found}/{cell.parsed}" + (f"!{cell.failing}" if cell.failing else "")
