"""The per-site table of discovery on the replica: recall, stored non-reports, requests, renders.

Every site of the replica (the five seed sites and the fictitious ones) is crawled from its home page by
`scrapy crawl discover`, two at a time, each into its own data directory; requests are counted in the replica's log
on the site's registrable domain (robots.txt, redirects, challenges and browser renderings included), renders from
the crawl's stats.  Prints a Markdown table (docs/discovery.md keeps it).

Usage: python bench/discovery_table.py [--sites haizhu,lutang,...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.discovery.domains import on_domain, registrable_domain  # noqa: E402
from crawler.discovery.pin import site_name  # noqa: E402
from replica import Replica, site_names  # noqa: E402
from replica.demo import crawl_replica, score  # noqa: E402
from tests.discovery.archive_reading import archived_urls, crawl_stats  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", help="comma-separated site names (default: all)")
    args = parser.parse_args()
    wanted = set(args.sites.split(",")) if args.sites else None
    with Replica(sites=site_names()) as replica, tempfile.TemporaryDirectory(prefix="discovery-table-") as work:
        manifest = replica.manifest()
        groups: dict[str, list[dict]] = {}
        for site in manifest["sites"]:
            groups.setdefault(registrable_domain(site["host"]), []).append(site)
        sites = []
        for domain, members in groups.items():
            home = next((s for s in members if s["host"].startswith("www.")), members[0])
            if wanted is None or site_name(home["host"]) in wanted:
                sites.append((site_name(home["host"]), domain, home["origin"] + "/", {s["name"] for s in members}))

        def discover(site: tuple[str, str, str, set[str]]) -> tuple[str, str, str, set[str], Path, int, str]:
            name, domain, start, members = site
            data_dir = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=work))
            done = crawl_replica("discover", replica.url, data_dir=str(data_dir), arguments={"start_url": start})
            return name, domain, start, members, data_dir, done.returncode, done.stderr

        before = len(replica.requests())
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(discover, sites))
        log = replica.requests(since=before)
        print("| site | reports | recall | stored non-reports | requests | renders |")
        print("|---|---|---|---|---|---|")
        for name, domain, _, members, data_dir, returncode, stderr in results:
            if returncode != 0:
                print(f"| {name} | crawl failed: {stderr.strip().splitlines()[-1] if stderr.strip() else returncode} "
                      "| | | | |")
                continue
            result = score(manifest, archived_urls(data_dir), members)
            requests = sum(1 for entry in log if on_domain(entry["url"], domain))
            renders = crawl_stats(data_dir).get("discover/renders", 0)
            recall = result.found / result.published if result.published else 0.0
            print(f"| {name} | {result.found}/{result.published} | {recall:.0%} | {len(result.wrong)} | {requests} | "
                  f"{renders} |", flush=True)


if __name__ == "__main__":
    main()
