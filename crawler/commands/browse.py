"""`python -m crawler browse`: a read-only web view of the SQLite archive (Datasette), as `make browse` runs it."""

from __future__ import annotations

import argparse

from crawler.errors import NianbaoError
from crawler.research.web import server
from storage.config import StorageConfig

HELP = ("browse the archive in a web browser (Datasette, read-only): report pages with the tables as printed, "
        "agencies over the years, search, charts, views, canned queries, original files")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine)")
    parser.add_argument("--port", type=int, default=8001,
                        help="port (default 8001; a free port when it is taken; 0: any free port)")
    parser.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                        help="also answer requests for this host name (default: only 127.0.0.1, localhost, [::1] "
                             "and --host; any other Host header gets 400, against DNS rebinding)")


def run(args: argparse.Namespace) -> int:
    if not 0 <= args.port <= 65535:
        raise NianbaoError(f"--port {args.port}: ports run from 0 to 65535")
    server.run(StorageConfig.from_env(), host=args.host, port=args.port, allow=tuple(args.allow_host))
    return 0
