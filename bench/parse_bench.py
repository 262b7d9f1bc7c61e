"""Parser throughput on the golden report texts (aim: ≥ 200 reports/s per core on text input).

Prints reports parsed per second, warm (label caches filled, as in a long crawl or a reparse) and cold (caches
cleared before every report), and each as a ratio to a baseline measured in the same run: only reading the text
into the parser's normal form (NFKC + simplified characters + line split), the least any parser must do.

Usage: python bench/parse_bench.py [--rounds N] [--golden DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.parse import cells, labels, parse_text, tables  # noqa: E402
from crawler.parse.normalize import normalize_text  # noqa: E402
from tests.paths import shared_dir  # noqa: E402


def rate(texts: list[str], rounds: int, work: Callable[[str], object], before_each: Callable[[], None] | None = None
         ) -> float:
    done = 0
    spent = 0.0
    for _ in range(rounds):
        for text in texts:
            if before_each:
                before_each()
            start = time.perf_counter()
            work(text)
            spent += time.perf_counter() - start
            done += 1
    return done / spent


def clear_caches() -> None:
    cells.classify.cache_clear()
    labels.evidence.cache_clear()
    labels.column_of.cache_clear()
    tables._column_spans.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--golden", type=Path, default=shared_dir() / "golden")
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.golden.glob("*.txt"))]
    if not texts:
        sys.exit(f"no golden texts in {args.golden}")
    parse_text(texts[0])  # import-time work and first-use tables are not part of the rate

    baseline = rate(texts, args.rounds, lambda t: normalize_text(t).split("\n"))
    warm = rate(texts, args.rounds, parse_text)
    cold = rate(texts, max(1, args.rounds // 3), parse_text, before_each=clear_caches)
    print(f"golden texts: {len(texts)}, rounds: {args.rounds}, one process, one core")
    print(f"{'measure':<34}{'reports/s':>12}{'vs baseline':>14}")
    print(f"{'baseline: normalise + split only':<34}{baseline:>12.0f}{1.0:>13.2f}x")
    print(f"{'parse_text, warm caches':<34}{warm:>12.0f}{warm / baseline:>13.3f}x")
    print(f"{'parse_text, caches cleared':<34}{cold:>12.0f}{cold / baseline:>13.3f}x")
    print(f"target ≥ 200 reports/s per core: warm {'met' if warm >= 200 else 'NOT met'}, "
          f"cold {'met' if cold >= 200 else 'NOT met'}")


if __name__ == "__main__":
    main()
