"""`python -m crawler parse FILE [--json]`: parse one report file and print its canonical tables."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from crawler.errors import NianbaoError
from crawler.parse import parse_file

HELP = "parse a report file (.txt, .html, .pdf, .docx, .doc, .wps; the type is sniffed from the bytes)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the report file")
    parser.add_argument("--json", action="store_true", help="print the canonical JSON (default: a summary)")


def run(args: argparse.Namespace) -> int:
    path: Path = args.file
    if not path.is_file():
        raise NianbaoError(f"{path}: no such file")
    result = parse_file(path)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print_summary(result)
    return 0


def print_summary(result: dict[str, Any]) -> None:
    print(f"{result.get('agency') or '?'} {result.get('year') or '?'} (template {result['template']})")
    for table, rows in result["tables"].items():
        print(f"  {table}: {len(rows)} rows")
    failed = [c["rule"] for c in result["checks"] if not c["ok"]]
    print(f"  checks: {len(result['checks']) - len(failed)} ok, {len(failed)} failed {failed if failed else ''}")
    for warning in result["warnings"]:
        print(f"  warning: {warning}")
