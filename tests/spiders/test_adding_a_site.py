"""A new site is one spider file (or one site file) plus its fixtures, nothing else edited: shown by adding two in a
throwaway copy of the checkout, the way docs/adding-a-site.md tells a newcomer to.

In the copy: `python -m crawler new-site` writes the site (a spider for qinglan, a pinned site file for songhe:
fictitious sites the offline replica serves), its test module and its fixture folder; the tests fail until the
docstring (the `pinned` line) is filled in and the fixtures are recorded; then `tests.spiders.record` records them
from the replica, and the site's tests, the scheduler's tests and `python -m replica demo` pass with the new sites
in.  Afterwards the copy differs from the checkout only by the new sites' own files.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.checkout import copy_checkout

pytestmark = pytest.mark.slow
SPIDER_SITE = ("qinglan", "http://www.qinglan.gov.cn/zfxxgk/zfxxgknb_31597/index.shtml")
SONGHE_COLUMNS = ("qzf", "bmxxgk/czj", "bmxxgk/fgw", "bmxxgk/jyj", "bmxxgk/wjw", "bmxxgk/xfj", "bmxxgk/zrzyj",
                  "xzjd/cgjd", "xzjd/hkz")
PINNED_SITE = ("songhe", *(f"https://www.songhe.gov.cn/zfxxgk/{column}/ndbg/" for column in SONGHE_COLUMNS))


def snapshot(root: Path) -> dict[str, str]:
    return {str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in root.rglob("*") if path.is_file() and "__pycache__" not in path.parts
            and not path.relative_to(root).parts[0].startswith((".", "data"))}


def run(copy: Path, *argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "NIANBAO_DATA": str(copy / "data"), "NIANBAO_LOG_LEVEL": "WARNING", **(env or {})}
    environment.pop("NIANBAO_SITES", None)
    return subprocess.run([sys.executable, *argv], cwd=copy, env=environment, capture_output=True, text=True,
                          timeout=900)


def test_a_new_site_is_its_own_files_and_nothing_else(tmp_path: Path) -> None:
    copy = tmp_path / "checkout"
    copy_checkout(copy)
    before = snapshot(copy)

    for (name, *listings), pinned in ((SPIDER_SITE, False), (PINNED_SITE, True)):
        made = run(copy, "-m", "crawler", "new-site", name, *listings, *(["--pinned"] if pinned else []))
        assert made.returncode == 0, made.stderr
    spider, site_file = copy / "spiders/qinglan.py", copy / "sites/songhe.toml"
    assert "TODO" in spider.read_text(encoding="utf-8") and "TODO" in site_file.read_text(encoding="utf-8")

    # The new sites' tests fail, and say how to record the fixtures.
    failing = run(copy, "-m", "pytest", "-q", "tests/spiders", "-k", "qinglan or songhe")
    assert failing.returncode == 1 and "tests.spiders.record qinglan" in failing.stdout, failing.stdout[-3000:]
    assert "tests.spiders.record songhe" in failing.stdout

    # The newcomer states the evidence and records the fixtures from the replica.
    text = re.sub(r"TODO: the site's name[^—]*", "青岚县人民政府 ", spider.read_text(encoding="utf-8"), count=1)
    spider.write_text(re.sub(r"TODO: [^\n]*", f"seen at {SPIDER_SITE[1]}", text), encoding="utf-8")
    site_file.write_text(re.sub(r'pinned = "TODO[^"]*"', 'pinned = "columns seen at '
                                'https://www.songhe.gov.cn/zfxxgk/qzf/ndbg/ on 2026-12-05"',
                                site_file.read_text(encoding="utf-8")), encoding="utf-8")
    recorded = run(copy, "-m", "tests.spiders.record", "qinglan", "songhe")
    assert recorded.returncode == 0, recorded.stderr[-3000:]

    checks = run(copy, "-m", "pytest", "-q", "tests/spiders", "tests/scheduler/test_scheduler_plan.py",
                 "tests/scheduler/test_scheduler_deploy.py", "-k", "not systemd and not adding_a_site")
    assert checks.returncode == 0, checks.stdout[-4000:]
    assert re.search(r"test_finds_every_report_and_nothing_else\[songhe\]", run(
        copy, "-m", "pytest", "-q", "--collect-only", "tests/spiders/test_every_site.py").stdout)
    listed = run(copy, "-m", "crawler", "sites")
    assert re.search(r"^qinglan\s+spiders/qinglan.py", listed.stdout, re.M), listed.stdout
    assert re.search(r"^songhe\s+sites/songhe.toml", listed.stdout, re.M), listed.stdout
    plan = run(copy, "scheduler.py", "--plan", "--count", "1")
    assert "qinglan:" in plan.stdout and "songhe:" in plan.stdout, plan.stdout + plan.stderr
    demo = run(copy, "-m", "replica", "demo", "qinglan", "songhe")
    assert demo.returncode == 0 and re.search(r"recall (\d+)/\1 = 100.0 %", demo.stdout), demo.stdout[-3000:]

    after = snapshot(copy)
    changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
    own = re.compile(r"^(spiders/qinglan\.py|sites/songhe\.toml|tests/spiders/test_(qinglan|songhe)\.py|"
                     r"tests/fixtures/(qinglan|songhe)/.+)$")
    assert changed and all(own.match(path) for path in changed), sorted(p for p in changed if not own.match(p))
