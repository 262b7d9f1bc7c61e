"""`scrapy crawl` with a wrong site name or a malformed argument: one clear line, exit status 2, no crawl."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import ROOT


@pytest.mark.parametrize(("arguments", "message"), [
    (["haizhu", "-a", "years=20x1"], "haizhu: years must look like"),
    (["panyu", "-a", "sample=0"], "panyu: sample must be a positive number"),
    (["nosuch"], "no spider named 'nosuch'"),
    (["discover"], "discover: start_url is required"),
    (["discover", "-a", "start_url=https://casino.example.com/"], "is not a government site"),
    (["site", "-a", "name=nosuch"], "site: no site file"),
])
def test_bad_crawl_arguments(tmp_path: Path, arguments: list[str], message: str) -> None:
    env = {**os.environ, "NIANBAO_OFFLINE": "1", "NIANBAO_DATA": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "scrapy", "crawl", *arguments], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr[-2000:]
    assert message in done.stderr.strip().splitlines()[-1]
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "archive.sqlite").exists()  # nothing started
