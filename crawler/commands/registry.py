"""`python -m crawler registry import|coverage`: rebuild the site registry from its sources; show its coverage."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crawler.registry.build import (
    DEFAULT_ALIASES,
    DEFAULT_SOURCES,
    build_registry,
    coverage,
    render_registry,
    write_registry,
)
from crawler.registry.read import DEFAULT_REGISTRY, load_registry
from crawler.research.cli import utf8_stdout

HELP = "rebuild sites/registry.csv from sites/sources (import), or show its coverage by level and province"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="rebuild the registry (deterministic) and print coverage and unmatched names")
    imp.add_argument("--sources", type=Path, default=DEFAULT_SOURCES, help="vendored sources (default: %(default)s)")
    imp.add_argument("--aliases", type=Path, default=DEFAULT_ALIASES,
                     help="hand-made name aliases (default: %(default)s)")
    imp.add_argument("--out", type=Path, default=DEFAULT_REGISTRY, help="registry file (default: %(default)s)")
    imp.add_argument("--check", action="store_true",
                     help="write nothing; exit 1 if the file differs from what the sources give")
    cov = sub.add_parser("coverage", help="places with a portal URL / all places, by level and by province")
    cov.add_argument("--registry", type=Path, default=DEFAULT_REGISTRY, help="registry file (default: %(default)s)")


def run(args: argparse.Namespace) -> int:
    utf8_stdout()
    return _import(args) if args.action == "import" else _coverage(args)


def _import(args: argparse.Namespace) -> int:
    build = build_registry(args.sources, args.aliases)
    for miss in build.unmatched:
        print(f"unmatched: {'/'.join(miss.path)} ({miss.url or 'no URL'}): {miss.reason}", file=sys.stderr)
    _print_coverage(build.entries)
    print(f"{len(build.unmatched)} source node(s) unmatched", file=sys.stderr)
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.is_file() else ""
        if current != render_registry(build.entries):
            print(f"{args.out} is out of date: run `python -m crawler registry import`", file=sys.stderr)
            return 1
        return 0
    write_registry(build.entries, args.out)
    print(f"wrote {args.out} ({len(build.entries)} places)", file=sys.stderr)
    return 0


def _coverage(args: argparse.Namespace) -> int:
    _print_coverage(list(load_registry(args.registry).values()))
    return 0


def _print_coverage(entries: list) -> None:
    total, by_level, by_province = coverage(entries)
    print(f"{'':<22}{'with URL':>9}{'places':>8}{'share':>8}")
    for row in [total, *by_level, *by_province]:
        print(f"{row.label:<22}{row.with_url:>9}{row.places:>8}{row.share:>8.1%}")
