"""`python -m replica serve`: URL on the first line, serves until SIGTERM, one-line errors with exit 2."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

from tests.conftest import ROOT


def test_serves_in_the_foreground_and_prints_its_url_first(replica_build, tmp_path: Path) -> None:
    manifest = tmp_path / "truth.json"
    process = subprocess.Popen([sys.executable, "-m", "replica", "serve", "--port", "0", "--mode", "none",
                                "--mode", "flaky:n=1@yaodu", "--manifest", str(manifest)],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = process.stdout.readline().strip()
        assert first.startswith("REPLICA_URL=http://127.0.0.1:"), first
        base = first.split("=", 1)[1]
        with urllib.request.urlopen(f"{base}/www.yindu.gov.cn/zfxxgk/fdzdgknr/zfxxgknb", timeout=10) as response:
            assert response.status == 200
        try:
            urllib.request.urlopen(f"{base}/www.yaodu.gov.cn/robots.txt", timeout=10)
            raise AssertionError("flaky:n=1 must fail the first request")
        except urllib.error.HTTPError as exc:
            assert exc.code == 503
        with urllib.request.urlopen(f"{base}/__replica__/mode", timeout=10) as response:
            assert [m["mode"] for m in json.load(response)] == ["flaky"]
        reports = json.loads(manifest.read_text(encoding="utf-8"))["reports"]
        assert len(reports) == len(replica_build.manifest.reports)
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=15)
    assert process.returncode == 0, err
    assert "replica stopped; 2 requests, 0 misses" in err


def test_bad_input_is_one_line_and_exit_2() -> None:
    for args, message in ((["--mode", "bogus"], "unknown mode 'bogus'"), (["--sites", "nowhere"], "unknown site"),
                          (["--mode", "flaky:n=x"], "not a int")):
        run = subprocess.run([sys.executable, "-m", "replica", "serve", "--build-only", *args], cwd=ROOT,
                             capture_output=True, text=True, timeout=60)
        assert run.returncode == 2 and run.stderr.count("\n") == 1 and message in run.stderr, run.stderr
