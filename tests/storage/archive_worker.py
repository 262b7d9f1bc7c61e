"""A crawler-shaped process for the concurrency and crash tests: it archives synthetic responses.

    python tests/storage/archive_worker.py COUNT [--tag TAG] [--report]

Archives COUNT documents (`document_bytes(i)`), each fetched from its own URL plus, for odd i, a mirror URL,
through the same `Archive.record_fetch` path a crawl uses (blob, WARC with revisits, fetch rows), and with
--report saves a report for each.  Prints one line per document so a parent can kill it mid-crawl.
The archive comes from NIANBAO_DATA / DATABASE_URL, as for the real commands.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from storage.archive import Archive
from storage.observation import Observation


def document_bytes(i: int) -> bytes:
    # ~24 kB of incompressible text-like bytes, deterministic per i (reruns produce the same documents)
    seed = hashlib.sha256(f"document {i}".encode()).digest()
    return b"%PDF-1.4\n" + b"".join(hashlib.sha256(seed + n.to_bytes(4, "big")).digest() for n in range(750))


def report_for(i: int) -> dict:
    """Document i's report: its own agency, so every document is a report of its own (not a source of another)."""
    return {"agency": f"测试区第{i}局", "year": 2020 + i % 5, "template": "2021", "parser_version": "worker",
            "tables": {"applications": {"new": {"total": i, "natural_person": None}}}, "checks": []}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int)
    parser.add_argument("--tag", default="w")
    parser.add_argument("--report", action="store_true")
    args = parser.parse_args()
    with Archive.open() as archive:
        run = archive.start_run("worker", {"tag": args.tag})
        for i in range(args.count):
            body = document_bytes(i)
            urls = [f"https://www.test.gov.cn/{i}.pdf"] + ([f"https://mirror.test.gov.cn/{i}.pdf"] if i % 2 else [])
            for url in urls:
                result = archive.record_fetch(Observation(url, 200, [("Content-Type", "application/pdf")], body), run)
            if args.report:
                archive.save_report(report_for(i), result.sha256, urls)
            print(i, result.outcome, flush=True)
        archive.finish_run(run, "finished", {"documents": args.count})
    return 0


if __name__ == "__main__":
    sys.exit(main())
