"""`python -m crawler stats`: the coverage table `make demo` prints, applications per year, and a PNG of both."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from crawler import coverage
from crawler.research import charts
from crawler.research.cli import utf8_stdout
from crawler.research.datasets import ResearchInputError
from storage.archive import Archive

HELP = "coverage of the archive (agencies × years: found / parsed / failing checks) and a PNG chart"
CHART_NAME = "nianbao-stats.png"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--chart", "-o", type=Path, metavar="PATH",
                        help=f"where to write the PNG chart (default: {CHART_NAME} in the data directory)")
    parser.add_argument("--no-chart", action="store_true", help="print the tables only")
    parser.add_argument("--json", action="store_true", help="print coverage and yearly totals as JSON")


def run(args: argparse.Namespace) -> int:
    if not args.no_chart and args.chart is not None and (args.chart.is_dir() or not args.chart.parent.is_dir()):
        raise ResearchInputError(f"--chart {args.chart}: give a file name in an existing directory")
    utf8_stdout()
    with Archive.open_for_reading() as archive:
        chart = args.chart or archive.config.data_dir / CHART_NAME
        cov = coverage.coverage(archive)
        per_year = charts.applications_per_year(archive.db)
    if args.json:
        json.dump({
            "years": cov.years,
            "coverage": [{"site": site, "agency": agency, "year": year, "found": c.found, "parsed": c.parsed,
                          "failing": c.failing} for (site, agency), cells in cov.rows.items()
                         for year, c in sorted(cells.items())],
            "applications_per_year": [{"year": t.year, "reports": t.reports, "received": t.received}
                                      for t in per_year],
        }, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print(coverage.render(cov))
        print()
        print(f"{'year':>6}{'reports':>10}{'applications received':>24}")
        for total in per_year:
            received = "-" if total.received is None else f"{total.received}"
            print(f"{total.year or '?':>6}{total.reports:>10}{received:>24}")
    if not args.no_chart:
        path = charts.render(cov, per_year, chart)
        print(f"chart: {path.resolve()}", file=sys.stderr)
    return 0
