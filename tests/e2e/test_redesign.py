"""End to end in the replica's redesign mode: every site has moved its annual-report columns (another CMS template,
new paths, listings no longer ending in `/`; the old URLs answer 404 or send to the home page).

Each spider runs as `scrapy crawl <site>` into a real archive, as the scheduler runs it: its configured listings fail,
it falls back to the search from the home page within its budget, finds every report and nothing else, and records
the alarm (`scheduler.py --status`) and the update it suggests (`python -m crawler heal`).  Then the unchanged
redesigned sites are crawled again: the recrawl stays a small share of the first crawl's body-returning requests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa

from crawler import healing
from replica import Replica
from replica.demo import ROOT, crawl_replica, redesigned_sites, replica_sites, replicated_sites, score
from storage.archive import Archive

pytestmark = [pytest.mark.slow, pytest.mark.browser]
SITES = redesigned_sites(replicated_sites())  # the spider loader's sites whose replica sites the mode moves
REPLICA_SITES = replica_sites(SITES)
RECRAWL_SHARE = 0.15


@dataclass
class Crawl:
    replica: Replica
    data_dir: Path
    first: list[dict]
    second: list[dict]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory, chromium_path: str) -> Iterator[Crawl]:
    data_dir = tmp_path_factory.mktemp("redesigned")
    with Replica(sites=REPLICA_SITES, redesign=True) as replica:
        logs = []
        for _ in range(2):
            start = len(replica.requests())
            for spider in SITES:
                done = crawl_replica(spider, replica.url, data_dir=str(data_dir))
                assert done.returncode == 0, f"{spider} crawl failed:\n{done.stderr[-3000:]}"
            logs.append(replica.requests(since=start))
        yield Crawl(replica, data_dir, *logs)


def _archive(crawl: Crawl) -> Archive:
    return Archive.open(data_dir=crawl.data_dir, database_url=f"sqlite:///{crawl.data_dir / 'archive.sqlite'}")


def _runs(crawl: Crawl) -> dict[str, dict]:
    """Each spider's first crawl run: its stats."""
    with _archive(crawl) as archive:
        rows = archive.db.read(lambda conn: conn.execute(sa.text(
            "SELECT spider, stats FROM crawl_runs ORDER BY id")).all())
    first: dict[str, dict] = {}
    for spider, stats in rows:
        first.setdefault(spider, stats if isinstance(stats, dict) else json.loads(stats))
    return first


def test_every_report_found_through_the_fallback_and_nothing_else(crawl: Crawl) -> None:
    with _archive(crawl) as archive:
        archived = {url for report in archive.report_list() for url in report["urls"]}
    result = score(crawl.replica.manifest(), archived, set(REPLICA_SITES))
    print(f"redesigned sites: {result}")
    assert result.published and result.found == result.published and not result.wrong, str(result)
    assert not crawl.replica.misses()


def test_each_crawl_raised_the_alarm_and_recorded_what_moved(crawl: Crawl) -> None:
    runs = _runs(crawl)
    for spider in SITES:
        stats = runs[spider]
        moved = healing.recorded(stats)
        assert moved is not None, f"{spider}: no alarm"
        assert moved.failed and moved.found and moved.suggested, (spider, moved)
        assert stats["discover/requests"] <= stats["discover/budget"]
    env = {**os.environ, "NIANBAO_DATA": str(crawl.data_dir)}
    status = subprocess.run([sys.executable, "scheduler.py", "--status", "--json"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert status.returncode == 1, status.stderr  # something needs attention
    shown = json.loads(status.stdout)["sites"]
    assert all(shown[spider]["listings_moved"]["failed"] for spider in SITES)
    heal = subprocess.run([sys.executable, "-m", "crawler", "heal", "yindu"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert heal.returncode == 0, heal.stderr
    assert "https://www.yindu.gov.cn/zfxxgk/fdzdgknr  (HTTP 404 (gone))" in heal.stdout
    suggested = healing.recorded(runs["yindu"]).suggested  # type: ignore[union-attr]
    assert all(f'+        "{url}",' in heal.stdout for url in suggested), heal.stdout
    assert '-    listing_urls = ("https://www.yindu.gov.cn/zfxxgk/fdzdgknr",)' in heal.stdout


def _bodies(log: list[dict]) -> int:
    return sum(1 for entry in log if entry.get("body") and entry.get("status") == 200)


def test_the_recrawl_of_the_redesigned_sites_stays_cheap(crawl: Crawl) -> None:
    first, second = _bodies(crawl.first), _bodies(crawl.second)
    print(f"recrawl after the redesign: {second} body-returning requests of the first crawl's {first} "
          f"({100 * second / first:.1f} %)")
    assert second <= RECRAWL_SHARE * first, (second, first)
