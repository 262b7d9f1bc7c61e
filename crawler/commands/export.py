"""`nianbao export`: the archive's tables as CSV, JSON Lines or Parquet, with every number's provenance; `--package`:
a Frictionless data package (CSV and `datapackage.json`: types, Chinese labels, descriptions) in a folder, by
default `exports/<table>/` in the data directory."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crawler.research.cli import add_filter_arguments, add_progress_argument, filters_from, show_progress, utf8_stdout
from crawler.research.datapackage import DESCRIPTOR, write_package
from crawler.research.datasets import ResearchInputError, check_dataset, dataset
from crawler.research.export import check_format, export
from storage.archive import Archive

HELP = "export reports, their tables (applications, active, review, cells) or findings as csv, jsonl or parquet"
SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", metavar="csv|jsonl|parquet",
                        help="output format (default: from the -o file's suffix, else csv)")
    parser.add_argument("--table", default="reports", metavar="NAME",
                        help="reports (one row per report, default) | applications | active | review "
                             "(one wide row per report) | cells (one row per cell, with Chinese labels) | findings "
                             "(the cells on which a report's documents disagree)")
    parser.add_argument("--history", action="store_true",
                        help="every version of each report (a report revised in place or re-posted corrected has "
                             "more than one), not only its latest")
    add_filter_arguments(parser)
    parser.add_argument("-o", "--output", type=Path, metavar="PATH",
                        help="regular file to write, replaced once complete; a symbolic link is written through; "
                             "devices are refused (default or `-`: standard output; parquet needs a file); with "
                             "--package the package's folder (default: DATA/exports/<table>)")
    parser.add_argument("--package", action="store_true",
                        help="a Frictionless data package: <table>.csv and datapackage.json (field types, Chinese "
                             "labels, descriptions; table 二 with its 2019/2021 column mapping)")
    parser.add_argument("--labels", action="store_true",
                        help="column headers carry the Chinese label after the code (for spreadsheets)")
    parser.add_argument("--bom", action="store_true", help="start CSV with a UTF-8 byte-order mark (for Excel)")
    parser.add_argument("--chunk-size", type=int, default=5_000, help=argparse.SUPPRESS)
    add_progress_argument(parser)


def run(args: argparse.Namespace) -> int:
    if args.output == Path("-"):
        args.output = None
    if args.package:
        return _package(args)
    fmt = check_format(args.format or (SUFFIXES.get(args.output.suffix.lower()) if args.output else None) or "csv")
    table = check_dataset(args.table)
    filters = filters_from(args)
    if args.chunk_size < 1:
        raise ResearchInputError("--chunk-size must be at least 1")
    if args.output is None:
        utf8_stdout()
    with Archive.open_for_reading() as archive:
        result = export(archive.db, dataset(table, filters, history=args.history), fmt, args.output,
                        labels=args.labels, bom=args.bom, progress=show_progress(args), chunk=args.chunk_size)
    where = result.path or "standard output"
    print(f"{result.rows} {table} row(s) written to {where} as {fmt}", file=sys.stderr)
    return 0


def _package(args: argparse.Namespace) -> int:
    if (args.format or "csv") != "csv" or args.labels or args.bom:
        raise ResearchInputError("--package writes CSV with codes as column names (the labels are in "
                                 "datapackage.json): drop --format, --labels and --bom")
    table = check_dataset(args.table)
    filters = filters_from(args)
    with Archive.open_for_reading() as archive:
        directory = args.output or archive.config.data_dir / "exports" / table
        result = write_package(archive.db, dataset(table, filters, history=args.history), directory,
                               description=_description(table, args), progress=show_progress(args))
    print(f"{result.rows} {table} row(s) written to {directory} as a data package ({DESCRIPTOR})", file=sys.stderr)
    return 0


def _description(table: str, args: argparse.Namespace) -> str:
    chosen = {"year": args.year, "agency": args.agency, "site": args.site, "template": args.template}
    filters = ", ".join(f"{name} {value}" for name, value in chosen.items() if value) or "none"
    versions = "every version of each report" if args.history else "each report's latest version"
    return (f"nianbao export of `{table}` ({HELP_TABLES[table]}): {versions}; filters: {filters}.  Each row carries "
            "its report's provenance (site, agency, year, template, the canonical file's SHA-256 and source URL).")


HELP_TABLES = {
    "reports": "one row per report", "applications": "三、收到和处理政府信息公开申请情况, one wide row per report",
    "active": "二、主动公开政府信息情况, one wide row per report",
    "review": "四、政府信息公开行政复议、行政诉讼情况, one wide row per report",
    "cells": "one row per cell, with the form's Chinese labels",
    "findings": "the cells on which a report's documents disagree",
}
