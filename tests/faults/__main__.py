"""`python -m tests.faults [NAME-SUBSTRING ...] [--jobs N]`: run the fault scenarios, print the table.

Exit status 0 when every fault was survived, 1 otherwise."""

from __future__ import annotations

import argparse
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.faults.harness import Result, run
from tests.faults.scenarios import SCENARIOS, Scenario
from tests.faults.table import render


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.faults", description=__doc__)
    parser.add_argument("names", nargs="*", help="run only scenarios whose name contains one of these")
    parser.add_argument("--jobs", type=int, default=2, help="crawls at once (default 2: one per core)")
    args = parser.parse_args(argv)
    chosen = [s for s in SCENARIOS if not args.names or any(n.lower() in s.name.lower() for n in args.names)]
    with tempfile.TemporaryDirectory(prefix="nianbao-faults.") as tmp:
        def one(index_scenario: tuple[int, Scenario]) -> Result:
            index, scenario = index_scenario
            result = run(scenario, Path(tmp) / f"s{index}")
            print(f"{'ok ' if result.survived else 'NO '} {scenario.name} ({result.seconds:.1f} s)", flush=True)
            return result

        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            results = list(pool.map(one, enumerate(chosen)))
    print()
    print(render(results))
    return 0 if all(r.survived for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
