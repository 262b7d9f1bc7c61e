"""A stand-in for `scrapy crawl SPIDER -a NAME=VALUE …`: a real subprocess that behaves like a crawl towards the
scheduler and the archive, in seconds instead of minutes.

It records its run through the real archive API exactly as crawler/extensions/runs.py does (start_run with the run
key, finish_run with stats at the end; "shutdown" on the first SIGTERM, as Scrapy's graceful shutdown does), and
writes a journal line when it starts and when it ends, so tests can check overlap and repeats with evidence the
scheduler did not produce itself.

Spider arguments choose its behaviour:
    seconds=N   how long the "crawl" takes (default 1)
    mode=record        the default, described above
    mode=hang          ignores SIGTERM and never ends; starts a grandchild (`sleep`) that must die with it
    mode=crash         prints an error and exits with status 3 without finishing its run (a crash before
                       spider_closed)
Environment: FAKE_CRAWL_JOURNAL, the directory for journal files (one per process).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def journal(event: str, **fields: object) -> None:
    directory = os.environ.get("FAKE_CRAWL_JOURNAL")
    if directory:
        with (Path(directory) / f"{os.getpid()}.jsonl").open("a") as f:
            f.write(json.dumps({"event": event, "time": time.time(), "pid": os.getpid(), **fields}) + "\n")


def main() -> int:
    spider = sys.argv[1]
    args = dict(arg.split("=", 1) for arg in sys.argv[2:] if arg != "-a")
    key, mode, seconds = args["run_key"], args.get("mode", "record"), float(args.get("seconds", "1"))
    if mode == "hang":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    journal("start", spider=spider, key=key, mode=mode)
    print(f"fake crawl of {spider}, run {key}, mode {mode}", flush=True)
    if mode == "crash":
        print("ValueError: the spider broke", flush=True)
        return 3
    if mode == "hang":
        child = subprocess.Popen(["sleep", "300"])
        journal("grandchild", key=key, child=child.pid)
        while True:
            time.sleep(60)

    # Like Scrapy once its crawler process runs: the first SIGTERM means "close cleanly", even while starting up.
    stop_requested: list[int] = []
    signal.signal(signal.SIGTERM, lambda signum, _frame: stop_requested.append(signum))

    from storage.archive import Archive  # imported here: the crash mode must fail fast, like a broken import

    archive = Archive.open(warc=False)
    run = archive.start_run(spider, {"mode": mode}, key=key)

    def shutdown(_signum: int = signal.SIGTERM, _frame: object = None) -> None:
        archive.finish_run(run, "shutdown", {"finish_reason": "shutdown"})
        journal("end", spider=spider, key=key, reason="shutdown")
        sys.exit(0)

    if stop_requested:
        shutdown()
    signal.signal(signal.SIGTERM, shutdown)
    time.sleep(seconds)
    archive.finish_run(run, "finished", {"finish_reason": "finished", "start_time": "2026-01-05T02:00:00+00:00",
                                         "nianbao/documents/parsed": 2, "nianbao/documents/already_parsed": 5,
                                         "nianbao/challenge/browser": 1, "log_count/ERROR": 1,
                                         # the crawl summary's counts (crawler/crawl_summary.py)
                                         "nianbao/answered": 9, "nianbao/reports/found": 8, "nianbao/reports/new": 2,
                                         "nianbao/reports/unchanged": 5, "nianbao/reports/failed": 1})
    journal("end", spider=spider, key=key, reason="finished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
