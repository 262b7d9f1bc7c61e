"""`python -m crawler worker`: work the crawls enqueued in Redis (REDIS_URL), together with any other workers.

Run as many as the machines allow, on any machines that reach the same Redis, the same archive database
(DATABASE_URL) and the same data directory (NIANBAO_DATA on shared storage).  docs/scaling.md.
"""

from __future__ import annotations

import argparse

from crawler.distributed.connection import DistributedError
from crawler.distributed.worker import WorkerOptions, run_worker

HELP = "run a distributed crawl worker: join the crawls enqueued in Redis (REDIS_URL) until stopped"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("spiders", nargs="*", metavar="SPIDER",
                        help="only join crawls of these spiders (default: any enqueued crawl)")
    parser.add_argument("--max-crawls", type=int, default=16, metavar="N",
                        help="crawls (sites) worked at once by this process (default 16)")
    parser.add_argument("--drain", action="store_true",
                        help="exit once no crawl this worker may join is active (instead of waiting for more)")
    parser.add_argument("--id", dest="worker_id", metavar="ID",
                        help="worker name in Redis (default <host>-<pid>-<random>); no '|' or spaces")
    parser.add_argument("--redis-url", metavar="URL", help="Redis server (default: $REDIS_URL)")


def run(args: argparse.Namespace) -> int:
    if args.max_crawls < 1:
        raise DistributedError("--max-crawls must be at least 1")
    if args.worker_id is not None and (not args.worker_id or any(c in args.worker_id for c in "| \t\n")):
        raise DistributedError(f"--id {args.worker_id!r}: a worker name has no '|' or white space")
    return run_worker(WorkerOptions(redis_url=args.redis_url, worker_id=args.worker_id,
                                    spiders=frozenset(args.spiders), max_crawls=args.max_crawls, drain=args.drain))
