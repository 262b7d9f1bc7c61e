"""`python -m crawler ingest PATH…`: archive report files or WARC files already on disk, then parse them."""

from __future__ import annotations

import argparse
import sys

from crawler import SOFTWARE
from crawler.archiving.ingest import ingest
from storage.archive import Archive

HELP = "archive local report files or WARC files (directories are searched), then parse new documents"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or .warc/.warc.gz files")
    parser.add_argument("--no-parse", action="store_true", help="archive only; parse later with `reparse`")
    parser.add_argument("--workers", type=int, default=4, metavar="N",
                        help="files archived at once (default 4; each waits for its own disk flushes)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")


def run(args: argparse.Namespace) -> int:
    with Archive.open(software=SOFTWARE) as archive:
        summary = ingest(archive, args.paths, parse=not args.no_parse, workers=args.workers, quiet=args.quiet)
    for line in summary.skipped:
        print(f"skipped {line}", file=sys.stderr)
    for line in summary.unread:
        print(f"not read {line}", file=sys.stderr)
    print(f"ingested {summary.files} file(s) and {summary.records} WARC record(s) from {summary.warc_files} WARC "
          f"file(s) ({summary.records_copied} record(s) copied into the archive's WARC files; {len(summary.unread)} "
          f"record(s) not read, listed above): {summary.fetches} new observation(s), {summary.new_documents} new "
          "document(s); "
          f"{summary.parsed} read as reports ({summary.reports_created} report(s) created, {summary.reports_changed} "
          f"changed), {summary.not_reports} not a report, {summary.skipped_documents} skipped (not fetched for a "
          f"report), {summary.failed} failed")
    # A record copied but not read loses nothing (it is in the archive's WARC files as it was): exit 0.  A file or
    # the rest of one that could not be read at all was not archived: exit 1.
    return 1 if summary.skipped else 0
