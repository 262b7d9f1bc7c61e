"""`python -m crawler parse-worker`: parse what crawls queued in the archive, with a pool of processes.

Crawls archive documents and queue them for parsing; `scrapy crawl` runs a pool of parse processes itself, while
the workers of a distributed crawl (`python -m crawler worker`) do not: run this on any machines that reach the
same archive (DATABASE_URL, NIANBAO_DATA on shared storage), one process per core by default.  A document is
parsed once whatever the number of workers; one whose parse kills its process is given up after three tries and
marked failed with the reason (docs/scaling.md).
"""

from __future__ import annotations

import argparse
import os
import signal
import threading
from types import FrameType

from crawler.archiving.pool import Options, ParsePool
from crawler.errors import NianbaoError
from storage.archive import Archive

HELP = "parse the documents crawls queued in the archive, with a pool of processes (distributed mode)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1, metavar="N",
                        help="parse processes (default: one per core)")
    parser.add_argument("--drain", action="store_true", help="exit once the queue is empty (batch jobs)")
    parser.add_argument("--max-documents", type=int, default=Options.max_documents, metavar="N",
                        help=f"documents a process parses before a fresh one replaces it "
                             f"(default {Options.max_documents})")
    parser.add_argument("--max-rss-mb", type=float, default=Options.max_rss_mb, metavar="MB",
                        help=f"resident memory past which a process is replaced after its document "
                             f"(default {Options.max_rss_mb:.0f})")


def run(args: argparse.Namespace) -> int:
    if args.processes < 1:
        raise NianbaoError("--processes must be at least 1")
    stopped = threading.Event()

    def on_signal(_signum: int, _frame: FrameType | None) -> None:
        stopped.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    with Archive.open(warc=False) as archive:
        pool = ParsePool(archive, args.processes, options=Options(
            max_documents=args.max_documents, max_rss_mb=args.max_rss_mb, drain=args.drain))
        pool.wake()
        while not stopped.is_set() and not pool.wait(timeout=0.5):
            pass
        pool.stop()
    print(f"parse-worker: {pool.stats.started} process(es) started, {pool.stats.recycled} recycled, "
          f"{pool.stats.died} died; peak memory of a process {pool.stats.peak_rss_mb:.0f} MB")
    if pool.failure:
        raise NianbaoError(pool.failure)
    return 0
