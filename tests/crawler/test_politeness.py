"""Politeness and resilience of real crawls against the replica's fault modes: Retry-After honoured, transient
failures retried with backoff, every anti-bot challenge solved in the browser, a platform API's reset retried in
the browser, nothing leaves 127.0.0.1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from replica import Replica
from replica.demo import ROOT, crawl_replica, score
from storage.archive import Archive


def _archive(data_dir: Path) -> Archive:
    return Archive.open(data_dir=data_dir, database_url=f"sqlite:///{data_dir / 'archive.sqlite'}")


def _crawl(mode: str, site: str, data_dir: Path) -> tuple[Replica, dict, set[str]]:
    """Crawl one site with one replica mode on; the replica's log, the crawl's stats, the archived report URLs."""
    replica = Replica(modes=[mode]).start()
    try:
        done = crawl_replica(site, replica.url, data_dir=str(data_dir))
        assert done.returncode == 0, done.stderr[-3000:]
        with _archive(data_dir) as archive:
            stats = archive.db.read(lambda c: c.execute(sa.text(
                "SELECT stats FROM crawl_runs ORDER BY id DESC LIMIT 1")).scalar_one())
            urls = {u for r in archive.report_list() for u in r["urls"]}
        replica.stop()
        return replica, stats if isinstance(stats, dict) else json.loads(stats), urls
    finally:
        replica.stop()


def test_retry_after_is_waited_for_and_nothing_is_lost(tmp_path: Path) -> None:
    replica, stats, urls = _crawl("ratelimit:retry_after=2,n=1@yaodu", "yaodu", tmp_path)
    found = score(replica.manifest(), urls, {"yaodu"})
    assert found.found == found.published and not found.wrong, str(found)
    assert stats.get("nianbao/ratelimited", 0) >= 1
    by_url: dict[str, list[dict]] = {}
    for entry in replica.requests():
        by_url.setdefault(entry["url"], []).append(entry)
    waited = [later["time"] - first["time"] for first, later, *_ in
              (log for log in by_url.values() if len(log) >= 2 and log[0]["status"] == 429)]
    assert waited and min(waited) >= 1.9, waited  # Retry-After: 2


def test_transient_failures_are_retried_with_backoff(tmp_path: Path) -> None:
    replica, stats, urls = _crawl("flaky:n=2@yaodu", "yaodu", tmp_path)
    found = score(replica.manifest(), urls, {"yaodu"})
    assert found.found == found.published, str(found)
    assert stats.get("nianbao/retry_backoff", 0) >= 2
    assert stats.get("retry/count", 0) >= 2


@pytest.mark.browser
@pytest.mark.parametrize("mode", ["challenge-412", "challenge-wzws"])
def test_every_challenge_kind_is_solved_and_never_archived(tmp_path: Path, chromium_path: str, mode: str) -> None:
    replica, stats, urls = _crawl(f"{mode}:kind=listing@yindu", "yindu", tmp_path)
    found = score(replica.manifest(), urls, {"yindu"})
    assert found.found == found.published and not found.wrong, str(found)
    assert stats.get("nianbao/challenge/browser", 0) >= 1 and not stats.get("nianbao/challenge/unresolved")
    with _archive(tmp_path) as archive:
        challenged = archive.db.read(lambda c: c.execute(sa.text(
            "SELECT count(*), count(sha256) FROM fetches WHERE outcome = 'challenge'")).one())
    assert challenged[0] >= 1 and challenged[1] == 0  # recorded, never a document


@pytest.mark.browser
def test_a_reset_platform_api_is_retried_once_through_the_browser(tmp_path: Path, chromium_path: str) -> None:
    """gd.gov.cn's gkmlpt resets connections of clients it does not take for browsers (a public scraper's note):
    here every connection to a gkmlpt API is reset unless a browser makes it; each is fetched once by the browser."""
    replica, stats, urls = _crawl("reset:browser=1,kind=api@haizhu", "haizhu", tmp_path)
    found = score(replica.manifest(), urls, {"haizhu"})
    assert found.found == found.published and not found.wrong, str(found)
    api = {e["url"] for e in replica.requests() if "/gkmlpt/api/" in e["url"]}
    assert api and stats.get("nianbao/platform/browser_retries", 0) == len(api)
    assert not stats.get("nianbao/platform/browser_failures")
    answers = [(e["url"], e["fault"]) for e in replica.requests() if e["url"] in api]
    assert {url for url, fault in answers if fault is None} == api, "each answered once: to the browser"
    with _archive(tmp_path) as archive:
        fetched = archive.db.read(lambda c: c.execute(sa.text(
            "SELECT url FROM fetches WHERE url LIKE '%/gkmlpt/api/%' AND status = 200 AND sha256 IS NOT NULL"))
            .scalars().all())
    assert set(fetched) == api  # the browser's answers are archived like any fetch


def test_offline_mode_contacts_no_real_host(tmp_path: Path) -> None:
    env = {**os.environ, "NIANBAO_OFFLINE": "1", "NIANBAO_DATA": str(tmp_path), "NIANBAO_POLITE": "0"}
    env.pop("REPLICA_URL", None)
    done = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "haizhu"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    # a crawl that fetched nothing fails, and its last line says why (crawler/crawl_summary.py)
    assert done.returncode == 1, done.stderr[-2000:]
    assert "nothing fetched" in done.stderr.strip().splitlines()[-1] and "NIANBAO_OFFLINE" in done.stderr
    assert "offline mode: refusing to contact www.haizhu.gov.cn" in done.stderr
    assert "downloader/response_count" not in done.stderr
