"""Crawl throughput against the offline replica, politeness off, compared with a bare Scrapy spider.

For each site: the real spider crawls the replica into a fresh archive (recording, WARC, conditional GET, parsing);
then a bare Scrapy spider (no middlewares of ours, no pipeline, no archive) downloads exactly the URLs the real
crawl requested.  Both run as `scrapy` processes, one per site, so start-up costs are alike.  A third run of the
real spider without its parsing pipeline shows what archiving alone costs.  Printed: pages/s of each, the ratios,
and requests per report found.

Usage: python bench/crawl_bench.py [SITE ...]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from replica import Replica  # noqa: E402
from replica.demo import crawl_replica, replica_sites, replicated_sites, score  # noqa: E402
from storage.archive import Archive  # noqa: E402

BARE_SPIDER = '''
import json, scrapy
class Bare(scrapy.Spider):
    name = "bare"
    custom_settings = {"ROBOTSTXT_OBEY": False, "TELNETCONSOLE_ENABLED": False, "REMOTE_CONTROL_ENABLED": False,
                       "LOG_LEVEL": "WARNING", "CONCURRENT_REQUESTS_PER_DOMAIN": 8, "DOWNLOAD_DELAY": 0,
                       "COOKIES_ENABLED": False, "HTTPERROR_ALLOW_ALL": True}
    start_urls = json.load(open(URLS_FILE))
    def parse(self, response):
        pass
'''


def timed(run: Callable[..., object], *args: object, **kwargs: object) -> float:
    started = time.perf_counter()
    run(*args, **kwargs)
    return time.perf_counter() - started


def main() -> None:
    replicated = replicated_sites()
    sites = tuple(sys.argv[1:]) or tuple(replicated)
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
                                 extra_env={"NIANBAO_PIPELINES": "0"})
            urls = Path(tmp) / f"{site}.json"
            urls.write_text(json.dumps([replica.url + "/" + e["url"].split("://", 1)[1] for e in log
                                        if e["method"] == "GET"]))
            spider = Path(tmp) / f"bare_{site}.py"
            spider.write_text(f"URLS_FILE = {str(urls)!r}\n" + BARE_SPIDER)
            bare = timed(subprocess.run, [sys.executable, "-m", "scrapy", "runspider", str(spider)], cwd=tmp,
                         check=True, env={**os.environ, "SCRAPY_SETTINGS_MODULE": ""}, capture_output=True)
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


if __name__ == "__main__":
    main()
