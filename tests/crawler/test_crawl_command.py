"""`nianbao crawl`: run from a directory that is not the repository, as a person at a terminal runs it (a real
pseudo-terminal): a progress line and the summary on the terminal, Scrapy's log in the data directory's logs/;
a recrawl counts the same reports as unchanged; a crawl whose every request is refused exits 1 saying why."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from replica import Replica

pytestmark = pytest.mark.slow
NIANBAO = Path(sys.executable).parent / "nianbao"  # the console script `make setup` installs


def at_terminal(argv: list[str], cwd: Path, env: dict[str, str]) -> tuple[int, str]:
    """Run `argv` with a pseudo-terminal (100 columns) as its stdout and stderr; its exit status and output."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 100, 0, 0))
    process = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=follower, stderr=follower)
    os.close(follower)
    output = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 120)
        try:
            chunk = os.read(leader, 65536) if ready else b""
        except OSError:  # the terminal closed: the process ended
            chunk = b""
        if not chunk:
            break
        output += chunk
    os.close(leader)
    return process.wait(timeout=60), output.decode("utf-8", "replace")


def summary_row(output: str, site: str) -> list[str]:
    line = next(line for line in output.splitlines() if line.startswith(site + " "))
    return line.split()


def test_a_crawl_at_a_terminal_shows_progress_and_its_summary_and_logs_to_a_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Replica(sites=("yindu",), modes=[]) as replica:
        env = {**os.environ, "REPLICA_URL": replica.url, "NIANBAO_OFFLINE": "1", "NIANBAO_POLITE": "0",
               "NIANBAO_DATA": str(data), "NIANBAO_LOG_LEVEL": "INFO"}
        code, shown = at_terminal([str(NIANBAO), "crawl", "yindu", "-a", "sample=1"], tmp_path, env)
        assert code == 0, shown[-3000:]
        again = subprocess.run([str(NIANBAO), "crawl", "yindu", "-a", "sample=1"], cwd=tmp_path, env=env,
                               capture_output=True, text=True, timeout=300)
    assert "crawl yindu:" in shown and " pages" in shown  # the progress line
    assert "[scrapy" not in shown and "INFO" not in shown  # no log lines on the terminal …
    (log,) = (data / "logs" / "yindu").glob("*.log")  # … they are in the data directory
    assert "Spider closed (finished)" in log.read_text(encoding="utf-8")
    assert f"log: {log}" in shown
    _site, found, new, unchanged, failed, alarms = summary_row(shown, "yindu")
    assert int(found) >= 1 and (new, unchanged, failed, alarms) == (found, "0", "0", "-")
    # not at a terminal: the log goes where stderr goes, as before, and the summary ends it
    assert again.returncode == 0 and "Spider closed (finished)" in again.stderr
    assert summary_row(again.stderr, "yindu")[1:5] == [found, "0", found, "0"]  # the same documents, unchanged
    assert not list(tmp_path.glob("*.png")) and sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_a_crawl_that_fetched_nothing_exits_1_and_says_why(tmp_path: Path) -> None:
    env = {**os.environ, "NIANBAO_OFFLINE": "1", "NIANBAO_POLITE": "0", "NIANBAO_DATA": str(tmp_path),
           "NIANBAO_LOG_LEVEL": "WARNING"}
    env.pop("REPLICA_URL", None)  # every request would leave 127.0.0.1: the offline guard refuses them all
    done = subprocess.run([str(NIANBAO), "crawl", "yindu", "-a", "sample=1"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert re.fullmatch(r"yindu: nothing fetched — every request was refused or failed: NIANBAO_OFFLINE refused "
                        r"them .*\(\d+\)", last), last
