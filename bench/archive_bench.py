"""Archive throughput and research-query latency, on SQLite and PostgreSQL (aims: ≥ 200 docs/s, p95 < 100 ms).

1. Ingest: N synthetic documents (16 kB each, all distinct) archived through `Archive.record_fetch`, the path a
   crawl takes: blob (fsynced, atomic rename), WARC request/response pair, document and fetch rows, one
   transaction per document; from one thread (a crawl's pipeline) and from several (`ingest --workers`, which
   keeps several documents' fsyncs in flight).  Baseline, same run: a raw DBAPI INSERT of the same document and
   fetch rows, one transaction per document, nothing else (no blob, no WARC, no dedupe lookup).
2. Queries: M synthetic reports (agencies × years, 26 cells each, tidy and wide) bulk-loaded, then three typical
   research queries, each run with varying parameters; p50/p95 latency.  Baseline, same run: fetching one report row
   by primary key, the cheapest query the database can answer.

PostgreSQL: `--pg-url URL`, else BENCH_DATABASE_URL, else a throwaway cluster started here with the server's
default durability (fsync and synchronous_commit on; unlike the test cluster, which turns them off).

Usage: python bench/archive_bench.py [--docs 10000] [--reports 100000] [--runs 40] [--only sqlite|postgresql]
                                      [--threads 4] [--no-fsync] [--keep DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlalchemy as sa  # noqa: E402

from storage.archive import Archive  # noqa: E402
from storage.config import StorageConfig  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.models import WIDE_TABLES, Report, ReportCell  # noqa: E402
from storage.observation import Observation  # noqa: E402
from tests.services import ServiceMissing, postgres  # noqa: E402

DOC_SIZE = 16_000
APPLICATION_ROWS = ("new", "granted", "handled_total")
APPLICANT_COLUMNS = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org",
                     "total")
REVIEW_COLUMNS = ("upheld", "corrected", "other", "pending", "total")
YEARS = tuple(range(2019, 2026))

QUERIES = {  # the three typical research questions the aim applies to
    "agency time series (applications_wide)": (
        "SELECT year, new_total, granted_total, handled_total_total FROM applications_wide "
        "WHERE agency = :agency ORDER BY year"),
    "top 20 agencies of a year (applications_wide)": (
        "SELECT agency, new_total FROM applications_wide WHERE year = :year "
        "ORDER BY new_total DESC LIMIT 20"),
    "a year's reports failing checks (applications_wide)": (
        "SELECT agency, checks_failed, new_total, handled_total_total FROM applications_wide "
        "WHERE year = :year AND checks_failed > 0 ORDER BY agency"),
}
WHOLE_ARCHIVE = {  # read a whole year or every report: shown for scale, outside the aim
    "export: a year's cross-section, SELECT *": "SELECT * FROM applications_wide WHERE year = :year",
    "whole archive: totals per year (applications_wide)": (
        "SELECT year, count(*) AS reports, sum(new_total) AS applications, sum(handled_total_total) AS handled "
        "FROM applications_wide GROUP BY year ORDER BY year"),
    "whole archive: totals per year (report_cells)": (
        "SELECT r.year, count(*) AS reports, sum(c.value) AS applications "
        "FROM reports r JOIN report_cells c ON c.report_id = r.id "
        "WHERE c.table_name = 'applications' AND c.row_key = 'new' AND c.column_key = 'total' "
        "GROUP BY r.year ORDER BY r.year"),
}
BASELINE_QUERY = "SELECT * FROM reports WHERE id = :id"


# ---------------------------------------------------------------------------------------------------------------
# PostgreSQL for the benchmark

@contextlib.contextmanager
def postgres_server(url: str | None) -> Iterator[str | None]:
    """The given server, or a throwaway cluster with normal durability (ingest rates include real fsyncs)."""
    try:
        with postgres(url, durable=True, options="-c shared_buffers=256MB") as started:
            yield started
    except ServiceMissing as exc:
        print(f"{exc}: skipping PostgreSQL", file=sys.stderr)
        yield None


@contextlib.contextmanager
def fresh_database(kind: str, server: str | None, workdir: Path, name: str) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{workdir / name}.sqlite"
        return
    assert server is not None
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# ---------------------------------------------------------------------------------------------------------------
# 1. ingest

def documents(count: int) -> Iterator[bytes]:
    rng = random.Random(20250101)
    for _ in range(count):
        yield b"%PDF-1.4\n" + rng.randbytes(DOC_SIZE)


def ingest_archive(url: str, data_dir: Path, count: int, fsync: bool, threads: int) -> float:
    """Documents per second through `Archive.record_fetch`, from `threads` threads sharing one Archive."""
    with Archive(StorageConfig(data_dir, url), fsync=fsync) as archive:
        run = archive.start_run("bench")

        def archive_one(item: tuple[int, bytes]) -> None:
            i, body = item
            archive.record_fetch(Observation(f"https://www.bench.gov.cn/{i}.pdf", 200,
                                             [("Content-Type", "application/pdf")], body), run)

        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=threads) as pool:
            for _ in pool.map(archive_one, enumerate(documents(count))):
                pass
        spent = time.perf_counter() - start
        archive.finish_run(run, "finished")
    return count / spent


def ingest_raw(url: str, count: int) -> float:
    """The same rows with plain DBAPI INSERTs, one transaction per document."""
    db = Database(url)  # the same schema, migrated the same way
    raw = db.engine.raw_connection()
    marker = "?" if db.dialect == "sqlite" else "%s"
    doc_sql = ("INSERT INTO documents (sha256, size, media_type, blob, first_seen, last_seen, parse_status) "
               f"VALUES ({', '.join([marker] * 7)})")
    fetch_sql = ("INSERT INTO fetches (observation_key, url, method, status, headers, fetched_at, outcome, sha256) "
                 f"VALUES ({', '.join([marker] * 8)})")
    if db.dialect == "sqlite":
        raw.driver_connection.isolation_level = ""  # the sqlite3 module's own implicit transactions
    start = time.perf_counter()
    for i, body in enumerate(documents(count)):
        sha = hashlib.sha256(body).hexdigest()
        now = dt.datetime.now(dt.UTC)
        stamp = now.replace(tzinfo=None).isoformat(sep=" ") if db.dialect == "sqlite" else now
        cursor = raw.cursor()
        cursor.execute(doc_sql, (sha, len(body), "application/pdf", f"{sha[:2]}/{sha[2:4]}/{sha}", stamp, stamp,
                                 "pending"))
        cursor.execute(fetch_sql, (f"raw-{i}", f"https://www.bench.gov.cn/{i}.pdf", "GET", 200,
                                   '[["Content-Type", "application/pdf"]]', stamp, "new", sha))
        raw.commit()
    spent = time.perf_counter() - start
    raw.close()
    db.dispose()
    return count / spent


# ---------------------------------------------------------------------------------------------------------------
# 2. queries

def load_reports(url: str, count: int) -> list[str]:
    """Bulk-load synthetic reports (not measured); returns the agency names."""
    db = Database(url)
    agencies = [f"测试市第{i}区政府办公室" for i in range(count // len(YEARS) + 1)]
    rng = random.Random(7)
    now = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
    stamp: object = now.replace(tzinfo=None).isoformat(sep=" ") if db.dialect == "sqlite" else now
    agency_rows = [(i + 1, name) for i, name in enumerate(agencies)]
    doc_rows, report_rows, cell_rows = [], [], []
    wide_columns = {"active": [], "applications": [f"{r}_{c}" for r in APPLICATION_ROWS for c in APPLICANT_COLUMNS],
                    "review": [f"review_{c}" for c in REVIEW_COLUMNS]}
    wide_rows: dict[str, list[tuple]] = {table: [] for table in wide_columns}
    for rid in range(1, count + 1):
        sha = hashlib.sha256(f"report {rid}".encode()).hexdigest()
        agency_id, year = (rid - 1) // len(YEARS) + 1, YEARS[(rid - 1) % len(YEARS)]
        doc_rows.append((sha, 100_000, "application/pdf", f"{sha[:2]}/{sha[2:4]}/{sha}", stamp, stamp, "parsed"))
        report_rows.append((rid, sha, agency_id, year, "2021", "1.0.0", "{}", "[]", int(rng.random() < 0.1), stamp,
                            stamp))
        first = len(cell_rows)
        for row in APPLICATION_ROWS:
            values = [rng.randint(0, 400) for _ in APPLICANT_COLUMNS[:-1]]
            for column, value in zip(APPLICANT_COLUMNS, [*values, sum(values)], strict=True):
                cell_rows.append((rid, "applications", row, column, float(value), False))
        for column in REVIEW_COLUMNS:
            cell_rows.append((rid, "review", "review", column, float(rng.randint(0, 5)), False))
        for table in wide_columns:  # the wide rows storage.report_store derives from the same cells
            wide_rows[table].append((rid, year, agency_id, *(c[4] for c in cell_rows[first:] if c[1] == table)))
    tables = {
        "agencies": (("id", "name"), agency_rows),
        "documents": (("sha256", "size", "media_type", "blob", "first_seen", "last_seen", "parse_status"), doc_rows),
        "reports": (("id", "document_sha256", "agency_id", "year", "template", "parser_version", "data", "checks",
                     "checks_failed", "created_at", "updated_at"), report_rows),
        "report_cells": (("report_id", "table_name", "row_key", "column_key", "value", "is_blank"), cell_rows),
        **{f"wide_{table}": (("report_id", "year", "agency_id", *columns), wide_rows[table])
           for table, columns in wide_columns.items()},
    }
    # Bulk load as a DBA would: secondary indexes dropped first and rebuilt by one sort afterwards.
    indexes = [index for table in (Report.__table__, ReportCell.__table__, *WIDE_TABLES.values())
               for index in table.indexes]
    with db.engine.begin() as conn:
        for index in indexes:
            index.drop(conn)
    raw = db.engine.raw_connection()
    cursor = raw.cursor()
    for table, (columns, rows) in tables.items():
        started = time.perf_counter()
        if db.dialect == "sqlite":
            cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                               [tuple(int(v) if isinstance(v, bool) else v for v in r) for r in rows])
        else:
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for r in rows:
                    copy.write_row(r)
        print(f"  loaded {len(rows)} {table} rows in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    raw.commit()
    raw.close()
    with db.engine.begin() as conn:
        for index in indexes:
            index.create(conn)
    # Statistics, and on PostgreSQL the visibility map that index-only scans need (autovacuum's job in a live
    # archive; the bench does not wait for it).
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("ANALYZE" if db.dialect == "sqlite" else "VACUUM ANALYZE")
    db.dispose()
    return agencies


def latencies(conn: sa.Connection, sql: str, params: Callable[[int], dict], runs: int) -> list[float]:
    statement = sa.text(sql)
    conn.execute(statement, params(0)).all()  # warm the statement cache and the page cache
    spent = []
    for i in range(runs):
        start = time.perf_counter()
        conn.execute(statement, params(i + 1)).all()
        spent.append((time.perf_counter() - start) * 1000)
    return spent


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def query_bench(url: str, count: int, runs: int) -> list[tuple[str, float, float]]:
    agencies = load_reports(url, count)
    rng = random.Random(11)
    params: dict[str, Callable[[int], dict]] = {
        "agency time series (applications_wide)": lambda i: {"agency": rng.choice(agencies)},
        "top 20 agencies of a year (applications_wide)": lambda i: {"year": YEARS[i % len(YEARS)]},
        "a year's reports failing checks (applications_wide)": lambda i: {"year": YEARS[i % len(YEARS)]},
    }
    engine = sa.create_engine(url)
    results = []
    with engine.connect() as conn:
        base = latencies(conn, BASELINE_QUERY, lambda i: {"id": rng.randint(1, count)}, runs)
        results.append(("baseline: one report by primary key", statistics.median(base), p95(base)))
        for name, sql in QUERIES.items():
            spent = latencies(conn, sql, params[name], runs)
            results.append((name, statistics.median(spent), p95(spent)))
        for name, sql in WHOLE_ARCHIVE.items():
            spent = latencies(conn, sql, lambda i: {"year": YEARS[i % len(YEARS)]}, max(5, runs // 4))
            results.append((name, statistics.median(spent), p95(spent)))
    engine.dispose()
    return results


# ---------------------------------------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=40, help="executions of each query")
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument("--threads", type=int, default=4, help="threads of the parallel ingest run (as `ingest`)")
    parser.add_argument("--no-fsync", action="store_true", help="NIANBAO_FSYNC=0: no fsync per blob/WARC record")
    parser.add_argument("--pg-url", default=os.environ.get("BENCH_DATABASE_URL"))
    parser.add_argument("--keep", type=Path, help="work in this directory and keep it")
    args = parser.parse_args()
    kinds = [args.only] if args.only else ["sqlite", "postgresql"]
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="nianbao-bench."))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"nianbao archive bench: {args.docs} documents of {DOC_SIZE // 1000} kB, {args.reports} reports, "
          f"{args.runs} runs per query, fsync {'off' if args.no_fsync else 'on'}, {os.cpu_count()} CPUs, "
          f"work dir {workdir}")
    try:
        servers = postgres_server(args.pg_url) if "postgresql" in kinds else contextlib.nullcontext(None)
        with servers as server:
            for kind in kinds:
                if kind == "postgresql" and server is None:
                    continue
                print(f"\n== {kind}")
                with fresh_database(kind, server, workdir, "bench_raw") as url:
                    raw_rate = ingest_raw(url, args.docs)
                rates = {}
                for threads in (1, args.threads):
                    with fresh_database(kind, server, workdir, f"bench_archive{threads}") as url:
                        rates[threads] = ingest_archive(url, workdir / f"data-{kind}-{threads}", args.docs,
                                                        not args.no_fsync, threads)
                print(f"{'ingest':<48}{'docs/s':>10}{'vs baseline':>14}")
                print(f"{'baseline: raw INSERT, same rows, 1 tx/doc':<48}{raw_rate:>10.0f}{1.0:>13.2f}x")
                for threads, rate in rates.items():
                    label = f"Archive.record_fetch, {threads} thread{'s' if threads > 1 else ''}"
                    print(f"{label:<48}{rate:>10.0f}{rate / raw_rate:>13.2f}x   "
                          f"aim >= 200: {'met' if rate >= 200 else 'MISSED'}")
                with fresh_database(kind, server, workdir, "bench_queries") as url:
                    results = query_bench(url, args.reports, args.runs)
                base_p95 = results[0][2]
                print(f"{'query (' + str(args.reports) + ' reports)':<48}{'p50 ms':>10}{'p95 ms':>10}"
                      f"{'p95 vs baseline':>18}")
                for name, p50, p95_ms in results:
                    verdict = f"   aim < 100 ms: {'met' if p95_ms < 100 else 'MISSED'}" if name in QUERIES else ""
                    print(f"{name:<48}{p50:>10.2f}{p95_ms:>10.2f}{p95_ms / base_p95:>17.1f}x{verdict}")
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
