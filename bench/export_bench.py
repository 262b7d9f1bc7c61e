"""Export speed and memory: 10 000 and 100 000 reports, every format, against a baseline measured in the same run.

Archives of N synthetic reports are bulk-loaded into SQLite (archive_bench.load_reports: documents, reports, tidy
and wide cells; plus here a site per 50 agencies, one fetch and one source URL per report, so `report_overview`'s
provenance lookups do real work).  Each export then runs in its own process, so its peak RSS is its own:
`crawler.research.export.export` of a dataset to a file, exactly what `python -m crawler export` runs.

Baseline, same run, same process set-up: the same dataset statement streamed from the database and discarded
(the floor any export of it pays: the query itself), and a plain `SELECT * FROM reports` loop with sqlite3.
Memory: peak RSS at 100 000 rows / peak RSS at 10 000 rows — about 1 means memory does not grow with the archive.
SQLite's page cache (64 MiB, storage's setting) fills as a larger file is read and then stops growing, so the
baseline's own ratio is printed beside the exports': an export that streams tracks its baseline.

Usage: python bench/export_bench.py [--sizes 10000 100000] [--tables reports applications] [--keep DIR]
       (--keep DIR keeps the archives, and a later run with the same DIR measures them again without reloading)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

FORMATS = ("csv", "jsonl", "parquet")


def build_archive(data_dir: Path, count: int) -> None:
    """N reports (archive_bench's loader), then sites, fetches and source URLs for their provenance."""
    import sqlalchemy as sa
    from archive_bench import load_reports

    data_dir.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{data_dir / 'archive.sqlite'}"
    load_reports(url, count)
    engine = sa.create_engine(url)
    stamp = dt.datetime(2025, 3, 1, 8, 0).isoformat(sep=" ")
    with engine.begin() as conn:
        agencies = conn.exec_driver_sql("SELECT count(*) FROM agencies").scalar_one()
        conn.exec_driver_sql("INSERT INTO sites (id, slug, name) VALUES (?, ?, ?)",
                             [(i + 1, f"site{i + 1}", f"测试市第{i + 1}区人民政府 — www.site{i + 1}.gov.cn")
                              for i in range(agencies // 50 + 1)])
        conn.exec_driver_sql("UPDATE agencies SET site_id = (id - 1) / 50 + 1")
        conn.exec_driver_sql(
            "INSERT INTO fetches (id, observation_key, url, method, status, headers, fetched_at, outcome, sha256, "
            "warc_file, warc_offset, warc_length, warc_type) "
            "SELECT r.id, 'bench-' || r.id, 'https://www.bench.gov.cn/nb/' || r.id || '.pdf', 'GET', 200, '[]', ?, "
            "'new', r.document_sha256, 'bench/run-00001.warc.gz', r.id * 1000, 900, 'response' FROM reports r",
            (stamp,))
        conn.exec_driver_sql(
            "INSERT INTO report_sources (report_id, url_key, url) "
            "SELECT r.id, printf('%064d', r.id), 'https://www.bench.gov.cn/nb/' || r.id || '.pdf' FROM reports r")
        conn.exec_driver_sql("UPDATE reports SET checks = "
                             "'[{\"rule\": \"balance\", \"ok\": false, \"detail\": \"\"}]' WHERE checks_failed > 0")
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()


def child(mode: str, table: str, fmt: str, data_dir: Path, out: Path) -> None:
    """One measured run (in its own process): prints {"rows": n, "seconds": s}."""
    from crawler.research.datasets import dataset
    from crawler.research.export import export, stream_rows
    from storage.archive import Archive
    from storage.config import StorageConfig

    if fmt == "parquet":
        import pyarrow.parquet  # noqa: F401  # imported before the clock starts, as for the other formats

    config = StorageConfig.from_env(data_dir)
    with Archive.open_for_reading(config) as archive:
        started = time.perf_counter()
        if mode == "export":
            rows = export(archive.db, dataset(table), fmt, out).rows
        elif mode == "query":
            rows = sum(len(part) for part in stream_rows(archive.db, dataset(table)))
        else:  # raw: the cheapest full read of the reports table
            import sqlite3

            with sqlite3.connect(data_dir / "archive.sqlite") as conn:
                rows = sum(1 for _ in conn.execute("SELECT * FROM reports"))
        spent = time.perf_counter() - started
    print(json.dumps({"rows": rows, "seconds": spent, "peak_mib": peak_rss_mib()}))


def peak_rss_mib() -> float:
    """This process's own peak RSS.  VmHWM belongs to the address space exec() created; ru_maxrss would also
    count the parent's pages a fork shared before exec (and so grow with the loader's archive, not the export)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def measure(mode: str, table: str, fmt: str, data_dir: Path, out: Path) -> tuple[int, float, float]:
    """(rows, seconds, peak RSS in MiB) of one child process."""
    done = subprocess.run([sys.executable, __file__, "--child", mode, table, fmt, str(data_dir), str(out)],
                          cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{mode} {table} {fmt} failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result["rows"], result["seconds"], result["peak_mib"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--tables", nargs="+", default=["reports", "applications"])
    parser.add_argument("--keep", type=Path, help="work in this directory and keep it")
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    parser.add_argument("--build", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        build_archive(Path(args.build[0]), int(args.build[1]))
        return
    if args.child:
        mode, table, fmt, data_dir, out = args.child
        child(mode, table, fmt, Path(data_dir), Path(out))
        return
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="nianbao-export-bench."))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"nianbao export bench: sizes {args.sizes}, tables {args.tables}, formats {FORMATS}, "
          f"{os.cpu_count()} CPUs, work dir {workdir}")
    results: dict[tuple[str, str, int], tuple[int, float, float]] = {}
    try:
        for size in args.sizes:
            data_dir = workdir / f"archive-{size}"
            started = time.perf_counter()
            if args.keep and (data_dir / "archive.sqlite").is_file():
                print(f"\n== {size} reports (kept from an earlier run in {data_dir})")
            else:
                # loaded by a child process: this one stays small, so the measured processes it starts are alike
                subprocess.run([sys.executable, __file__, "--build", str(data_dir), str(size)], cwd=ROOT,
                               check=True, stderr=subprocess.DEVNULL)
                print(f"\n== {size} reports (loaded in {time.perf_counter() - started:.1f} s)")
            print(f"{'run':<44}{'rows':>9}{'seconds':>9}{'rows/s':>11}{'vs query':>10}{'peak RSS':>11}")
            raw = measure("raw", "reports", "-", data_dir, workdir / "none")
            print(f"{'baseline: sqlite3 SELECT * FROM reports':<44}{raw[0]:>9}{raw[1]:>9.2f}"
                  f"{raw[0] / raw[1]:>11.0f}{'':>10}{raw[2]:>8.0f} MiB")
            for table in args.tables:
                query = measure("query", table, "-", data_dir, workdir / "none")
                results[(table, "query", size)] = query
                print(f"{'baseline: ' + table + ' statement, rows discarded':<44}{query[0]:>9}{query[1]:>9.2f}"
                      f"{query[0] / query[1]:>11.0f}{1.0:>9.2f}x{query[2]:>8.0f} MiB")
                for fmt in FORMATS:
                    out = workdir / f"{table}-{size}.{fmt}"
                    run = measure("export", table, fmt, data_dir, out)
                    results[(table, fmt, size)] = run
                    assert run[0] == size, f"{table} {fmt}: {run[0]} rows exported, {size} expected"
                    print(f"{'export ' + table + ' → ' + fmt:<44}{run[0]:>9}{run[1]:>9.2f}{run[0] / run[1]:>11.0f}"
                          f"{run[1] / query[1]:>9.2f}x{run[2]:>8.0f} MiB   ({out.stat().st_size / 1e6:.1f} MB)")
        if len(args.sizes) >= 2:
            small, large = min(args.sizes), max(args.sizes)
            print(f"\n== memory, {small} → {large} rows ({large / small:.0f}x the rows): peak RSS ratio (≈ 1: flat), "
                  "and the export's own memory (its peak minus its baseline query's peak) at each size")
            print(f"{'':<44}{'RSS ratio':>10}{'own @' + str(small):>14}{'own @' + str(large):>14}")
            for table in args.tables:
                for fmt in ("query", *FORMATS):
                    ratio = results[(table, fmt, large)][2] / results[(table, fmt, small)][2]
                    own = [results[(table, fmt, n)][2] - results[(table, "query", n)][2] for n in (small, large)]
                    label = "baseline query" if fmt == "query" else fmt
                    print(f"{table + ' ' + label:<44}{ratio:>10.2f}{own[0]:>10.0f} MiB{own[1]:>10.0f} MiB")
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
