"""`python -m crawler reparse`: parse stored documents again with the current parser (no recrawl).

Reports are updated in place; a replaced parse is kept in `report_history` with its parser version.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from crawler.archiving.parsing import reparse
from crawler.parse import PARSER_VERSION
from storage.archive import Archive

HELP = "re-extract and re-parse stored documents with the current parser, updating reports in place"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", metavar="VERSION",
                        help="only documents last parsed by parser VERSION or a later one (e.g. the version that "
                             "introduced a bug); default: every document not yet parsed by the current parser")
    parser.add_argument("--all", action="store_true", help="also documents the current parser version already parsed")
    parser.add_argument("--quiet", "-q", action="store_true", help="print only the summary line")


def run(args: argparse.Namespace) -> int:
    counts: Counter[str] = Counter()
    with Archive.open(warc=False) as archive:
        for result in reparse(archive, since=args.since, include_current=args.all):
            if result.status == "parsed":
                counts["created" if result.created else "updated" if result.changed else "unchanged"] += 1
            else:
                counts["withdrawn"] += result.withdrawn
                counts[result.status] += 1
                if not args.quiet and result.status == "failed":
                    print(f"{result.sha256[:12]}: {result.error}", file=sys.stderr)
    total = sum(v for k, v in counts.items() if k != "withdrawn")
    print(f"reparsed {total} document(s) with parser {PARSER_VERSION}: {counts['created']} new report(s), "
          f"{counts['updated']} updated, {counts['unchanged']} unchanged, {counts['withdrawn']} withdrawn, "
          f"{counts['not_report']} not a report, {counts['failed']} failed")
    return 0
