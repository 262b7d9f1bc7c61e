"""The suite's table: one row per fault, then the totals."""

from __future__ import annotations

from collections.abc import Iterable

from tests.faults.harness import Result

# Results of the scenarios run by pytest in this session (a plain module: conftest modules are not importable).
COLLECTED: list[Result] = []

HEADER = ("fault", "group", "injected", "survived", "lost", "duplicates", "requests", "seconds")


def render(results: Iterable[Result]) -> str:
    results = list(results)
    rows = [HEADER] + [(r.scenario.name, r.scenario.group, str(r.injected), "yes" if r.survived else "NO",
                        str(r.lost), str(r.duplicates), str(r.requests), f"{r.seconds:.1f}") for r in results]
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADER))]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in
                       enumerate(zip(row, widths, strict=True))) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    survived = sum(r.survived for r in results)
    lines.append(f"\n{survived}/{len(results)} faults survived, {sum(r.lost for r in results)} documents lost, "
                 f"{sum(r.duplicates for r in results)} duplicates, {sum(r.injected for r in results)} injected")
    seen = [r for r in results if r.seen]
    if seen:
        lines.append("\nwhat the user sees:")
        lines += [f"  {r.scenario.name}: {r.seen}" for r in seen]
    for r in results:
        for problem in r.problems:
            lines.append(f"  {r.scenario.name}: {problem}")
    return "\n".join(lines)
