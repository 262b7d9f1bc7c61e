"""`python -m crawler enqueue SPIDER…`: start distributed crawls; workers (`python -m crawler worker`) do them.

Each spider's crawl gets its crawl run in the archive now (run key `<site>-enqueue-<UTC time>` unless --run-key),
its start requests in the Redis queue, and is finished by the last worker when nothing of it is left.
`--status` shows the active crawls; `--cancel` drops them.  docs/scaling.md.
"""

from __future__ import annotations

import argparse
import json
import sys

import redis

from crawler.distributed import crawls
from crawler.distributed.connection import DistributedError, connect
from crawler.distributed.settings import project_settings
from storage.archive import Archive

HELP = "enqueue distributed crawls of these spiders in Redis (REDIS_URL); --status, --cancel"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("spiders", nargs="*", metavar="SPIDER", help="spiders to crawl (e.g. haizhu panyu)")
    parser.add_argument("-a", dest="arguments", action="append", default=[], metavar="NAME=VALUE",
                        help="spider argument for every crawl, e.g. -a years=2024 (repeatable)")
    parser.add_argument("--run-key", metavar="KEY", help="the crawl run's key (one spider only); enqueuing the "
                        "same key again does nothing")
    parser.add_argument("--status", action="store_true", help="print the active crawls (JSON with --json)")
    parser.add_argument("--cancel", action="store_true", help="drop the active crawls of these sites (by site "
                        "name) and record their runs as cancelled")
    parser.add_argument("--json", action="store_true", help="with --status: JSON for machines")
    parser.add_argument("--redis-url", metavar="URL", help="Redis server (default: $REDIS_URL)")


def run(args: argparse.Namespace) -> int:
    arguments = {}
    for item in args.arguments:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise DistributedError(f"-a {item!r}: expected NAME=VALUE")
        arguments[name.strip()] = value
    if args.run_key and len(args.spiders) != 1:
        raise DistributedError("--run-key names one crawl: give exactly one spider")
    if not args.status and not args.spiders:
        raise DistributedError("name the spiders to crawl (or --status)")
    server = connect(args.redis_url)
    if args.status:
        return _status(server, args.json)
    return _cancel(server, args.spiders) if args.cancel else _enqueue(server, args.spiders, arguments, args.run_key)


def _enqueue(server: redis.Redis, spiders: list[str], arguments: dict[str, str], run_key: str | None) -> int:
    settings = project_settings()
    with Archive.open(warc=False) as archive:
        for spider in dict.fromkeys(spiders):
            done = crawls.enqueue(server, archive, settings, spider, arguments, run_key)
            what = "already enqueued" if done.already else f"enqueued ({done.queued} start requests)"
            print(f"{done.crawl.name}: {what}, run {done.crawl.run_key}", flush=True)
    return 0


def _cancel(server: redis.Redis, names: list[str]) -> int:
    status = 0
    with Archive.open(warc=False) as archive:
        for name in dict.fromkeys(names):
            crawl = crawls.cancel(server, name)
            if crawl is None:
                print(f"{name}: no active crawl", file=sys.stderr)
                status = 1
                continue
            crawls.finish_run(archive, crawl, "cancelled", {})
            print(f"{name}: cancelled run {crawl.run_key}")
    return status


def _status(server: redis.Redis, as_json: bool) -> int:
    rows = crawls.status(server)
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print("no active crawl")
    for row in rows:
        workers = ", ".join(f"{w}{'' if alive else ' (dead)'}" for w, alive in row["workers"].items()) or "none"
        print(f"{row['site']}: run {row['run_key']}, {row['queued']} queued, {row['in_progress']} in progress; "
              f"workers: {workers}")
    return 0
