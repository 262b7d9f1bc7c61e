"""Print one generated report: `python -m replica.reportgen [--layout tabs] [--seed 7] [--template 2019] [--json]`.

The same seed and options give the same text as tests/parse/test_generated.py, so a failing example is reproduced
by the command its failure message prints.  `--json` prints the report and, for layouts that show only part of
it (cut, flattened, prose_only), what a correct parser must read from this rendering.  `--out DIR` writes the page
and its pictures for `image_tables` (and the text for any other layout) into DIR.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from replica.reportgen import BLANK_MODES, BREAKABLE_RULES, LAYOUTS, OMISSIONS, broken_report, random_report
from replica.reportgen.render import render_expected


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m replica.reportgen", description=__doc__)
    parser.add_argument("--layout", choices=LAYOUTS, default="tabs")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--template", choices=("2019", "2021"))
    parser.add_argument("--blanks", choices=BLANK_MODES, help="blank-cell pattern (default: random)")
    parser.add_argument("--omit", choices=(*OMISSIONS, "none"), action="append",
                        help="leave these rows out (repeatable; `none`: leave nothing out)")
    parser.add_argument("--dense", action="store_true", help="a busy agency: mostly non-zero, distinct cells")
    parser.add_argument("--other-as-one", action="store_true", help="2021: print （六）其他处理 as one row")
    parser.add_argument("--broken", choices=BREAKABLE_RULES, help="break this consistency rule")
    parser.add_argument("--json", action="store_true", help="print the expected canonical dict instead")
    parser.add_argument("--out", type=Path, help="write the rendering (and any pictures) into this directory")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if args.broken:
        report = broken_report(rng, args.template, rule=args.broken)
    else:
        omit = tuple(o for o in args.omit if o != "none") if args.omit else None
        report = random_report(rng, args.template, blanks=args.blanks, omit=omit, dense=args.dense,
                               other_as_one=True if args.other_as_one else None)
    rendering = render_expected(report, args.layout, rng)
    if args.json:
        shown = {**report, "expected": rendering.expected} if args.layout in ("cut", "flattened", "prose_only") \
            else report
        print(json.dumps(shown, ensure_ascii=False, indent=1))
    elif args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        suffix = ".html" if rendering.text.lstrip().startswith("<!DOCTYPE") else ".txt"
        (args.out / f"report{suffix}").write_text(rendering.text, encoding="utf-8")
        for name, data in rendering.images.items():
            (args.out / name).write_bytes(data)
        print(f"wrote {args.out / ('report' + suffix)} and {len(rendering.images)} picture(s)")
    else:
        print(rendering.text, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
