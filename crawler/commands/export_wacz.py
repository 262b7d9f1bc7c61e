"""`python -m crawler export-wacz -o FILE.wacz`: the archive's WARC files as one WACZ package for replay."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crawler import SOFTWARE
from crawler.errors import NianbaoError
from crawler.research.wacz import write_wacz
from storage.archive import Archive

HELP = ("package the archive's WARC files as a WACZ (CDXJ index, pages, datapackage with digests) for "
        "ReplayWeb.page or pywb")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.wacz",
                        help="the package to write (a regular file, replaced once complete)")
    parser.add_argument("--site", metavar="SLUG", help="only the WARC files of this site's crawls (warcs/SLUG/)")


def run(args: argparse.Namespace) -> int:
    with Archive.open_for_reading() as archive:
        root = archive.config.warcs_dir
        base = root / args.site if args.site else root
        if args.site and (args.site in ("", ".", "..") or "/" in args.site or not base.is_dir()):
            raise NianbaoError(f"no WARC files of a site {args.site!r} under {root}")
        files = [p for p in base.rglob("*.warc.gz") if p.is_file()] if base.is_dir() else []
        result = write_wacz(args.output, root, files, archive.db, software=SOFTWARE)
    print(f"{result.warc_files} WARC file(s), {result.captures} capture(s) indexed, {result.pages} page(s) "
          f"written to {args.output}", file=sys.stderr)
    return 0
