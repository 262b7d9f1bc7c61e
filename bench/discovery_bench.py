"""What the search costs: discovery against the hand-written spiders, and a pinned site file against discovery.

Every site of the replica is crawled from its home page by `scrapy crawl discover`; each figure is printed with a
ratio to a baseline measured in the same run on the same replica:
- the five seed sites: the hand-written spider of the site (requests the site saw, wall time, reports found);
- the fictitious sites: `scrapy crawl site` from the site file that discovery pinned (no search).
Requests are counted in the replica's log on the site's domain (robots.txt, redirects, challenges, browser
renderings included).  Parsing is on (the pipeline runs as in production), politeness off (local replica).

Usage: python bench/discovery_bench.py [--sites haizhu,lutang,...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.discovery.domains import on_domain, registrable_domain  # noqa: E402
from crawler.discovery.pin import site_name  # noqa: E402
from replica import Replica, site_names  # noqa: E402
from replica.demo import crawl_replica, replicated_sites, score  # noqa: E402
from tests.discovery.archive_reading import archived_urls  # noqa: E402


def measure(replica: Replica, spider: str, arguments: dict[str, str], domain: str, members: set[str],
            work: Path) -> tuple[int, float, str]:
    data_dir = Path(tempfile.mkdtemp(prefix=f"{spider}-", dir=work))
    before = len(replica.requests())
    started = time.perf_counter()
    done = crawl_replica(spider, replica.url, data_dir=str(data_dir), arguments=arguments)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{spider} {arguments} failed:\n{done.stderr[-2000:]}")
    sent = [e for e in replica.requests(since=before) if on_domain(e["url"], domain)]
    result = score(replica.manifest(), archived_urls(data_dir), members)
    return len(sent), seconds, f"{result.found}/{result.published}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", help="comma-separated site names (default: all)")
    args = parser.parse_args()
    wanted = set(args.sites.split(",")) if args.sites else None
    spiders = replicated_sites()  # the hand-written (or pinned) spiders of replica sites
    with Replica(sites=site_names()) as replica, \
            tempfile.TemporaryDirectory(prefix="discovery-bench-") as work:
        groups: dict[str, list[dict]] = {}
        for site in replica.manifest()["sites"]:
            groups.setdefault(registrable_domain(site["host"]), []).append(site)
        print(f"{'site':10} {'baseline':>9} {'requests':>8} {'time s':>7} {'found':>6}   "
              f"{'discover':>8} {'time s':>7} {'found':>6}   {'requests ×':>10} {'time ×':>7}")
        for domain, members in groups.items():
            home = next((s for s in members if s["host"].startswith("www.")), members[0])
            name = site_name(home["host"])
            if wanted and name not in wanted:
                continue
            names = {s["name"] for s in members}
            pin = Path(work) / f"{name}.toml"
            found = measure(replica, "discover", {"start_url": home["origin"] + "/", "pin": str(pin)}, domain, names,
                            Path(work))
            spider = next((s for s, covered in spiders.items() if home["name"] in covered), None)
            if spider is not None:
                label, base = "spider", measure(replica, spider, {}, domain, names, Path(work))
            else:
                label, base = "site file", measure(replica, "site", {"file": str(pin)}, domain, names, Path(work))
            print(f"{name:10} {label:>9} {base[0]:8d} {base[1]:7.1f} {base[2]:>6}   {found[0]:8d} {found[1]:7.1f} "
                  f"{found[2]:>6}   {found[0] / base[0]:10.2f} {found[1] / base[1]:7.2f}", flush=True)


if __name__ == "__main__":
    main()
