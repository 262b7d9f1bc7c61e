"""Distributed crawl throughput: 1, 2 and 4 workers on a synthetic site of many hosts, as speed-up ratios.

The site (loopback only): N hosts `www.cNNN.bench.test`, each with robots.txt, one listing and K report pages
(whole CMS pages rendered by the report generator, every one distinct, so every one is archived and parsed).
It is served by a stdlib HTTP server speaking the replica's transport (REPLICA_URL, `/<host>/<path>`), and crawled
by BenchSiteSpider below (one crawl per host, `site`-file style: the host is a spider argument).

For each worker count: a fresh PostgreSQL database, a fresh Redis database and data directory, all N crawls
enqueued, W `python -m crawler worker --drain` processes started; measured from the first request the site
receives to the last (the crawl itself), and the wall time including the workers' start-up.  Baseline: one worker,
same run.  Also printed, for the capacity estimate in docs/scaling.md: the workers' CPU time, the Redis commands and
the PostgreSQL transactions per request (start-up and idle polling included), and the smallest gap between two
requests to one host (must stay ≥ the host delay).

Usage: python bench/distributed_bench.py [--hosts 24] [--reports 30] [--workers 1,2,4] [--host-delay 0.05]
                                         [--pg-url URL] [--redis-url URL]
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import re
import resource
import shutil
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.base import ReportSpider  # noqa: E402
from tests.services import redis as redis_server  # noqa: E402

SPIDER_MODULE = "bench.distributed_bench"  # workers load BenchSiteSpider from here (NIANBAO_SPIDER_MODULES)
ATTACHMENT = re.compile(rb'<div class="m-attachment">.*?</div>')


class BenchSiteSpider(ReportSpider):
    """One synthetic host of the benchmark (`-a host=www.c001.bench.test`)."""

    name = "bench_site"
    base_url = ""

    def __init__(self, *args: Any, host: str = "", **kwargs: Any) -> None:
        self.base_url = f"http://{host}"
        self.listing_urls = (f"http://{host}/nb/",)
        kwargs["name"] = f"bench_{host.split('.')[1] if host.count('.') >= 2 else host}"
        super().__init__(*args, **kwargs)


# -- the site ---------------------------------------------------------------------------------------------------

def host_name(n: int) -> str:
    return f"www.c{n:03d}.bench.test"


def build_site(hosts: int, reports: int, seed: int = 7) -> dict[tuple[str, str], tuple[str, bytes]]:
    """(host, path) → (content type, body)."""
    from replica.reportgen import page_bytes, random_report, render

    rng = random.Random(seed)
    pages: dict[tuple[str, str], tuple[str, bytes]] = {}
    for n in range(1, hosts + 1):
        host, items = host_name(n), []
        pages[(host, "/robots.txt")] = ("text/plain", b"User-agent: *\nDisallow: /admin/\n")
        for j in range(1, reports + 1):
            report = random_report(rng)
            page = ATTACHMENT.sub(b"", page_bytes(render(report, "html", rng)))  # pages only: no files to serve
            pages[(host, f"/nb/t{j}.html")] = ("text/html", page)
            items.append(f'<li><a href="/nb/t{j}.html">{report["title"]}</a><span>{report["published"]}</span></li>')
        listing = f"<html><head><meta charset='utf-8'><title>年报</title></head><body><ul>{''.join(items)}</ul>"
        pages[(host, "/nb/")] = ("text/html; charset=utf-8", (listing + "</body></html>").encode())
    return pages


class Site:
    """Serves the pages on 127.0.0.1:<OS port>; logs (host, path, time) of every request."""

    def __init__(self, pages: dict[tuple[str, str], tuple[str, bytes]]) -> None:
        self.pages = pages
        self.log: list[tuple[str, str, float]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                _, host, path = self.path.split("/", 2)
                path = "/" + path.split("?", 1)[0]
                site.log.append((host, path, time.time()))
                content_type, body = site.pages.get((host, path), ("text/html", b"not found"))
                self.send_response(200 if (host, path) in site.pages else 404)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# -- one measurement ------------------------------------------------------------------------------------------

@dataclass
class Result:
    workers: int
    requests: int
    reports: int
    span: float  # first request → last request
    wall: float  # workers started → all exited
    min_gap: float  # smallest gap between two requests to one host
    cpu: float  # CPU seconds the workers used (user + system)
    redis_commands: int  # commands Redis served during the crawl
    db_commits: int  # transactions PostgreSQL committed during the crawl

    @property
    def rate(self) -> float:
        return self.requests / self.span


def measure(count: int, site: Site, hosts: int, database_url: str, redis_url: str, workdir: Path,
            host_delay: float) -> Result:
    import redis
    import sqlalchemy as sa

    from crawler.distributed import crawls
    from crawler.distributed.settings import project_settings
    from storage.archive import Archive
    from storage.config import StorageConfig
    from tests.distributed.distributed_helpers import Workers, crawl_env

    server = redis.Redis.from_url(redis_url)
    server.flushdb()
    data = workdir / f"data-{count}"
    env = crawl_env(redis_url=redis_url, database_url=database_url, data_dir=data, replica_url=site.url)
    env.update({"NIANBAO_HOST_DELAY": str(host_delay), "NIANBAO_SPIDER_MODULES": SPIDER_MODULE,
                "NIANBAO_LOG_LEVEL": os.environ.get("BENCH_LOG_LEVEL", "WARNING")})
    with Archive(StorageConfig(data, database_url), warc=False) as archive:
        settings = project_settings()
        for n in range(1, hosts + 1):
            crawls.enqueue(server, archive, settings, "bench_site", {"host": host_name(n)})
    site.log.clear()
    workers = Workers(env, workdir / f"logs-{count}")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    commands, commits = redis_commands(server), db_commits(database_url)
    started = time.monotonic()
    workers.start(count, "--drain", "--max-crawls", str(hosts))
    exits = workers.wait(timeout=1800)
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    commands = redis_commands(server) - commands
    time.sleep(1.0)  # PostgreSQL publishes its transaction counts about once a second
    commits = db_commits(database_url) - commits
    if any(exits.values()):
        raise SystemExit(f"a worker failed: {exits}; logs in {workers.log_dir}")
    with Archive(StorageConfig(data, database_url), warc=False) as archive:
        reports = archive.db.read(lambda c: c.execute(sa.text("SELECT count(*) FROM reports")).scalar_one())
    log = sorted(site.log, key=lambda entry: entry[2])
    by_host: dict[str, list[float]] = defaultdict(list)
    for host, _path, when in log:
        by_host[host].append(when)
    gaps = [b - a for times in by_host.values() for a, b in itertools.pairwise(times)]
    return Result(count, len(log), reports, log[-1][2] - log[0][2], wall, min(gaps), cpu, commands, commits)


def redis_commands(server: Any) -> int:
    return sum(stat["calls"] for stat in server.info("commandstats").values())


def db_commits(database_url: str) -> int:
    import sqlalchemy as sa

    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT xact_commit FROM pg_stat_database "
                                        "WHERE datname = current_database()")).scalar_one()
    finally:
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=24)
    parser.add_argument("--reports", type=int, default=30, help="reports per host")
    parser.add_argument("--workers", default="1,2,4", help="worker counts to measure (the first is the baseline)")
    parser.add_argument("--host-delay", type=float, default=0.05, help="NIANBAO_HOST_DELAY, seconds")
    parser.add_argument("--pg-url", default=os.environ.get("BENCH_DATABASE_URL"))
    parser.add_argument("--redis-url", default=os.environ.get("BENCH_REDIS_URL"))
    args = parser.parse_args()
    counts = [int(c) for c in args.workers.split(",")]
    os.environ["NIANBAO_SPIDER_MODULES"] = SPIDER_MODULE  # for enqueue, here, as for the workers
    sys.path.insert(0, str(ROOT / "bench"))
    from archive_bench import fresh_database, postgres_server

    workdir = Path(tempfile.mkdtemp(prefix="nianbao-distbench."))
    pages = build_site(args.hosts, args.reports)
    site = Site(pages)
    print(f"nianbao distributed bench: {args.hosts} hosts x {args.reports} reports ({len(pages)} URLs), host delay "
          f"{args.host_delay} s, {os.cpu_count()} CPUs; PostgreSQL archive, Redis queue, loopback site {site.url}")
    results = []
    try:
        with postgres_server(args.pg_url) as pg, redis_server(args.redis_url) as redis_url:
            if pg is None:
                raise SystemExit("PostgreSQL is needed (the shared archive): install it or pass --pg-url")
            for count in counts:
                with fresh_database("postgresql", pg, workdir, f"distbench_{count}") as database_url:
                    results.append(measure(count, site, args.hosts, database_url, redis_url, workdir,
                                           args.host_delay))
                print(f"  {count} worker(s): done", flush=True)
    finally:
        site.close()
        shutil.rmtree(workdir, ignore_errors=True)
    base = results[0]
    print(f"\n{'workers':>7}{'requests':>10}{'reports':>9}{'crawl s':>9}{'req/s':>8}{'speed-up':>10}"
          f"{'wall s':>8}{'wall speed-up':>15}{'CPU ms/req':>12}{'Redis cmd/req':>15}{'DB tx/req':>11}"
          f"{'min gap/host':>14}")
    for r in results:
        print(f"{r.workers:>7}{r.requests:>10}{r.reports:>9}{r.span:>9.1f}{r.rate:>8.1f}{r.rate / base.rate:>9.2f}x"
              f"{r.wall:>8.1f}{base.wall / r.wall:>14.2f}x{1000 * r.cpu / r.requests:>12.0f}"
              f"{r.redis_commands / r.requests:>15.1f}{r.db_commits / r.requests:>11.1f}{r.min_gap:>13.3f}s")
    print(f"(baseline: {base.workers} worker; per-host limit {args.host_delay} s between requests: "
          f"{'held' if all(r.min_gap >= args.host_delay for r in results) else 'VIOLATED'})")


if __name__ == "__main__":
    main()
