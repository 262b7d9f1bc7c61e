"""`python -m crawler search WORDS`: the reports whose text contains WORDS, on SQLite or PostgreSQL.

The same search as the web view's /-/search (storage/text_search.py: Chinese words of any length); one line per
matching document with the words around the first match, or JSON objects with --json.
"""

from __future__ import annotations

import argparse
import json
import sys

from crawler.errors import NianbaoError
from crawler.research.cli import utf8_stdout
from storage import text_search
from storage.archive import Archive

HELP = "full-text search of the reports' text (Chinese words of any length): the reports that contain the words"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("words", help="the text to find, as it stands in the reports (e.g. 复议, 行政复议)")
    parser.add_argument("--limit", type=int, default=100, help="at most this many documents (default 100)")
    parser.add_argument("--json", action="store_true", help="one JSON object per matching document")


def run(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise NianbaoError(f"--limit {args.limit}: give a positive number")
    if text_search.Query.parse(args.words) is None:
        raise NianbaoError(f"{args.words!r}: nothing to search for (no letter, digit or Chinese character)")
    utf8_stdout()
    with Archive.open_for_reading() as archive:
        rows = archive.db.read(lambda conn: text_search.search(conn, args.words, limit=args.limit))
    for row in rows:
        found = {"report_id": row.report_id, "agency": row.agency, "year": row.year, "sha256": row.sha256,
                 "url": row.url, "snippet": " ".join(row.snippet.split())}
        if args.json:
            print(json.dumps(found, ensure_ascii=False))
        else:
            print(f"report {row.report_id:>6}  {row.year or '?'}  {row.agency}  …{found['snippet']}…  "
                  f"{row.url or row.sha256}")
    print(f"{len(rows)} document(s) contain {args.words!r}", file=sys.stderr)
    return 0
