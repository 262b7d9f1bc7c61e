"""Helpers shared by the scheduler tests: the fake crawl command, its journal, the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from crawler.schedule.runner import PROJECT_ROOT, CrawlRunner
from storage.archive import Archive

# The fake crawl as the scheduler's crawl command (run with -m from the project root, so it imports `storage`).
FAKE_CRAWL = ["{python}", "-m", "tests.scheduler.fake_crawl", "{spider}"]


def fake_runner(archive: Archive, max_parallel: int = 2, stop_grace: float = 1.0) -> CrawlRunner:
    return CrawlRunner(archive, command=FAKE_CRAWL, max_parallel=max_parallel, stop_grace=stop_grace)


def read_journal(path: Path) -> list[dict[str, Any]]:
    lines = []
    for file in sorted(path.glob("*.jsonl")):
        lines += [json.loads(line) for line in file.read_text().splitlines() if line.strip()]
    return sorted(lines, key=lambda line: line["time"])


def intervals(journal: list[dict[str, Any]], spider: str | None = None) -> list[tuple[float, float, str]]:
    """(start, end, key) of every fake crawl process that ended (of one spider, or all)."""
    starts = {line["pid"]: line for line in journal if line["event"] == "start"}
    return sorted((starts[line["pid"]]["time"], line["time"], line["key"]) for line in journal
                  if line["event"] == "end" and (spider is None or line["spider"] == spider))


def overlapping(spans: list[tuple[float, float, str]]) -> list[tuple[str, str]]:
    """Pairs of runs whose processes were alive at the same time."""
    pairs = []
    for i, (_, end, key) in enumerate(spans):  # sorted by start: only later starts can fall inside this run
        pairs += [(key, other) for other_start, _, other in spans[i + 1:] if other_start < end]
    return pairs


def max_concurrency(spans: list[tuple[float, float, str]]) -> int:
    events = sorted([(start, 1) for start, _, _ in spans] + [(end, -1) for _, end, _ in spans])
    running = peak = 0
    for _, step in events:
        running += step
        peak = max(peak, running)
    return peak


def scheduler_cli(*args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "scheduler.py", *args], cwd=PROJECT_ROOT, env={**os.environ, **env},
                          capture_output=True, text=True, timeout=timeout)
