"""Cell accuracy of the parser per generated layout, and the same for an earlier parser in the same run.

For each layout N generated reports (replica/reportgen, seeds 0..N-1) are rendered and parsed.  Per layout:

- `read`: cells a correct parser must read (`Rendering.expected`; for a cut text the cells fully present) that
  were read with their exact value, as a share of all of them;
- `wrong`: cells given with a wrong value, or given although the text does not hold them (invented);
- `refused`: reports refused as "not a report" although they hold cells to read;
- `of truth`: for `flattened`, which requires nothing, the share of the report's cells decoded exactly;
- `narrative`: figures the prose states that were read with their value (layouts that keep the prose).

`real` scores the real page shapes kept under tests/parse/real/pages (their .json: what a careful reader takes),
cells and metadata (agency, year, template).

`flattened` is drawn without blank cells (a blank leaves no digit: the decoder assumes none); `flattened_blanks`
draws blanks as usual, to show what the assumption costs.

Usage: python bench/layout_accuracy.py [--reports 300] [--layouts cut,no_title,…] [--before REV]
`--before REV` also measures the parser of git revision REV (its crawler/parse, loaded under another name) on
the same renderings, and prints both.  `image_tables` needs OCR (seconds a report): give it few reports.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.errors import NotAReportError  # noqa: E402
from replica.reportgen import random_report, render_expected  # noqa: E402
from replica.reportgen.html import page_bytes  # noqa: E402

DEFAULT_LAYOUTS = ("real", "tabs", "spaces", "html", "no_title", "prose_only", "flattened", "flattened_blanks", "cut")
REAL_PAGES = ROOT / "tests" / "parse" / "real" / "pages"
Parse = Callable[[str], dict[str, Any]]


@dataclass
class Tally:
    required: int = 0
    read: int = 0
    wrong: int = 0
    refused: int = 0
    truth: int = 0
    truth_read: int = 0
    figures: int = 0
    figures_read: int = 0
    meta: int = 0
    meta_right: int = 0
    seconds: float = 0.0
    examples: list[str] = field(default_factory=list)


def _cells(tables: dict[str, Any]) -> dict[tuple[str, str, str], Any]:
    return {(t, r, c): v for t, rows in (tables or {}).items() for r, cells in rows.items() for c, v in cells.items()}


def _same(a: Any, b: Any) -> bool:
    return a is b if a is None or b is None else abs(a - b) < 1e-9


def _score(tally: Tally, parsed: dict[str, Any], expected: dict[str, Any], truth: dict[str, Any], seed: object,
           refused: bool) -> None:
    required = _cells(expected["tables"])
    if refused and required:
        tally.refused += 1
    got = _cells(parsed.get("tables", {}))
    tally.required += len(required)
    tally.read += sum(1 for k, v in required.items() if k in got and _same(got[k], v))
    wrong = [k for k, v in got.items() if k not in truth or not _same(v, truth[k])]
    tally.wrong += len(wrong)
    if wrong and len(tally.examples) < 3:
        tally.examples.append(f"{seed}: {wrong[:3]}")
    tally.truth += len(truth)
    tally.truth_read += sum(1 for k, v in truth.items() if k in got and _same(got[k], v))
    stated = expected.get("narrative") or {}
    figures = (parsed.get("narrative") or {}).get("figures", {})
    tally.figures += len(stated)
    tally.figures_read += sum(1 for k, f in stated.items() if k in figures and
                              _same(figures[k]["value"], f["value"] if isinstance(f, dict) else f))
    for key in ("agency", "year", "template"):
        if key in expected:
            tally.meta += 1
            tally.meta_right += parsed.get(key) == expected[key]


def measure_real(parse: Parse) -> Tally:
    """The real page shapes: each parsed as a file is (HTML through the extractor)."""
    from crawler.extract import extract_file

    tally = Tally()
    for page in sorted(REAL_PAGES.glob("*.json")):
        expected = json.loads(page.read_text(encoding="utf-8"))
        source = next(p for p in page.parent.glob(page.stem + ".*") if p.suffix != ".json")
        extracted = extract_file(source)
        started = time.perf_counter()
        refused = False
        try:
            parsed = parse(extracted.text) if not extracted.title else parse(extracted.text, title=[extracted.title])
        except NotAReportError:
            parsed, refused = {"tables": {}}, True
        tally.seconds += time.perf_counter() - started
        tables = {t: r for t, r in parsed.get("tables", {}).items() if t not in expected.get("unchecked", ())}
        expected_tables = expected["tables"]
        _score(tally, {**parsed, "tables": tables}, expected, _cells(expected_tables), page.stem, refused)
    return tally


def measure(parse: Parse, layout: str, reports: int, extract_page: Callable[[str], tuple[str, list[str]]]) -> Tally:
    if layout == "real":
        return measure_real(parse)
    tally = Tally()
    for seed in range(reports):
        rng = random.Random(seed)
        report = random_report(rng, blanks="none" if layout == "flattened" else None)
        rendering = render_expected(report, "flattened" if layout == "flattened_blanks" else layout, rng)
        text, titles = rendering.text, []
        if layout in ("html", "image_tables") or (layout == "prose_only" and text.lstrip().startswith("<!DOCTYPE")):
            text, titles = extract_page(text) if layout != "image_tables" else _ocr_page(rendering)
        started = time.perf_counter()
        refused = False
        try:
            parsed = parse(text) if not titles else parse(text, title=titles)  # type: ignore[call-arg]
        except NotAReportError:
            parsed, refused = {"tables": {}}, True
        tally.seconds += time.perf_counter() - started
        _score(tally, parsed, rendering.expected, _cells(rendering.truth), f"seed {seed}", refused)
    return tally


def _ocr_page(rendering: Any) -> tuple[str, list[str]]:
    from replica.reportgen.images import page_text_with_images

    return page_text_with_images(rendering)


def _extract_page(page: str) -> tuple[str, list[str]]:
    from crawler.extract import extract

    extracted = extract(page_bytes(page))
    return extracted.text, [extracted.title] if extracted.title else []


def parser_at(revision: str, into: Path) -> Parse:
    """The parse_text of crawler/parse at a git revision, as package `parse_at_rev` (its own imports rewritten)."""
    package = into / "parse_at_rev"
    package.mkdir()
    names = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "--name-only", f"{revision}:crawler/parse"],
                           check=True, capture_output=True, text=True).stdout.split()
    for name in names:
        if name.endswith(".py"):
            source = subprocess.run(["git", "-C", str(ROOT), "show", f"{revision}:crawler/parse/{name}"],
                                    check=True, capture_output=True, text=True).stdout
            (package / name).write_text(re.sub(r"\bcrawler\.parse\b", "parse_at_rev", source), encoding="utf-8")
    sys.path.insert(0, str(into))
    return importlib.import_module("parse_at_rev").parse_text  # type: ignore[no-any-return]


def _line(name: str, tally: Tally) -> str:
    read = f"{100 * tally.read / tally.required:6.1f}%" if tally.required else "     —"
    truth = f"{100 * tally.truth_read / tally.truth:6.1f}%" if tally.truth else "     —"
    figures = f"{100 * tally.figures_read / tally.figures:6.1f}%" if tally.figures else "     —"
    meta = f"{100 * tally.meta_right / tally.meta:6.1f}%" if tally.meta else "     —"
    return (f"{name:<24}{read:>9}{tally.required:>9}{tally.wrong:>7}{tally.refused:>8}{truth:>10}{figures:>11}"
            f"{meta:>8}{tally.seconds:>8.1f}s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=300)
    parser.add_argument("--layouts", default=",".join(DEFAULT_LAYOUTS))
    parser.add_argument("--before", metavar="REV", help="also measure the parser of this git revision")
    args = parser.parse_args()
    from crawler.parse import parse_text

    parsers: list[tuple[str, Parse]] = [("now", parse_text)]
    with tempfile.TemporaryDirectory(prefix="nianbao-bench.") as tmp:
        if args.before:
            parsers.insert(0, (args.before, parser_at(args.before, Path(tmp))))
        print(f"{args.reports} generated reports per layout (seeds 0..{args.reports - 1})")
        print(f"{'layout / parser':<24}{'read':>9}{'of':>9}{'wrong':>7}{'refused':>8}{'of truth':>10}"
              f"{'narrative':>11}{'meta':>8}{'time':>9}")
        for layout in args.layouts.split(","):
            for name, parse in parsers:
                tally = measure(parse, layout, args.reports, _extract_page)
                print(_line(f"{layout} [{name}]", tally))
                for example in tally.examples:
                    print(f"    {example}")


if __name__ == "__main__":
    main()
