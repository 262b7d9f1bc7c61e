"""Print one generated report: `python -m tests.reportgen [--layout tabs] [--seed 7] [--template 2019] [--json]`."""

from __future__ import annotations

import argparse
import json
import random

from tests.reportgen import LAYOUTS, broken_report, random_report, render


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reportgen", description=__doc__)
    parser.add_argument("--layout", choices=LAYOUTS, default="tabs")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--template", choices=("2019", "2021"))
    parser.add_argument("--broken", action="store_true", help="break one consistency rule")
    parser.add_argument("--json", action="store_true", help="print the expected canonical dict instead")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    report = broken_report(rng, args.template) if args.broken else random_report(rng, args.template)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print(render(report, args.layout, rng), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
