"""`python -m crawler reparse`: parse stored documents again with the current parser (no recrawl).

Each document's source is updated in place (a replaced parse is kept in `report_history` with its parser version)
and its report re-assembled; with an unchanged parser nothing changes.  Prints what changed, report by report
(`--quiet`: the summary line only); `--dry-run` reads and compares without writing anything.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

import sqlalchemy as sa

from crawler.archiving.parsing import ParseResult, documents_to_parse, read_stored, reparse, would_change
from crawler.errors import NianbaoError
from crawler.parse import PARSER_VERSION
from crawler.progress import progress
from storage.archive import Archive
from storage.models import Agency, Report

# A parser version as PARSER_VERSION spells them: dotted numbers, optionally a suffix ("1.0.0", "0.9", "1.2.0-rc1").
_VERSION = re.compile(r"\d+(\.\d+)*([-+][0-9A-Za-z.]+)?")
HELP = "re-extract and re-parse stored documents with the current parser, updating reports in place"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", metavar="VERSION",
                        help="only documents last parsed by parser VERSION or a later one (e.g. the version that "
                             "introduced a bug); default: every document not yet parsed by the current parser")
    parser.add_argument("--all", action="store_true", help="also documents the current parser version already parsed")
    parser.add_argument("--dry-run", action="store_true",
                        help="parse and compare with what the archive holds, but write nothing")
    parser.add_argument("--quiet", "-q", action="store_true", help="print only the summary line")


def run(args: argparse.Namespace) -> int:
    if args.since is not None and not _VERSION.fullmatch(args.since):
        # Compared as a version, any word would select a silent subset: refused instead.
        raise NianbaoError(f"--since {args.since!r} is not a parser version (the current one is {PARSER_VERSION})")
    with Archive.open(warc=False) as archive:
        shas = documents_to_parse(archive, since=args.since, include_current=args.all)
        if args.dry_run:
            return _dry_run(archive, shas, args.quiet)
        counts: Counter[str] = Counter()
        touched: dict[int, str] = {}
        for result in progress(reparse(archive, shas), len(shas), "reparse", quiet=args.quiet):
            _count(result, counts, touched)
            if not args.quiet and result.status == "failed":
                print(f"{result.sha256[:12]}: {result.error}", file=sys.stderr)
        if not args.quiet:
            for line in _changes(archive, touched):
                print(line)
    reports = Counter(touched.values())
    print(f"reparsed {len(shas)} document(s) with parser {PARSER_VERSION}: {reports['created']} report(s) created, "
          f"{reports['changed']} changed; {counts['parsed']} document(s) read as reports ({counts['new_source']} "
          f"joined a report), {counts['withdrawn']} withdrawn, {counts['not_report']} not a report, "
          f"{counts['failed']} failed")
    return 0


def _count(result: ParseResult, counts: Counter[str], touched: dict[int, str]) -> None:
    """Documents by outcome; reports by what happened to them (a report created in this run stays `created`)."""
    counts[result.status] += 1
    counts["new_source"] += result.new_source
    counts["withdrawn"] += result.withdrawn
    report = result.report_id
    if report is not None and (result.created or result.changed) and touched.get(report) != "created":
        touched[report] = "created" if result.created else "changed"


def _changes(archive: Archive, touched: dict[int, str]) -> list[str]:
    """One line per report created or changed: what it is now (a withdrawn report's row is gone)."""
    if not touched:
        return []
    reports, agencies = Report.__table__, Agency.__table__
    query = (sa.select(reports.c.id, agencies.c.name, reports.c.year, reports.c.version)
             .join(agencies, agencies.c.id == reports.c.agency_id).where(reports.c.id.in_(list(touched)))
             .order_by(agencies.c.name, reports.c.year))
    rows = archive.db.read(lambda conn: conn.execute(query).all())
    return [f"{touched[r.id]:>7}  report {r.id}  {r.name}  {r.year or '?'}  version {r.version}" for r in rows]


def _dry_run(archive: Archive, shas: list[str], quiet: bool) -> int:
    counts: Counter[str] = Counter()
    for sha in progress(shas, len(shas), "reparse --dry-run", quiet=quiet):
        outcome = read_stored(archive, sha)
        effect = would_change(archive, outcome)
        counts[effect] += 1
        counts[outcome.status] += 1
        if not quiet and effect in ("new", "changed", "withdrawn"):
            print(f"{effect:>9}  {sha[:12]}  {outcome.provenance.url or '-'}")
    print(f"dry run: {len(shas)} document(s) read with parser {PARSER_VERSION}; their sources would be: "
          f"{counts['new']} new, {counts['changed']} changed, {counts['unchanged']} unchanged, {counts['withdrawn']} "
          f"withdrawn ({counts['not_report']} not a report, {counts['failed']} failed); nothing was written")
    return 0
