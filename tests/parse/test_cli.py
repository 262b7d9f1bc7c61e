"""`python -m crawler parse FILE --json`, as users and score_parse.py run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOLDEN, ROOT


def parse(path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "crawler", "parse", str(path), *extra], capture_output=True,
                          text=True, cwd=ROOT, timeout=120, env={**os.environ, "PYTHONWARNINGS": "ignore"})


def test_json_output_is_the_canonical_shape() -> None:
    run = parse(GOLDEN / "haizhu_zfb_2021.txt", "--json")
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert {"agency", "year", "template", "tables", "checks"} <= doc.keys()
    assert set(doc["tables"]) == {"active", "applications", "review"}
    assert all({"rule", "ok", "detail"} <= c.keys() for c in doc["checks"])


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty"),
    (bytes(range(256)) * 64, "binary"),
    ("这是一份会议通知，与政府信息公开年报无关。".encode(), "not a report"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    run = parse(path, "--json")
    assert run.returncode == 2, (reason, run.stdout, run.stderr)
    assert run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), run.stderr


def test_missing_file(tmp_path: Path) -> None:
    run = parse(tmp_path / "nope.pdf")
    assert run.returncode == 2 and "no such file" in run.stderr


def test_unreadable_tables_give_json_with_warnings(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("某县信访局2023年政府信息公开工作年度报告\n一、总体情况\n本年度工作有序开展。\n", encoding="utf-8")
    run = parse(path, "--json")
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert doc["year"] == 2023 and doc["tables"] == {"active": {}, "applications": {}, "review": {}}
    assert len(doc["warnings"]) >= 3
