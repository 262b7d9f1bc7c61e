"""Command-line pieces shared by `export`, `reports` and `stats`: the filter options and the progress switch."""

from __future__ import annotations

import argparse
import sys

from crawler.research.datasets import Filters


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters (combined with AND)")
    group.add_argument("--year", metavar="YEARS",
                       help="a year (2021), a range (2019-2023) or an open range (2019-, -2020)")
    group.add_argument("--agency", metavar="TEXT", help="agencies whose name contains TEXT (e.g. 信访局)")
    group.add_argument("--site", metavar="NAME", help="one crawled site (spider name, e.g. haizhu)")
    group.add_argument("--template", metavar="2019|2021", help="reports on this statistical template")


def filters_from(args: argparse.Namespace) -> Filters:
    return Filters.parse(year=args.year, agency=args.agency, site=args.site, template_name=args.template)


def add_progress_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="progress bar on stderr (default: when stderr is a terminal)")


def show_progress(args: argparse.Namespace) -> bool:
    return sys.stderr.isatty() if args.progress is None else bool(args.progress)


def utf8_stdout() -> None:
    """Chinese text on standard output whatever the locale (under LANG=C Python would fail to encode it)."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None and (sys.stdout.encoding or "").lower().replace("-", "") != "utf8":
        reconfigure(encoding="utf-8")
