"""`python -m crawler.extract FILE [--json]`: print what extraction makes of a document (for debugging).

Exit status 2 with a one-line reason when the document cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict

from crawler.errors import ExtractionError
from crawler.extract import extract_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.extract", description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--json", action="store_true", help="print the whole Extracted record as JSON")
    args = parser.parse_args(argv)
    try:
        extracted = extract_file(args.file)
    except ExtractionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        json.dump(asdict(extracted), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        sys.stdout.write(extracted.text)
        for warning in extracted.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
