"""Crawl throughput against the offline replica, politeness off, compared with a bare Scrapy spider.

Per site (the default): the real spider crawls the replica into a fresh archive (recording, WARC, conditional GET,
parsing until the last parse is done); then a bare Scrapy spider (no middlewares of ours, no archive) downloads
exactly the URLs the real crawl requested.  Both run as `scrapy` processes, one per site, so start-up costs are
alike.  A third run of the real spider that only archives (its documents left queued) shows what archiving alone
costs.  Printed: pages/s of each, the ratios, and requests per report found.

`--steady` (issue 19): a large site instead of the small real ones, so that steady-state speed shows rather than
start-up: the replica's synthetic site (replica/modes/synthetic.py) on `--hosts` hosts of one domain, `--reports`
report pages each, every page with a DOCX attachment (each report its own agency and year), crawled by `scrapy
crawl site` from one site file.  In the same run: archive only, the bare spider over the same URLs, and the full
crawl (parse processes, one per core, until the last parse is done); then the start-up of `scrapy crawl` on a
one-page site against the bare spider (best of three), and OCR throughput of scanned PDFs parsed by `python -m crawler
parse-worker --drain` with 1 and 2 processes.  Peak memory of the crawl process (its own, exact) and of any parse
process; the load average before and after, since other jobs share the machine.  Last two lines:
    ocr: 1 process X pages/s, 2 processes Y pages/s (…)
    steady: archive/bare=X.XX full/bare=Y.YY

Usage: python bench/crawl_bench.py [SITE ...]
       python bench/crawl_bench.py --steady [--hosts 40] [--reports 50] [--ocr-documents 6]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from replica import Replica  # noqa: E402
from replica.demo import crawl_replica, replica_sites, replicated_sites, score  # noqa: E402
from replica.modes.synthetic import distinct, pool_documents  # noqa: E402
from storage.archive import Archive  # noqa: E402

# A crawl that archives and queues, and parses nothing (crawler/extensions/parses.py).
ARCHIVE_ONLY = {"NIANBAO_PARSE_PROCESSES": "0", "NIANBAO_PARSE_WAIT": "0"}
BARE_SPIDER = '''
import json, scrapy
class Bare(scrapy.Spider):
    name = "bare"
    custom_settings = {"ROBOTSTXT_OBEY": False, "TELNETCONSOLE_ENABLED": False, "REMOTE_CONTROL_ENABLED": False,
                       "LOG_LEVEL": "WARNING", "CONCURRENT_REQUESTS_PER_DOMAIN": PER_DOMAIN, "DOWNLOAD_DELAY": 0,
                       "COOKIES_ENABLED": False, "HTTPERROR_ALLOW_ALL": True}
    start_urls = json.load(open(URLS_FILE))
    def parse(self, response):
        pass
'''
# Runs a command and prints the peak RSS (kB) of its largest descendant (getrusage), for the bare spider.
MEASURE = ("import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(code)")
DOMAIN = "dazhen.gov.cn"


def timed(run: Callable[..., object], *args: object, **kwargs: object) -> float:
    started = time.perf_counter()
    run(*args, **kwargs)
    return time.perf_counter() - started


def bare_crawl(urls: list[str], workdir: Path, name: str, per_domain: int = 8) -> tuple[float, float]:
    """The bare Scrapy spider over `urls` (replica addresses): seconds, peak RSS in MB."""
    urls_file = workdir / f"{name}.json"
    urls_file.write_text(json.dumps(urls))
    spider = workdir / f"bare_{name}.py"
    spider.write_text(f"URLS_FILE = {str(urls_file)!r}\nPER_DOMAIN = {per_domain}\n" + BARE_SPIDER)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", MEASURE, sys.executable, "-m", "scrapy", "runspider", str(spider)],
                          cwd=workdir, check=True, env={**os.environ, "SCRAPY_SETTINGS_MODULE": ""},
                          capture_output=True, text=True)
    return time.perf_counter() - started, int(done.stdout.split()[-1]) / 1024


def replica_urls(replica: Replica, log: list[dict[str, Any]]) -> list[str]:
    return [replica.url + "/" + e["url"].split("://", 1)[1] for e in log if e["method"] == "GET"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sites", nargs="*", help="replica sites to crawl (default: every one)")
    parser.add_argument("--steady", action="store_true", help="the large synthetic site of many hosts instead")
    parser.add_argument("--hosts", type=int, default=40)
    parser.add_argument("--reports", type=int, default=50, help="report pages per host")
    parser.add_argument("--ocr-documents", type=int, default=6, help="scanned PDFs for the OCR line")
    args = parser.parse_args()
    if args.steady:
        steady(args.hosts, args.reports, args.ocr_documents)
    else:
        per_site(tuple(args.sites))


def per_site(chosen: tuple[str, ...]) -> None:
    replicated = replicated_sites()
    sites = chosen or tuple(replicated)
    rows = []
    with Replica(modes=[], sites=replica_sites(replicated, sites)) as replica, \
            tempfile.TemporaryDirectory() as tmp:
        for site in sites:
            data = Path(tmp) / site
            before = len(replica.requests())
            full = timed(crawl_replica, site, replica.url, data_dir=str(data))
            log = replica.requests(since=before)
            with Archive.open(data_dir=data, database_url=f"sqlite:///{data / 'archive.sqlite'}") as archive:
                found = score(replica.manifest(), {u for r in archive.report_list() for u in r["urls"]},
                              set(replicated[site]))
            archive_only = timed(crawl_replica, site, replica.url, data_dir=str(Path(tmp) / f"{site}-noparse"),
                                 extra_env=ARCHIVE_ONLY)
            bare, _rss = bare_crawl(replica_urls(replica, log), Path(tmp), site)
            rows.append((site, len(log), found, full, archive_only, bare))
    print(f"{'site':<10}{'requests':>9}{'reports':>8}{'req/report':>11}{'full p/s':>10}{'no-parse p/s':>13}"
          f"{'bare p/s':>10}{'full/bare':>10}{'noparse/bare':>13}")
    for site, requests, found, full, archive_only, bare in rows:
        print(f"{site:<10}{requests:>9}{found.found:>8}{requests / max(found.found, 1):>11.1f}"
              f"{requests / full:>10.1f}{requests / archive_only:>13.1f}{requests / bare:>10.1f}"
              f"{bare / full:>10.2f}{bare / archive_only:>13.2f}")
    total = [sum(x) for x in zip(*[(r[1], r[2].found, r[3], r[4], r[5]) for r in rows], strict=True)]
    print(f"{'all':<10}{total[0]:>9}{total[1]:>8}{total[0] / max(total[1], 1):>11.1f}{total[0] / total[2]:>10.1f}"
          f"{total[0] / total[3]:>13.1f}{total[0] / total[4]:>10.1f}{total[4] / total[2]:>10.2f}"
          f"{total[4] / total[3]:>13.2f}")
    print("ratios are throughput relative to the bare spider (1.0 = as fast; parsing includes OCR of scans)")


# -- --steady ---------------------------------------------------------------------------------------------------

def site_file(workdir: Path, name: str, hosts: list[str]) -> Path:
    path = workdir / f"{name}.toml"
    listings = ", ".join(f'"http://{host}/zfxxgk/nb/index.html"' for host in hosts)
    path.write_text(f'name = "{name}"\nstart_url = "http://www.{DOMAIN}/"\nlisting_urls = [{listings}]\n',
                    encoding="utf-8")
    return path


def crawl_site(replica: Replica, site: Path, data: Path, env: dict[str, str]) -> dict[str, Any]:
    """`scrapy crawl site -a file=SITE` into a fresh archive: seconds, requests, and what the run recorded."""
    before = len(replica.requests())
    started = time.perf_counter()
    done = crawl_replica("site", replica.url, data_dir=str(data), arguments={"file": str(site)}, extra_env=env)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"crawl failed:\n{done.stderr[-3000:]}")
    with Archive.open(data_dir=data, database_url=f"sqlite:///{data / 'archive.sqlite'}") as archive:
        stats = archive.db.read(lambda c: c.exec_driver_sql("SELECT stats FROM crawl_runs").scalar_one())
        stats = json.loads(stats) if isinstance(stats, str) else stats
        statuses = dict(archive.db.read(lambda c: c.exec_driver_sql(
            "SELECT parse_status, count(*) FROM documents GROUP BY 1").all()))
        reports = archive.db.read(lambda c: c.exec_driver_sql("SELECT count(*) FROM reports").scalar_one())
    return {"seconds": seconds, "log": replica.requests(since=before), "stats": stats, "statuses": statuses,
            "reports": reports}


def best_of(runs: int, measure: Callable[[], float]) -> float:
    return min(measure() for _ in range(runs))


def ocr_rates(documents: int, workdir: Path) -> tuple[int, dict[int, float], float]:
    """Scanned PDFs archived and queued, then parsed by `parse-worker --drain` with 1 and 2 processes:
    pages, pages/s by process count, the parse processes' peak RSS (MB)."""
    import pypdfium2 as pdfium

    scans = [distinct(pool_documents(2, "scan")[i % 2], "pdf", f"scan {i}") for i in range(documents)]
    pages = sum(len(pdfium.PdfDocument(scan)) for scan in scans)
    seed = workdir / "ocr-seed"
    with Archive.open(data_dir=seed, database_url=f"sqlite:///{seed / 'archive.sqlite'}", warc=False) as archive:
        shas = [archive.store_document(scan, "application/pdf")[0].sha256 for scan in scans]
        archive.enqueue_parses([(sha, None) for sha in shas])
    rates, peak = {}, 0.0
    for processes in (1, 2):
        data = workdir / f"ocr-{processes}"
        shutil.copytree(seed, data)
        env = {**os.environ, "NIANBAO_DATA": str(data), "DATABASE_URL": f"sqlite:///{data / 'archive.sqlite'}"}
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "crawler", "parse-worker", "--drain", "--processes",
                               str(processes)], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        rates[processes] = pages / (time.perf_counter() - started)
        peak = max(peak, float(re.search(r"peak memory of a process (\d+) MB", done.stdout)[1]))
        with Archive.open(data_dir=data, database_url=env["DATABASE_URL"], warc=False) as archive:
            left = archive.parse_statuses(shas)["pending"]
        if left:
            sys.exit(f"parse-worker left {left} scanned documents unparsed")
    return pages, rates, peak


def steady(hosts: int, reports: int, ocr_documents: int) -> None:
    load_before = os.getloadavg()[0]
    names = [f"xxgk{k:02d}.{DOMAIN}" for k in range(1, hosts + 1)]
    mode = f"synthetic-site:reports={reports},attachments=docx"
    with tempfile.TemporaryDirectory(prefix="nianbao-steady.") as tmp, \
            Replica(modes=[mode], sites=("yaodu",)) as replica:
        work = Path(tmp)
        site = site_file(work, "dazhen", names)
        archive = crawl_site(replica, site, work / "archive", ARCHIVE_ONLY)
        urls = replica_urls(replica, archive["log"])
        # One slot per host for the crawl (16 at once in all); the bare spider asks one host, the replica: as many.
        bare, bare_rss = bare_crawl(urls, work, "steady", per_domain=16)
        full = crawl_site(replica, site, work / "full", {})
    load_after = os.getloadavg()[0]
    requests = len(urls)
    documents = sum(archive["statuses"].values())
    print(f"steady site: {hosts} hosts x {reports} report pages, each with a DOCX attachment: "
          f"{requests} requests, {documents} documents; load average {load_before:.1f} before, "
          f"{load_after:.1f} after (2 cores)")
    print(f"  bare Scrapy spider   {bare:7.1f} s {requests / bare:7.1f} req/s   peak RSS {bare_rss:.0f} MB")
    print(f"  archive (queued)     {archive['seconds']:7.1f} s {requests / archive['seconds']:7.1f} req/s   "
          f"crawl peak RSS {archive['stats']['nianbao/peak_rss_mb']:.0f} MB")
    parsed = sum(n for status, n in full["statuses"].items() if status != "pending")
    print(f"  full (parsed)        {full['seconds']:7.1f} s {requests / full['seconds']:7.1f} req/s   "
          f"crawl peak RSS {full['stats']['nianbao/peak_rss_mb']:.0f} MB, parse process peak RSS "
          f"{full['stats'].get('nianbao/parse/peak_rss_mb', 0):.0f} MB; "
          f"{full['stats'].get('nianbao/parse/processes_started', 0)} parse processes, {parsed} documents read "
          f"({full['reports']} reports)")
    startup()
    with tempfile.TemporaryDirectory(prefix="nianbao-ocr.") as tmp:
        pages, rates, peak = ocr_rates(ocr_documents, Path(tmp))
    print(f"ocr: 1 process {rates[1]:.2f} pages/s, 2 processes {rates[2]:.2f} pages/s ({rates[2] / rates[1]:.2f}x); "
          f"{pages} scanned pages, parse process peak RSS {peak:.0f} MB")
    print(f"steady: archive/bare={bare / archive['seconds']:.2f} full/bare={bare / full['seconds']:.2f}")


def startup() -> None:
    """`scrapy crawl` of a one-page site (robots.txt, one listing, one report page) against the bare spider."""
    with tempfile.TemporaryDirectory(prefix="nianbao-startup.") as tmp, \
            Replica(modes=["synthetic-site:reports=1"], sites=("yaodu",)) as replica:
        work = Path(tmp)
        site = site_file(work, "yiye", [f"www.{DOMAIN}"])
        counter = iter(range(100))
        runs = [crawl_site(replica, site, work / f"a{next(counter)}", ARCHIVE_ONLY) for _ in range(3)]
        archive = min(run["seconds"] for run in runs)
        full = best_of(3, lambda: crawl_site(replica, site, work / f"f{next(counter)}", {})["seconds"])
        urls = replica_urls(replica, runs[0]["log"])
        bare = best_of(3, lambda: bare_crawl(urls, work, "startup")[0])
    print(f"start-up, one-page site ({len(urls)} requests, best of 3): bare {bare:.2f} s, archive {archive:.2f} s "
          f"(bare/archive {bare / archive:.2f}), full {full:.2f} s (bare/full {bare / full:.2f})")


if __name__ == "__main__":
    main()
