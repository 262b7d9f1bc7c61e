"""Following the README leaves the repository as it was: its commands, run in a throwaway copy of the checkout (a
git repository of its own) against the offline replica, write only into the data directory (the copy's git-ignored
`data/`, since they run inside it) or where they are told — `git status --porcelain` stays empty.  And `nianbao`
works from a directory that is not the repository.

Each command is the README's line (asserted to be in it), with the README's placeholders (report.pdf, example.gov.cn)
replaced by what the replica has; the cheap ones only (no full crawl, no browser; the pinned site is listed and
planned, tests/crawler/test_crawl_command.py and tests/discovery show crawls).  `new-site`, which writes a
spider and its tests for the developer to commit, is the README's one documented exception and is not run here
(tests/spiders/test_adding_a_site.py follows it).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from replica import Replica
from tests.checkout import copy_checkout
from tests.paths import ROOT

pytestmark = pytest.mark.slow
NIANBAO = Path(sys.executable).parent / "nianbao"  # the console script `make setup` installs
README = (ROOT / "README.md").read_text(encoding="utf-8")


def git(copy: Path, *argv: str) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *argv], cwd=copy, check=True,
                          capture_output=True, text=True).stdout


def test_following_the_readme_leaves_git_status_clean(tmp_path: Path) -> None:
    copy, home, elsewhere = tmp_path / "checkout", tmp_path / "home", tmp_path / "elsewhere"
    copy_checkout(copy)
    home.mkdir()
    elsewhere.mkdir()
    git(copy, "init", "-q")
    git(copy, "add", "-A")
    git(copy, "commit", "-q", "-m", "the checkout")
    report = tmp_path / "report.txt"
    report.write_text(subprocess.run([sys.executable, "-m", "replica.reportgen", "--seed", "7"], cwd=ROOT, check=True,
                                     capture_output=True, text=True).stdout, encoding="utf-8")

    with Replica(sites=("yindu", "yaodu"), modes=[]) as replica:
        yaodu = next(s["origin"] for s in replica.manifest()["sites"] if s["name"] == "yaodu") + "/"
        env = {k: v for k, v in os.environ.items() if k not in ("NIANBAO_DATA", "NIANBAO_SITES", "DATABASE_URL")}
        # the copy's code, not the checkout's the console script is installed from: the copy is the repository
        env |= {"PYTHONPATH": str(copy), "HOME": str(home), "REPLICA_URL": replica.url, "NIANBAO_OFFLINE": "1",
                "NIANBAO_POLITE": "0", "NIANBAO_LOG_LEVEL": "WARNING"}

        def run(readme_line: str, argv: list[str], *, cwd: Path = copy, ok: tuple[int, ...] = (0,)) -> str:
            assert readme_line in README, f"the README no longer says {readme_line!r}"
            command = [str(NIANBAO), *argv] if argv[0] != "scheduler.py" else [sys.executable, *argv]
            done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
            assert done.returncode in ok, f"{readme_line}: exit {done.returncode}\n{done.stderr[-3000:]}"
            return done.stdout + done.stderr

        assert "crawl" in run("--help` lists the commands", ["--help"], cwd=elsewhere)
        run("nianbao parse report.pdf --json", ["parse", str(report), "--json"])
        run("nianbao crawl yindu -a sample=1", ["crawl", "yindu", "-a", "sample=1"])
        run("nianbao discover-pin https://www.example.gov.cn/ --name example",
            ["discover-pin", yaodu, "--name", "example", "--max-pages", "30"])
        assert "example" in run("nianbao sites", ["sites"])
        run("nianbao ingest ~/reports/*.pdf", ["ingest", str(report)])
        run("nianbao reparse", ["reparse"])
        run("nianbao reports --json", ["reports", "--json"])
        run("nianbao export --table applications --package --year 2021-2024",
            ["export", "--table", "applications", "--package", "--year", "2021-2024"])
        run("nianbao export --table applications --format parquet -o ~/apps.parquet",
            ["export", "--table", "applications", "--format", "parquet", "-o", str(home / "apps.parquet")])
        run("nianbao stats", ["stats"])
        assert "example:" in run(".venv/bin/python scheduler.py --plan", ["scheduler.py", "--plan"])
        run(".venv/bin/python scheduler.py --status", ["scheduler.py", "--status"], ok=(0, 1))

    assert git(copy, "status", "--porcelain", "--untracked-files=all") == ""
    data = copy / "data"  # what they wrote is in the data directory
    for made in ("archive.sqlite", "sites/example.toml", "exports/applications/datapackage.json",
                 "nianbao-stats.png"):
        assert (data / made).is_file(), made
    assert (home / "apps.parquet").is_file() and not list(home.glob(".local/share/nianbao/*"))
