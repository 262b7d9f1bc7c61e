"""The parser against real published reports (../shared/golden), scored by the shared tool itself."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from tests.conftest import GOLDEN, ROOT, SHARED

# Reports the parser issue requires to be read perfectly, cells and metadata.
EXACT = ("panyu_xfj_2021", "haizhu_zfb_2021", "yaodu_xfj_2020", "huaian_szf_2024")


@pytest.fixture(scope="module")
def scores() -> dict[str, tuple[int, int, int, int]]:
    if not GOLDEN.is_dir():
        pytest.fail(f"golden reports not found at {GOLDEN}")
    run = subprocess.run([sys.executable, str(SHARED / "tools" / "score_parse.py"), str(GOLDEN),
                          "--python", sys.executable], capture_output=True, text=True, cwd=ROOT, timeout=600)
    per_file = {}
    for line in run.stdout.splitlines():
        match = re.match(r"(\S+)\.\w+: cells (\d+)/(\d+), metadata (\d+)/(\d+)", line)
        if match:
            per_file[match[1]] = tuple(int(x) for x in match.groups()[1:])
        elif ": " in line and "parse failed" in line:
            per_file[line.split(".")[0]] = (0, 1, 0, 1)
    assert per_file, run.stdout + run.stderr
    return per_file


@pytest.mark.parametrize("name", EXACT)
def test_required_reports_are_read_exactly(scores: dict, name: str) -> None:
    cells_ok, cells, meta_ok, meta = scores[name]
    assert (cells_ok, meta_ok) == (cells, meta), f"{name}: cells {cells_ok}/{cells}, metadata {meta_ok}/{meta}"


def test_all_text_goldens_at_least_95_percent(scores: dict) -> None:
    text_reports = {k: v for k, v in scores.items() if (GOLDEN / f"{k}.txt").exists()}
    hit = sum(v[0] for v in text_reports.values())
    total = sum(v[1] for v in text_reports.values())
    assert total and hit / total >= 0.95, f"{hit}/{total}"
    for name, (cells_ok, cells, _, _) in text_reports.items():
        assert cells_ok / cells >= 0.95, f"{name}: {cells_ok}/{cells}"
