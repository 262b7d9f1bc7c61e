"""Load: a crawl of a 10 000-report site against one of 1 000 reports, measured in the same run (issue 8).

The site is the replica's synthetic one (replica/modes/synthetic.py: pages made on request, one report
page each, "下一页" pagination), crawled by `scrapy crawl site` from a site file, into a fresh archive.  Printed
per size: wall time, requests per report, reports archived, and the crawler's peak memory (max RSS of the crawl
process); then the ratios of the large crawl to the baseline: time per report, and peak memory, which must not
grow with the number of reports.

    .venv/bin/python bench/load_bench.py                      # 1 000 vs 10 000 reports, parsed as a crawl does
    .venv/bin/python bench/load_bench.py --sizes 200,2000 --no-parse
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from replica import Replica  # noqa: E402
from storage.archive import Archive  # noqa: E402

HOST = "www.dazhen.gov.cn"
# Runs a command and prints the peak RSS (kB) of its process tree's largest member, as getrusage reports it.
MEASURE = ("import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(code)")


def crawl(reports: int, parse: bool, workdir: Path) -> dict[str, float]:
    site_file = workdir / "dazhen.toml"
    site_file.write_text(f'name = "dazhen"\nstart_url = "http://{HOST}/"\n'
                         f'listing_urls = ["http://{HOST}/zfxxgk/nb/index.html"]\n', encoding="utf-8")
    data = workdir / "data"
    with Replica(modes=[f"synthetic-site:reports={reports}@{HOST}"]) as replica:
        env = {**os.environ, "REPLICA_URL": replica.url, "NIANBAO_OFFLINE": "1", "NIANBAO_POLITE": "0",
               "NIANBAO_LOG_LEVEL": "WARNING", "NIANBAO_DATA": str(data), "NIANBAO_FSYNC": "0",
               # archive only: no parse processes, nothing waited for (the documents stay queued)
               **({} if parse else {"NIANBAO_PARSE_PROCESSES": "0", "NIANBAO_PARSE_WAIT": "0"})}
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", MEASURE, sys.executable, "-m", "scrapy", "crawl", "site",
                               "-a", f"file={site_file}"], cwd=ROOT, env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            sys.exit(f"crawl of {reports} reports failed:\n{done.stderr[-3000:]}")
        requests = len(replica.requests())
    with Archive.open(data_dir=data, database_url=f"sqlite:///{data / 'archive.sqlite'}") as archive:
        archived = archive.db.read(lambda c: c.exec_driver_sql(
            "SELECT count(DISTINCT url) FROM fetches WHERE url LIKE '%/t\\_%' ESCAPE '\\' AND sha256 IS NOT NULL"
        ).scalar_one())
        parsed = len(archive.report_list())
    return {"reports": reports, "seconds": seconds, "requests": requests, "archived": archived, "parsed": parsed,
            "rss_mb": int(done.stdout.split()[-1]) / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000", help="baseline,large report counts (default 1000,10000)")
    parser.add_argument("--no-parse", action="store_true", help="archive only (no parse processes)")
    args = parser.parse_args()
    sizes = [int(n) for n in args.sizes.split(",")]
    rows = []
    for reports in sizes:
        with tempfile.TemporaryDirectory(prefix="nianbao-load.") as tmp:
            row = crawl(reports, not args.no_parse, Path(tmp))
        rows.append(row)
        print(f"{row['reports']:>6} reports: {row['seconds']:7.1f} s  {row['requests'] / reports:.3f} requests/report"
              f"  archived {row['archived']}  parsed as reports {row['parsed']}  crawler peak RSS "
              f"{row['rss_mb']:.0f} MB", flush=True)
    base, large = rows[0], rows[-1]
    print(f"\nratio {large['reports']} / {base['reports']} reports: time per report "
          f"{(large['seconds'] / large['reports']) / (base['seconds'] / base['reports']):.2f}x, "
          f"peak memory {large['rss_mb'] / base['rss_mb']:.2f}x (1.00x = flat)")
    lost = [r for r in rows if r["archived"] < r["reports"]]
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
