"""`python -m crawler reports`: list the archived reports (one JSON object per report with --json)."""

from __future__ import annotations

import argparse
import itertools
import json
import sys

from crawler.research.cli import add_filter_arguments, filters_from, utf8_stdout
from crawler.research.listing import iter_reports
from storage.archive import Archive

HELP = "list archived reports (agency, year, template, source URL, SHA-256, failed checks); --json for machines"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print a JSON array, one object per report")
    add_filter_arguments(parser)


def run(args: argparse.Namespace) -> int:
    filters = filters_from(args)
    utf8_stdout()
    count = 0
    with Archive.open_for_reading() as archive:
        reports = iter_reports(archive.db, filters)
        if args.json:  # streamed: the array is never built in memory
            first = next(reports, None)  # a failing query fails here, before any output
            sys.stdout.write("[" if first is not None else "[]\n")
            for count, row in enumerate(itertools.chain([first] if first else [], reports), start=1):
                sys.stdout.write(("\n" if count == 1 else ",\n") + json.dumps(row, ensure_ascii=False))
            if count:
                sys.stdout.write("\n]\n")
        else:
            for row in reports:
                count += 1
                failed = ",".join(row["checks_failed"]) or "-"
                print(f"{row['year'] or '?':>4}  {row['agency'] or '?'}  template {row['template'] or '?'}  "
                      f"failed checks: {failed}  sha256 {row['sha256']}  {row['source_url'] or '-'}")
    print(f"{count} report(s)", file=sys.stderr)
    return 0
