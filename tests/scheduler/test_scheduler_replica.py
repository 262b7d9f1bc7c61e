"""`python scheduler.py --once` against the offline replica fills the archive exactly as `make demo` does.

Both run for real, side by side: `python -m replica demo` (what `make demo` runs: its own replica, the five
spiders one after another) into one data directory, and `scheduler.py --once` (the shipped schedule, two crawls at
once, each a `scrapy crawl` subprocess) against a second replica into another.  The archives must hold the same
reports, documents and fetched URLs; the scheduler's runs are its own (keys, exit status) and all finished.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from crawler.run_keys import parse_run_key
from crawler.schedule import history
from crawler.schedule.runner import PROJECT_ROOT
from replica import Replica
from replica.demo import replica_sites, replicated_sites
from storage.archive import Archive
from storage.config import StorageConfig
from tests.scheduler.scheduler_helpers import scheduler_cli

SITES = replicated_sites()  # what the demo crawls: the spider loader's sites the replica reproduces
SPIDERS = list(SITES)


def archive_contents(data_dir: Path) -> dict[str, Any]:
    """What a crawl put in the archive, without what differs by design between two crawls (times, run keys)."""
    with Archive(StorageConfig.from_env(data_dir), warc=False) as archive, archive.db.connect() as conn:
        reports = sorted((r["agency"] or "", r["year"] or 0, r["template"] or "", r["sha256"], tuple(r["urls"]),
                          tuple(r["checks_failed"]), r["site"] or "", r["title"] or "", r["media_type"])
                         for r in archive.report_list())
        documents = sorted(conn.execute(sa.text("SELECT sha256, media_type, parse_status FROM documents")).all())
        fetched = sorted(set(conn.execute(sa.text("SELECT url, status FROM fetches")).all()))
        runs = conn.execute(sa.text("SELECT spider, key, finish_reason FROM crawl_runs ORDER BY spider")).all()
        last = history.last_runs(archive, SPIDERS)
    return {"reports": reports, "documents": documents, "fetched": fetched, "runs": runs, "last": last}


@pytest.mark.slow
@pytest.mark.browser
def test_once_against_the_replica_fills_the_archive_exactly_as_make_demo_does(tmp_path: Path,
                                                                             chromium_path: str) -> None:
    demo_data, once_data = tmp_path / "demo", tmp_path / "once"
    crawl_env = {"NIANBAO_OFFLINE": "1", "NIANBAO_POLITE": "0", "NIANBAO_LOG_LEVEL": "WARNING"}  # as the demo sets
    demo = subprocess.Popen([sys.executable, "-m", "replica", "demo"], cwd=PROJECT_ROOT,
                            env={**os.environ, "NIANBAO_DATA": str(demo_data)}, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        with Replica(sites=replica_sites(SITES)) as replica:
            once = scheduler_cli("--once", *SPIDERS, env={**crawl_env, "REPLICA_URL": replica.url,
                                                          "NIANBAO_DATA": str(once_data)}, timeout=900)
        demo_output, _ = demo.communicate(timeout=900)
    finally:
        if demo.poll() is None:
            demo.kill()
    assert demo.returncode == 0, demo_output
    assert once.returncode == 0, once.stdout[-4000:] + once.stderr

    by_demo, by_once = archive_contents(demo_data), archive_contents(once_data)
    assert len(by_demo["reports"]) > 0
    assert by_once["reports"] == by_demo["reports"]
    assert by_once["documents"] == by_demo["documents"]
    assert by_once["fetched"] == by_demo["fetched"]
    assert [(spider, reason) for spider, _, reason in by_once["runs"]] == [(s, "finished") for s in SPIDERS]
    for spider, _key, _reason in by_once["runs"]:
        record = by_once["last"][spider]
        assert record is not None and parse_run_key(record.key)[:2] == (spider, "once")  # type: ignore[index]
        assert record.stats["scheduler/exit_status"] == 0 and "nianbao/fetch/new" in record.stats


@pytest.mark.slow
@pytest.mark.browser
def test_a_real_crawl_over_its_time_limit_shuts_down_cleanly_and_is_recorded_as_timeout(
        tmp_path: Path, chromium_path: str) -> None:
    data = tmp_path / "data"
    with Replica() as replica:  # polite delays on: the crawl of chuanhui takes minutes, its limit is 8 s
        once = scheduler_cli("--once", "chuanhui", "--time-limit", "8s",
                             env={"NIANBAO_OFFLINE": "1", "NIANBAO_POLITE": "1", "REPLICA_URL": replica.url,
                                  "NIANBAO_DATA": str(data)}, timeout=300)
    assert once.returncode == 1 and "chuanhui: timeout" in once.stdout
    with Archive(StorageConfig.from_env(data), warc=False) as archive:
        record = history.last_runs(archive, ["chuanhui"])["chuanhui"]
    assert record is not None and record.finish_reason == "timeout"
    # One SIGTERM was enough: Scrapy closed the spider itself, and its stats (with what it had fetched) are kept.
    assert record.stats["scheduler/killed"] is False and record.stats["finish_reason"] == "shutdown"
    assert record.stats.get("nianbao/listing_pages", 0) >= 1
