"""A season over the synthetic national replica: sites/hour on one machine vs 3 scrapy-redis workers, and the
projected time of a season over the real registry from the measured costs.

Both setups crawl the same N registry sites of the national replica (their broken and slow ones included) into a
fresh PostgreSQL archive with `scheduler.py --season`, both rounds: the departments round (first crawls: discovery,
which is not distributable and runs in the scheduler's machine in both setups) and the governments round (pinned
crawls: subprocesses on one machine; enqueued for 3 `python -m crawler worker` processes with REDIS_URL, their
documents parsed by one `python -m crawler parse-worker` beside them, drained after the round).  The
baseline is the one-machine run of the same invocation.  Measured per visit: wall time, the children's CPU time,
requests the sites received (replica log).

Projection for the registry (3,207 places with a portal URL, two visits each), from those measured costs and the
assumptions of docs/scaling.md for real servers (an exchange takes ~0.5 s, plus the 1 s politeness delay): a visit
holds its host for (requests/visit × 1.5 s); a season takes the longer of the politeness bound (visits × host time
÷ crawls at once) and the CPU bound (visits × CPU/visit ÷ cores).

Usage: python bench/season_bench.py [--sites 24] [--seed 4] [--parallel 4] [--workers 3] [--pg-url URL]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from archive_bench import fresh_database, postgres_server  # noqa: E402

from crawler.registry.read import iter_registry  # noqa: E402
from replica.national import NationalReplica  # noqa: E402
from tests.distributed.distributed_helpers import Workers  # noqa: E402
from tests.services import redis as redis_server  # noqa: E402

REAL_EXCHANGE = 0.5  # seconds a real government server takes to answer a page (docs/scaling.md, assumed)
REAL_DELAY = 1.0  # DOWNLOAD_DELAY / NIANBAO_HOST_DELAY in production
ROUNDS = (("departments", "2025-03-31"), ("governments", "2025-04-30"))


def recall(manifest: dict[str, Any], database_url: str, data: Path) -> tuple[int, int, int]:
    """(reports found, reports published on the sites that answer, archived reports that are none of them)."""
    from storage.archive import Archive
    from storage.config import StorageConfig

    answering = {s["name"] for s in manifest["sites"] if not s["behaviour"].startswith("broken")}
    expected = {(r["code"], r["agency"], r["year"]) for r in manifest["reports"] if r["site"] in answering}
    with Archive(StorageConfig(data, database_url), warc=False) as archive:
        found = [(r["site"], r["agency"], r["year"]) for r in archive.report_list()]

    def same(f: tuple[str, str, int], e: tuple[str, str, int]) -> bool:
        return f[0] == e[0] and f[1].endswith(e[1]) and f[2] == e[2]  # reports name their agency in full

    matched = sum(any(same(f, e) for f in found) for e in expected)
    return matched, len(expected), sum(not any(same(f, e) for e in expected) for f in found)


@dataclass
class Round:
    setup: str
    name: str
    visits: int
    wall: float
    cpu: float
    requests: int

    @property
    def sites_per_hour(self) -> float:
        return 3600 * self.visits / self.wall


def run_rounds(setup: str, replica: Any, codes: str, env: dict[str, str], parallel: int) -> list[Round]:
    out = []
    for name, until in ROUNDS:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        since = len(replica.requests())
        started = time.monotonic()
        subprocess.run([sys.executable, "scheduler.py", "--season", "2025", "--until", until, "--codes", codes,
                        "--max-parallel", str(parallel), "--host-rest", "0", "--time-limit", "10m"],
                       cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
        wall = time.monotonic() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        out.append(Round(setup, name, len(codes.split(",")), wall, cpu, len(replica.requests()[since:])))
        print(f"  {setup}, {name} round: {wall:.0f} s", flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=24)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--parallel", type=int, default=4, help="crawls at once on one machine (--max-parallel)")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--pg-url", default=os.environ.get("BENCH_DATABASE_URL"))
    parser.add_argument("--redis-url", default=os.environ.get("BENCH_REDIS_URL"))
    args = parser.parse_args()
    registry_urls = sum(1 for entry in iter_registry() if entry.portal_url)
    workdir = Path(tempfile.mkdtemp(prefix="nianbao-seasonbench."))
    results: list[Round] = []
    found: dict[str, tuple[int, int, int]] = {}
    print(f"nianbao season bench: {args.sites} national replica sites (seed {args.seed}), {os.cpu_count()} CPUs, "
          f"PostgreSQL archive; one machine ({args.parallel} crawls at once) vs {args.workers} workers")
    try:
        with postgres_server(args.pg_url) as pg, redis_server(args.redis_url) as redis_url, \
                NationalReplica(args.sites, seed=args.seed) as replica:
            if pg is None:
                raise SystemExit("PostgreSQL is needed (the workers' shared archive): install it or pass --pg-url")
            codes = ",".join(site["code"] for site in replica.manifest()["sites"])
            base = {**os.environ, "REPLICA_URL": replica.url, "NIANBAO_OFFLINE": "1", "NIANBAO_POLITE": "0",
                    "NIANBAO_FSYNC": "0", "NIANBAO_LOG_LEVEL": "WARNING", "PYTHONPATH": str(ROOT)}
            base.pop("REDIS_URL", None)
            manifest = replica.manifest()
            with fresh_database("postgresql", pg, workdir, "seasonbench_one") as database_url:
                env = {**base, "DATABASE_URL": database_url, "NIANBAO_DATA": str(workdir / "one")}
                results += run_rounds("1 machine", replica, codes, env, args.parallel)
                found["1 machine"] = recall(manifest, database_url, workdir / "one")
            with fresh_database("postgresql", pg, workdir, "seasonbench_workers") as database_url:
                env = {**base, "DATABASE_URL": database_url, "NIANBAO_DATA": str(workdir / "workers"),
                       "REDIS_URL": redis_url, "NIANBAO_HOST_DELAY": "0.05"}
                workers = Workers(env, workdir / "worker-logs")
                workers.start(args.workers)
                parser = subprocess.Popen([sys.executable, "-m", "crawler", "parse-worker", "--processes", "1"],
                                          cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                try:
                    results += run_rounds(f"{args.workers} workers", replica, codes, env, args.parallel)
                finally:
                    for name in workers.processes:
                        workers.terminate(name)
                    workers.wait(timeout=300)
                    parser.terminate()
                    parser.wait(timeout=300)
                # what the parse worker had not parsed yet (the crawl workers only queue documents): its time is
                # the last round's too, as one machine's crawls end with their parses done
                started = time.monotonic()
                subprocess.run([sys.executable, "-m", "crawler", "parse-worker", "--drain", "--processes", "2"],
                               cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
                results[-1].wall += time.monotonic() - started
                found[f"{args.workers} workers"] = recall(manifest, database_url, workdir / "workers")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    report(results, registry_urls)
    for setup, (matched, expected, false) in found.items():
        print(f"{setup}: {matched}/{expected} reports found ({100 * matched / max(expected, 1):.1f} %), "
              f"{false} false")


def report(results: list[Round], registry_urls: int) -> None:
    base = {r.name: r for r in results if r.setup == "1 machine"}
    print(f"\n{'setup':<12}{'round':<13}{'visits':>7}{'wall s':>8}{'sites/h':>9}{'vs 1 machine':>14}"
          f"{'CPU s/visit':>13}{'req/visit':>11}")
    for r in results:
        print(f"{r.setup:<12}{r.name:<13}{r.visits:>7}{r.wall:>8.1f}{r.sites_per_hour:>9.0f}"
              f"{r.sites_per_hour / base[r.name].sites_per_hour:>13.2f}x{r.cpu / r.visits:>13.2f}"
              f"{r.requests / r.visits:>11.1f}")
    visits = 2 * registry_urls
    one = [r for r in results if r.setup == "1 machine"]
    cpu = sum(r.cpu for r in one) / sum(r.visits for r in one)
    requests = sum(r.requests for r in one) / sum(r.visits for r in one)
    host_time = requests * (REAL_EXCHANGE + REAL_DELAY)
    print(f"\nprojection for the registry: {registry_urls} places with a portal URL, {visits} visits (two rounds); "
          f"measured {requests:.1f} requests and {cpu:.2f} CPU s a visit; assumed {REAL_EXCHANGE + REAL_DELAY:.1f} s "
          f"a request on a real host ({requests * (REAL_EXCHANGE + REAL_DELAY) / 60:.1f} min a visit)")
    for label, crawls, cores in (("1 machine, 2 cores, 8 crawls at once", 8, 2),
                                 ("1 machine, 2 cores, 32 crawls at once", 32, 2),
                                 ("3 machines x 4 cores, 16 crawls each", 48, 12)):
        politeness = visits * host_time / crawls / 3600
        compute = visits * cpu / cores / 3600
        print(f"  {label:<40} politeness bound {politeness:6.1f} h, CPU bound {compute:6.1f} h "
              f"-> {max(politeness, compute):6.1f} h of crawling")
    measured = {r.setup: r for r in results if r.name == "governments"}
    print("  at the replica's measured pace (CPU-bound here, no network): "
          + ", ".join(f"{setup} {visits / r.sites_per_hour:.1f} h" for setup, r in measured.items()))


if __name__ == "__main__":
    main()
