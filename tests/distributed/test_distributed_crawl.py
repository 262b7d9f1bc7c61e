"""Three real workers (`python -m crawler worker`) crawl the offline replica through a real redis-server into one
PostgreSQL archive and one shared data directory.

Two crawls of the same three sites, each into a fresh archive: a clean one, and one where a worker is killed with
SIGKILL while it holds requests and another is stopped with SIGTERM.  Every check compares with the replica's
ground truth (its manifest) and its request log, never with a fixed number.  The replica runs without its default
challenge (the challenge flow fetches a URL three times by design: single-machine behaviour, tested in tests/e2e).
"""

from __future__ import annotations

import itertools
import pickle
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import redis
import sqlalchemy as sa

from crawler.distributed import keys
from crawler.distributed.keys import CrawlKeys
from replica import Replica
from replica.demo import score
from storage.archive import Archive
from storage.config import StorageConfig
from tests.distributed.conftest import fresh_redis_url
from tests.distributed.distributed_helpers import (
    HOST_DELAY,
    Workers,
    crawl_env,
    crawler_cli,
    fresh_database,
    parse_queued,
)

pytestmark = [pytest.mark.slow, pytest.mark.redis, pytest.mark.postgres]

SITES = ("haizhu", "panyu", "yaodu")  # plain-HTTP sites (no browser: three Chromiums on two cores is another test)
WORKERS = 3


@dataclass
class DistributedCrawl:
    manifest: dict
    log: list[dict]  # the replica's request log during the crawl
    database_url: str
    data_dir: Path
    workers: Workers
    exits: dict[str, int]
    enqueued: str  # what `enqueue` printed
    victim_parked: list[str] = field(default_factory=list)  # URLs the killed worker held when it died
    killed_at: float = 0.0

    def archive(self) -> Archive:
        return Archive(StorageConfig(self.data_dir, self.database_url), warc=False)

    def runs(self) -> list[sa.Row]:
        with self.archive() as archive:
            return archive.db.read(lambda c: c.execute(sa.text(
                "SELECT id, key, spider, finish_reason, finished_at, stats FROM crawl_runs ORDER BY spider")).all())


@pytest.fixture(scope="module")
def replica() -> Iterator[Replica]:
    with Replica(modes=[]) as replica:
        yield replica


def _crawl(replica: Replica, tmp: Path, redis_server_url: str, pg_server_url: str, name: str,
           kill: bool) -> Iterator[DistributedCrawl]:
    redis_url = fresh_redis_url(redis_server_url)
    with fresh_database(pg_server_url, name) as database_url:
        env = crawl_env(redis_url=redis_url, database_url=database_url, data_dir=tmp / "data", replica_url=replica.url)
        start = len(replica.requests())
        enqueued = crawler_cli(env, "enqueue", *SITES)
        assert enqueued.returncode == 0, enqueued.stderr
        workers = Workers(env, tmp / "logs")
        workers.start(WORKERS, "--drain")
        crawl = DistributedCrawl(replica.manifest(), [], database_url, tmp / "data", workers, {}, enqueued.stdout)
        try:
            if kill:
                server = redis.Redis.from_url(redis_url)
                _kill_while_busy(crawl, server, replica, start)
                _stop_while_busy(crawl, server)
            crawl.exits = workers.wait(timeout=150)
        finally:
            workers.stop()
        parse_queued(env)
        crawl.log = replica.requests(since=start)
        yield crawl


def _kill_while_busy(crawl: DistributedCrawl, server: redis.Redis, replica: Replica, start: int) -> None:
    """SIGKILL worker w2 once the crawl is under way and w2 holds requests; note which."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        parked = [server.hkeys(CrawlKeys(site).inflight) for site in SITES]
        if len(replica.requests(since=start)) >= 15 and any(f.startswith(b"w2|") for fields in parked for f in fields):
            break
        time.sleep(0.05)
    else:
        raise AssertionError("worker w2 never held a request")
    crawl.workers.kill("w2")
    crawl.killed_at = time.time()
    for site in SITES:  # read before anyone may reap them: the heartbeat outlives the process by up to its TTL
        for name, value in server.hgetall(CrawlKeys(site).inflight).items():
            if name.startswith(b"w2|"):
                crawl.victim_parked.append(pickle.loads(value.split(b"|", 1)[1])["url"])
    assert crawl.victim_parked, "w2 finished its requests before it could be killed; nothing to test"


def _holds(server: redis.Redis, worker: str) -> bool:
    prefix = f"{worker}|".encode()
    return any(f.startswith(prefix) for site in SITES for f in server.hkeys(CrawlKeys(site).inflight))


def _stop_while_busy(crawl: DistributedCrawl, server: redis.Redis) -> None:
    """SIGTERM worker w3 while it holds requests: it completes them, and leaves the rest to w1."""
    deadline = time.monotonic() + 30
    while not _holds(server, "w3"):
        assert time.monotonic() < deadline, "worker w3 never held a request after w2's death"
        time.sleep(0.02)
    crawl.workers.terminate("w3")


@pytest.fixture(scope="module")
def clean(replica: Replica, tmp_path_factory: pytest.TempPathFactory, redis_url: str,
          pg_server_url: str) -> Iterator[DistributedCrawl]:
    yield from _crawl(replica, tmp_path_factory.mktemp("clean"), redis_url, pg_server_url, "dist_clean", kill=False)


@pytest.fixture(scope="module")
def killed(replica: Replica, tmp_path_factory: pytest.TempPathFactory, redis_url: str,
           pg_server_url: str) -> Iterator[DistributedCrawl]:
    yield from _crawl(replica, tmp_path_factory.mktemp("killed"), redis_url, pg_server_url, "dist_killed", kill=True)


def _archived_report_urls(crawl: DistributedCrawl) -> set[str]:
    with crawl.archive() as archive:
        return {url for report in archive.report_list() for url in report["urls"]}


def _fetch_counts(crawl: DistributedCrawl) -> Counter[str]:
    with crawl.archive() as archive:
        urls = archive.db.read(lambda c: c.execute(sa.text("SELECT url FROM fetches")).scalars().all())
    return Counter(urls)


def test_every_report_found_once(clean: DistributedCrawl) -> None:
    assert clean.exits == {f"w{n}": 0 for n in range(1, WORKERS + 1)}, clean.exits
    result = score(clean.manifest, _archived_report_urls(clean), set(SITES))
    assert result.found == result.published and not result.wrong, str(result)
    fetched = _fetch_counts(clean)
    published = {url for r in clean.manifest["reports"] if r["site"] in SITES
                 for url in (r["detail_url"], *r.get("attachment_urls", ()))}
    assert all(fetched[url] == 1 for url in published), {u: fetched[u] for u in published if fetched[u] != 1}


def test_no_url_fetched_twice(clean: DistributedCrawl) -> None:
    counts = Counter(entry["url"] for entry in clean.log)
    assert counts, "nothing was fetched"
    assert {url: n for url, n in counts.items() if n > 1} == {}
    assert sum(1 for url in counts if url.endswith("/robots.txt")) == len(SITES)  # once per host, not per worker


def test_per_host_rate_never_above_the_limit_across_workers(clean: DistributedCrawl) -> None:
    times: dict[str, list[float]] = defaultdict(list)
    for entry in clean.log:
        times[entry["url"].split("/")[2]].append(entry["time"])
    assert len(times) == len(SITES)
    for host, arrivals in times.items():
        arrivals.sort()
        gaps = [b - a for a, b in itertools.pairwise(arrivals)]
        assert min(gaps) >= HOST_DELAY, f"{host}: two requests {min(gaps):.3f} s apart (limit {HOST_DELAY} s)"
    # The limit held while the work was really shared: every worker joined every crawl, and more than one
    # wrote each crawl's WARC records (one WARC file per worker and run).
    for run in clean.runs():
        assert run.stats["distributed/workers"] == WORKERS, run.key
        assert len(list((clean.data_dir / "warcs" / run.spider).glob(f"{run.key}-*.warc.gz"))) >= 2, run.key


def test_one_run_per_site_finished_once_with_everyones_counts(clean: DistributedCrawl) -> None:
    runs = clean.runs()
    assert sorted(run.spider for run in runs) == sorted(SITES)
    assert all(run.finish_reason == "finished" and run.finished_at is not None for run in runs)
    assert all(run.key in clean.enqueued for run in runs)
    with clean.archive() as archive:
        per_run = dict(archive.db.read(lambda c: c.execute(sa.text(
            "SELECT run_id, count(*) FROM fetches GROUP BY run_id")).all()))
    for run in runs:
        counted = sum(v for k, v in run.stats.items() if k.startswith("nianbao/fetch/"))
        assert counted == per_run[run.id], (run.key, counted, per_run[run.id])


def test_warc_files_of_concurrent_workers_are_valid(clean: DistributedCrawl) -> None:
    files = sorted((clean.data_dir / "warcs").rglob("*.warc.gz"))
    check = subprocess.run([str(Path(sys.executable).parent / "warcio"), "check", *map(str, files)],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout[-2000:] + check.stderr[-2000:]


def test_a_worker_killed_mid_crawl_loses_nothing(killed: DistributedCrawl) -> None:
    assert killed.exits["w2"] == -9 and killed.exits["w1"] == 0, killed.exits
    result = score(killed.manifest, _archived_report_urls(killed), set(SITES))
    assert result.found == result.published and not result.wrong, str(result)
    runs = killed.runs()
    assert all(run.finish_reason == "finished" for run in runs)
    assert sum(run.stats.get("distributed/requeued", 0) for run in runs) == len(killed.victim_parked)
    # Its requests were taken by the others: each was fetched after its death.
    after = {entry["url"] for entry in killed.log if entry["time"] > killed.killed_at}
    assert set(killed.victim_parked) <= after, set(killed.victim_parked) - after
    # The only URLs fetched twice are some of those it held (it may have sent them before it died).
    twice = {url for url, n in Counter(entry["url"] for entry in killed.log).items() if n > 1}
    assert twice <= set(killed.victim_parked), twice - set(killed.victim_parked)
    survivors = killed.workers.log("w1") + killed.workers.log("w3")
    assert "worker w2 is gone" in survivors


def test_a_worker_stopped_mid_crawl_completes_what_it_holds_and_leaves(killed: DistributedCrawl) -> None:
    assert killed.exits["w3"] == 0
    log = killed.workers.log("w3")
    assert "stopping: requests in progress are completed" in log
    assert "(shutdown)" in log and "): left" in log, log[-2000:]  # closed as Scrapy does, left work to w1
    # Nothing it held was fetched again: the only repeats are the killed worker's (checked above).
    assert sum(run.stats.get("distributed/requeued", 0) for run in killed.runs()) == len(killed.victim_parked)


def test_nothing_is_left_in_redis(clean: DistributedCrawl, killed: DistributedCrawl) -> None:
    for crawl in (clean, killed):
        server = redis.Redis.from_url(crawl.workers.env["REDIS_URL"])
        assert server.zcard(keys.ACTIVE_CRAWLS) == 0
        leftovers = [k for site in SITES for k in CrawlKeys(site).all() if server.exists(k)]
        assert leftovers == []
        assert not server.keys(keys.heartbeat("*")), "a worker that exited left its heartbeat"
