"""A crawler-shaped process for the concurrency and crash tests: it archives synthetic responses.

    python tests/storage/archive_worker.py COUNT [--tag TAG] [--report]
    python tests/storage/archive_worker.py COUNT --writer

Archives COUNT documents (`document_bytes(i)`), each fetched from its own URL plus, for odd i, a mirror URL,
through the same `Archive.record_fetch` path a crawl uses (blob, WARC with revisits, fetch rows), and with
--report saves a report for each.  Prints one line per document so a parent can kill it mid-crawl.
--writer: as a crawl does, through the archive's writer thread (storage/writer.py), 16 exchanges in flight at
once; prints `ack <url>` for each exchange once its future says it is durable (the moment a crawl hands the
response to its spider).
The archive comes from NIANBAO_DATA / DATABASE_URL, as for the real commands.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from concurrent.futures import FIRST_COMPLETED, Future, wait
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from storage.archive import Archive
from storage.observation import Observation


def document_bytes(i: int) -> bytes:
    # ~24 kB of incompressible text-like bytes, deterministic per i (reruns produce the same documents)
    seed = hashlib.sha256(f"document {i}".encode()).digest()
    return b"%PDF-1.4\n" + b"".join(hashlib.sha256(seed + n.to_bytes(4, "big")).digest() for n in range(750))


def urls_of(i: int) -> list[str]:
    return [f"https://www.test.gov.cn/{i}.pdf"] + ([f"https://mirror.test.gov.cn/{i}.pdf"] if i % 2 else [])


def report_for(i: int) -> dict:
    """Document i's report: its own agency, so every document is a report of its own (not a source of another)."""
    return {"agency": f"测试区第{i}局", "year": 2020 + i % 5, "template": "2021", "parser_version": "worker",
            "tables": {"applications": {"new": {"total": i, "natural_person": None}}}, "checks": []}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int)
    parser.add_argument("--tag", default="w")
    parser.add_argument("--report", action="store_true")
    parser.add_argument("--writer", action="store_true")
    args = parser.parse_args()
    if args.writer:
        return through_the_writer(args.count)
    with Archive.open() as archive:
        run = archive.start_run("worker", {"tag": args.tag})
        for i in range(args.count):
            body = document_bytes(i)
            for url in urls_of(i):
                result = archive.record_fetch(Observation(url, 200, [("Content-Type", "application/pdf")], body), run)
            if args.report:
                archive.save_report(report_for(i), result.sha256, urls_of(i))
            print(i, result.outcome, flush=True)
        archive.finish_run(run, "finished", {"documents": args.count})
    return 0


def through_the_writer(count: int) -> int:
    with Archive.open() as archive:
        run = archive.start_run("writer", {})
        in_flight: dict[Future, str] = {}
        for i in range(count):
            for url in urls_of(i):
                obs = Observation(url, 200, [("Content-Type", "application/pdf")], document_bytes(i))
                in_flight[archive.writer.record_fetch(obs, run)] = url
            while len(in_flight) >= 16 or (i == count - 1 and in_flight):
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    future.result()
                    print("ack", in_flight.pop(future), flush=True)
        archive.finish_run(run, "finished", {"documents": count})
    return 0


if __name__ == "__main__":
    sys.exit(main())
