"""Print one generated report: `python -m replica.reportgen [--layout tabs] [--seed 7] [--template 2019] [--json]`.

The same seed and options give the same text as tests/parse/test_generated.py, so a failing example is reproduced
by the command its failure message prints.
"""

from __future__ import annotations

import argparse
import json
import random

from replica.reportgen import BLANK_MODES, BREAKABLE_RULES, LAYOUTS, OMISSIONS, broken_report, random_report, render


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m replica.reportgen", description=__doc__)
    parser.add_argument("--layout", choices=LAYOUTS, default="tabs")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--template", choices=("2019", "2021"))
    parser.add_argument("--blanks", choices=BLANK_MODES, help="blank-cell pattern (default: random)")
    parser.add_argument("--omit", choices=(*OMISSIONS, "none"), action="append",
                        help="leave these rows out (repeatable; `none`: leave nothing out)")
    parser.add_argument("--dense", action="store_true", help="a busy agency: mostly non-zero, distinct cells")
    parser.add_argument("--broken", choices=BREAKABLE_RULES, help="break this consistency rule")
    parser.add_argument("--json", action="store_true", help="print the expected canonical dict instead")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if args.broken:
        report = broken_report(rng, args.template, rule=args.broken)
    else:
        omit = tuple(o for o in args.omit if o != "none") if args.omit else None
        report = random_report(rng, args.template, blanks=args.blanks, omit=omit, dense=args.dense)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print(render(report, args.layout, rng), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
