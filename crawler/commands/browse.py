"""`python -m crawler browse`: a read-only web view of the SQLite archive (Datasette), as `make browse` runs it."""

from __future__ import annotations

import argparse

from crawler.errors import NianbaoError
from crawler.research.web import server
from storage.config import StorageConfig

HELP = "browse the archive in a web browser (Datasette, read-only): views, canned queries, report pages, files"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine)")
    parser.add_argument("--port", type=int, default=8001,
                        help="port (default 8001; a free port when it is taken; 0: any free port)")
    parser.add_argument("--live", action="store_true",
                        help="show a running crawl's new reports as they are committed (default: a snapshot)")


def run(args: argparse.Namespace) -> int:
    if not 0 <= args.port <= 65535:
        raise NianbaoError(f"--port {args.port}: ports run from 0 to 65535")
    server.run(StorageConfig.from_env(), host=args.host, port=args.port, live=args.live)
    return 0
