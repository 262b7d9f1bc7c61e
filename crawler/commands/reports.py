"""`python -m crawler reports`: list the archived reports (one JSON object per report with --json)."""

from __future__ import annotations

import argparse
import json
import sys

# storage is imported inside run(): every `python -m crawler` call imports all command modules.
HELP = "list archived reports (agency, year, template, source URLs, checks); --json for machines"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print a JSON array, one object per report")
    parser.add_argument("--agency", help="only reports of this agency (exact name)")
    parser.add_argument("--year", type=int, help="only reports for this year")


def run(args: argparse.Namespace) -> int:
    from storage.archive import Archive

    with Archive.open(warc=False) as archive:
        rows = archive.report_list(agency=args.agency, year=args.year)
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for row in rows:
        failed = ",".join(row["checks_failed"]) or "-"
        print(f"{row['year'] or '?':>4}  {row['agency'] or '?'}  template {row['template'] or '?'}  "
              f"{row['media_type']}  {row['sha256'][:12]}  urls {len(row['urls'])}  failed checks: {failed}")
    print(f"{len(rows)} report(s)", file=sys.stderr)
    return 0
