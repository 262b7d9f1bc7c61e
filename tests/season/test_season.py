"""A season over the synthetic national replica (issue 21), as `scheduler.py --season` runs it: on one machine
(SQLite, crawls as subprocesses) and on 3 scrapy-redis workers (PostgreSQL; pinned crawls enqueued for the
workers, discovery in the scheduler's machine; a parse worker parses what the crawl workers queued).

Twelve registry sites of four CMS families, among them a site without reports, two that answer only 503 and two
slow ones (seed 4).  The departments round is run, its scheduler killed with SIGKILL mid-round and run again; then
the governments round (retrying the unreachable; with workers, its scheduler is killed mid-round too).  Shown
from the replica's ground truth and request log and from the archive: every site visited; ≥ 95 % of the reports
found, none false; pins written by the first crawl and used by the second; the silent sites marked with their
error and retried, never dropped; one crawl of a host at a time with the per-host delay held across the whole
season; nothing lost or fetched twice after the kill; and the late/missing table equal to the manifest's.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from replica.national import NationalReplica
from storage import season as season_store
from storage.archive import Archive
from storage.models import CrawlRun
from tests.distributed.distributed_helpers import Workers, crawl_env, fresh_database
from tests.paths import ROOT

pytestmark = pytest.mark.slow

SITES, SEED = 12, 4
DELAY = 0.2  # DOWNLOAD_DELAY of every crawl here (±50 % jitter), NIANBAO_HOST_DELAY of the workers: the per-host
# gap between two requests' arrivals the season must keep (Scrapy spaces the starts of requests to a host)
REST = 1.0  # seconds between two crawls of one host


@dataclass
class Season:
    setup: str
    manifest: dict[str, Any]
    data: Path
    env: dict[str, str]
    log: list[dict[str, Any]]  # the replica's request log over the whole season
    departments_log: list[dict[str, Any]]  # … over the departments round (killed and resumed)
    killed_with_running: int  # crawl processes alive when the scheduler was killed

    def archive(self) -> Archive:
        return Archive.open(self.data, self.env.get("DATABASE_URL"), warc=False)

    def late(self) -> list[dict[str, Any]]:
        out = subprocess.run([sys.executable, "-m", "crawler", "late", "--json"], cwd=ROOT, env=self.env,
                             capture_output=True, text=True, check=True)
        return json.loads(out.stdout)


def _scheduler(env: dict[str, str], *extra: str) -> list[str]:
    return [sys.executable, "scheduler.py", "--season", "2025", "--codes", env["SEASON_CODES"], "--max-parallel",
            "3", "--time-limit", "5m", "--host-rest", str(REST), "--config", env["SEASON_CONFIG"], *extra]


def _settled(env: dict[str, str], round_: str) -> int:
    with Archive.open(Path(env["NIANBAO_DATA"]), env.get("DATABASE_URL"), warc=False) as archive:
        return sum(v.status != "pending" for v in season_store.season_visits(archive, 2025) if v.round == round_)


def _killed_mid_round(env: dict[str, str], until: str, round_: str, *extra: str) -> int:
    """Run the round's scheduler, SIGKILL it once three visits are settled (others are then mid-crawl) and run it
    again to the end; returns how many crawl processes (or enqueued crawls) the kill left running."""
    first = subprocess.Popen(_scheduler(env, "--until", until, *extra), cwd=ROOT, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while _settled(env, round_) < 3 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.5)
    running = subprocess.run(["pgrep", "-f", f"{env['NIANBAO_DATA']}/pins/"], capture_output=True,
                             text=True).stdout.split()
    first.send_signal(signal.SIGKILL)
    first.wait()
    # run again: it waits for the orphaned crawls (their host locks, or the workers) and makes what is left
    subprocess.run(_scheduler(env, "--until", until, *extra), cwd=ROOT, env=env, check=True, capture_output=True,
                   timeout=900)
    return len(running)


def _empty_redis(server_url: str) -> str:
    import redis

    url = f"{server_url.rsplit('/', 1)[0]}/0"
    client = redis.Redis.from_url(url)
    client.flushdb()
    client.close()
    return url


@pytest.fixture(scope="module", params=["one machine", pytest.param(
    "3 workers", marks=[pytest.mark.redis, pytest.mark.postgres])])
def season(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Season]:
    data = tmp_path_factory.mktemp("season")
    config = data / "schedule.toml"
    config.write_text('[scheduler]\ncommand = ["{python}", "-m", "scrapy", "crawl", "{spider}", '
                      f'"-s", "DOWNLOAD_DELAY={DELAY}", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=2"]\n')
    with NationalReplica(SITES, seed=SEED) as replica, contextlib.ExitStack() as stack:
        manifest = replica.manifest()
        env = {**os.environ, "REPLICA_URL": replica.url, "NIANBAO_OFFLINE": "1", "NIANBAO_POLITE": "0",
               "NIANBAO_DATA": str(data), "SEASON_CODES": ",".join(s["code"] for s in manifest["sites"]),
               "SEASON_CONFIG": str(config)}
        for name in ("DATABASE_URL", "REDIS_URL"):
            env.pop(name, None)
        if request.param == "3 workers":
            redis_url = _empty_redis(request.getfixturevalue("redis_url"))
            database_url = stack.enter_context(fresh_database(request.getfixturevalue("pg_server_url"),
                                                              "season_workers"))
            env = crawl_env(redis_url=redis_url, database_url=database_url, data_dir=data,
                            replica_url=replica.url) | {k: env[k] for k in ("SEASON_CODES", "SEASON_CONFIG")}
            env["NIANBAO_HOST_DELAY"] = str(DELAY)
            workers = Workers(env, data / "worker-logs")
            workers.start(3)
            stack.callback(workers.stop)
        killed = _killed_mid_round(env, "2025-03-31", "departments")
        departments_log = replica.requests()
        # the governments round; the unreachable sites are retried now (retry delay zero)
        if request.param == "3 workers":  # the scheduler killed while the workers crawl: they go on
            killed += _killed_mid_round(env, "2025-04-30", "governments", "--retry-after", "0s")
            # crawl workers queue what they archived for parsing; a parse worker parses it (docs/scaling.md)
            subprocess.run([sys.executable, "-m", "crawler", "parse-worker", "--drain", "--processes", "2"],
                           cwd=ROOT, env=env, check=True, capture_output=True, timeout=900)
        else:
            subprocess.run(_scheduler(env, "--until", "2025-04-30", "--retry-after", "0s"), cwd=ROOT, env=env,
                           check=True, capture_output=True, timeout=900)
        yield Season(request.param, manifest, data, env, replica.requests(), departments_log, killed)


def _reachable(season: Season) -> dict[str, dict[str, Any]]:
    return {s["name"]: s for s in season.manifest["sites"] if not s["behaviour"].startswith("broken")}


def test_every_site_visited_and_the_silent_ones_marked_and_retried(season: Season) -> None:
    with season.archive() as archive:
        visits = season_store.season_visits(archive, 2025)
        progress = season_store.progress_by_province(archive, 2025)
    assert len(visits) == 2 * SITES and all(v.status != "pending" for v in visits)
    assert sum(row.visited for row in progress) == sum(row.places for row in progress) == SITES
    broken = {s["code"] for s in season.manifest["sites"] if s["behaviour"].startswith("broken")}
    assert broken and {v.code for v in visits if v.status == "unreachable"} == broken
    for visit in visits:
        if visit.code in broken:
            assert "503" in (visit.last_error or ""), visit
            # retried by the governments round's run (twice with workers: that run is killed and run again)
            assert visit.attempts >= (2 if visit.round == "departments" else 1), visit
            assert visit.run_key == f"s2025-{visit.round}-{visit.code}" + (
                f"-r{visit.attempts - 1}" if visit.attempts > 1 else ""), visit
    status = subprocess.run(_scheduler(season.env, "--status"), cwd=ROOT, env=season.env, capture_output=True,
                            text=True)
    assert status.returncode == 1  # failing sites need attention
    assert f"{'all':<17} {SITES:>7} {SITES:>7}" in status.stdout
    assert all(f"failing: {code}" in status.stdout for code in broken)


def test_reports_found_none_false_and_filed_under_each_place(season: Season) -> None:
    sites = _reachable(season)
    expected = {(r["code"], r["agency"], r["year"]) for r in season.manifest["reports"] if r["site"] in sites}
    with season.archive() as archive:
        found = [(r["site"], r["agency"], r["year"]) for r in archive.report_list()]
    # reports name their agency in full (济宁市兖州区财政局): the manifest's name ends it
    matched = {e for e in expected if any(f[0] == e[0] and f[1].endswith(e[1]) and f[2] == e[2] for f in found)}
    false = [f for f in found if not any(f[0] == e[0] and f[1].endswith(e[1]) and f[2] == e[2] for e in expected)]
    assert len(matched) >= 0.95 * len(expected), sorted(expected - matched)
    assert false == []
    assert len(found) == len(matched)  # each report once


def test_the_first_crawl_pins_and_the_second_uses_the_pin(season: Season) -> None:
    # every site that answered: a site without reports has its report column too, empty (pinned all the same:
    # its reports are still to come); the broken ones have none and are discovered again when they answer
    with_reports = {s["code"] for s in _reachable(season).values()}
    pins = {path.stem for path in (season.data / "pins").glob("*.toml")}
    assert pins == with_reports
    runs = CrawlRun.__table__
    with season.archive() as archive:
        rows = archive.db.read(lambda c: c.execute(sa.select(runs.c.key, runs.c.arguments)).all())
    arguments = {key: value for key, value in rows}
    for code in with_reports:
        assert "start_url" in arguments[f"s2025-departments-{code}"]  # discovery …
        assert arguments[f"s2025-governments-{code}"]["file"] == str(season.data / "pins" / f"{code}.toml")


def test_politeness_held_across_the_season(season: Season) -> None:
    """Per host, over the whole season: its crawls one after the other with the rest between them; within each, at
    most CONCURRENT_REQUESTS_PER_DOMAIN requests in progress at once, and the requests no faster on average than
    the delay's lower bound (Scrapy spaces the starts of requests by the randomised delay, 0.5–1.5 × DELAY; the
    workers' host gate by DELAY after each exchange).  Arrivals, not single gaps: on this loaded machine the
    loopback transport can bring two requests sent a delay apart to the server closer together."""
    hosts = {s["code"]: s["host"] for s in season.manifest["sites"]}
    requests: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for entry in season.log:
        requests[entry["url"].split("/")[2]].append((entry["arrived"], entry["time"]))
    assert set(requests) == set(hosts.values())
    runs = CrawlRun.__table__
    with season.archive() as archive:
        rows = archive.db.read(lambda c: c.execute(sa.select(runs.c.key, runs.c.started_at, runs.c.finished_at)
                                                   .order_by(runs.c.started_at)).all())
    windows: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for key, started, finished in rows:
        windows[hosts[key.split("-")[2]]].append((started.timestamp(), finished.timestamp()))
    for host, crawls in windows.items():
        for (_, end), (start, _) in itertools.pairwise(crawls):
            assert start - end >= REST * 0.9, f"{host}: two crawls of it overlapped or followed without rest"
        in_progress = peak = 0
        for _, change in sorted([(a, 1) for a, _ in requests[host]] + [(t, -1) for _, t in requests[host]]):
            in_progress += change
            peak = max(peak, in_progress)
        assert peak <= 2, f"{host}: {peak} requests in progress at once"
        for start, end in crawls:
            arrivals = sorted(a for a, _ in requests[host] if start <= a <= end)
            if len(arrivals) > 2:
                mean = (arrivals[-1] - arrivals[0]) / (len(arrivals) - 1)
                assert mean >= DELAY * 0.5, f"{host}: {len(arrivals)} requests {mean:.3f} s apart on average"


def test_killed_mid_round_then_resumed_with_nothing_lost_or_repeated(season: Season) -> None:
    assert season.killed_with_running > 0  # the kill found crawls running
    with season.archive() as archive:
        departments = [v for v in season_store.season_visits(archive, 2025) if v.round == "departments"]
    assert all(v.status != "pending" for v in departments)
    pages = Counter(entry["url"] for entry in season.departments_log if entry["method"] == "GET")
    reports = {r["detail_url"] for r in season.manifest["reports"]}
    assert {url: n for url, n in pages.items() if url in reports and n > 1} == {}
    assert {r["detail_url"] for r in season.manifest["reports"] if r["site"] in _reachable(season)} <= set(pages)
    # over the season (with workers, the governments round's scheduler was killed too): once a round at most
    season_pages = Counter(entry["url"] for entry in season.log if entry["method"] == "GET")
    assert {url: n for url, n in season_pages.items() if url in reports and n > 2} == {}


def test_late_and_missing_table_equals_the_manifest(season: Season) -> None:
    got = {(row["code"], row["year"]): row for row in season.late()}
    want = season.manifest["national"]["late_missing"]
    assert len(got) == len(want)
    for row in want:
        have = got[(row["code"], row["year"])]
        if not row["reachable"]:
            assert have["status"] == "not crawled", have
        elif row["published"] is None:
            assert (have["status"], have["published"]) == ("none", None), have
        else:
            assert (have["published"], have["deadline"], have["days_late"]) == (
                row["published"], row["deadline"], row["days_late"]), have
            assert have["status"] == ("late" if row["late"] else "on time")
