"""`python -m replica demo`: the offline replica → a crawl of every site → the archive → a coverage table.

This is what `make demo` runs.  The sites are the spider loader's government sites (crawler/sites.py) that the
replica reproduces (a replica site whose host the spider crawls); a site without a replica is named and skipped.
The replica serves them on 127.0.0.1; each spider runs as its own `scrapy crawl` process (as the scheduler runs
them) with REPLICA_URL set, so the URLs in the archive are the real ones.  The archive is the default embedded one
(NIANBAO_DATA, default ./data); run the demo twice to see a recrawl that downloads nothing unchanged.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from crawler import coverage
from crawler.errors import NianbaoError
from crawler.sites import government_sites
from replica.api import Replica
from replica.build import site_modules
from storage.archive import Archive

HELP = "crawl an offline replica of every site into the archive and print what was found"
ROOT = Path(__file__).resolve().parent.parent


def replicated_sites() -> dict[str, tuple[str, ...]]:
    """Each government site of the spider loader that the replica reproduces → the replica's sites it crawls
    (one, or several hosts of a pinned site's domain), by spider name."""
    hosts = {name: module.SITE.host for name, module in site_modules().items()}
    covered = {site.name: tuple(name for name, host in hosts.items() if site.covers(host))
               for site in government_sites()}
    return {name: replica_sites for name, replica_sites in covered.items() if replica_sites}


def redesigned_sites(replicated: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Those of `replicated` that the redesign mode moves: every replica site they crawl declares how it was
    redesigned (a site module's `REDESIGN` plan, replica/redesign.py; a site without one is built as it is)."""
    modules = site_modules()
    return {spider: names for spider, names in replicated.items()
            if all(getattr(modules[name], "REDESIGN", None) is not None for name in names)}


def replica_sites(replicated: dict[str, tuple[str, ...]], spiders: Iterable[str] | None = None) -> tuple[str, ...]:
    """The replica's sites that `spiders` (default: every one of `replicated`) crawl, each once: what to build."""
    return tuple(dict.fromkeys(name for spider in (spiders or replicated) for name in replicated[spider]))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("spiders", nargs="*", help="sites to crawl (default: every site the replica reproduces)")
    parser.add_argument("--polite", action="store_true",
                        help="keep the production politeness delays (slow; the replica is local, so off by default)")


def run(args: argparse.Namespace) -> int:
    sites = replicated_sites()
    unknown = sorted(set(args.spiders) - set(sites))
    if unknown:
        raise NianbaoError(f"unknown site(s): {', '.join(unknown)} (sites the replica reproduces: "
                           f"{', '.join(sites)})")
    spiders = args.spiders or list(sites)
    unreplicated = [site.name for site in government_sites() if site.name not in sites]
    if unreplicated and not args.spiders:
        print(f"no replica of {', '.join(unreplicated)}: not crawled", flush=True)
    built = replica_sites(sites, spiders)
    with Replica(sites=built) as replica:
        print(f"replica of {len(spiders)} sites at {replica.url}", flush=True)
        for spider in spiders:
            started = time.monotonic()
            print(f"crawling {spider} …", end=" ", flush=True)
            done = crawl_replica(spider, replica.url, polite=args.polite)
            print(f"{'done' if done.returncode == 0 else f'FAILED (exit {done.returncode})'} "
                  f"in {time.monotonic() - started:.1f} s", flush=True)
            if done.returncode != 0:
                sys.stderr.write(done.stderr[-4000:])
        manifest = replica.manifest()
        misses = replica.misses()
    with Archive.open() as archive:
        print()
        print(coverage.render(coverage.coverage(archive)))
        print()
        listed = archive.report_list()
        found = {url for report in listed for url in report["urls"]}
        print(score(manifest, found, set(built)))
        print(report_count(manifest, listed, set(built), set(spiders)))
        if misses:
            print(f"replica misses (requests for pages it does not have): {len(misses)}")
        print(f"archive: {archive.config.database_url}  (blobs and WARCs in {archive.config.data_dir})")
    return 0


def crawl_replica(spider: str, replica_url: str, *, polite: bool = False, data_dir: str | None = None,
                  arguments: dict[str, str] | None = None, extra_env: dict[str, str] | None = None,
                  settings: dict[str, str] | None = None, timeout: float | None = None
                  ) -> subprocess.CompletedProcess[str]:
    """One `scrapy crawl` of a site against the replica, as its own process (the way the scheduler runs crawls).
    `settings` are Scrapy settings given with `-s` (e.g. a short DOWNLOAD_TIMEOUT for fault tests); `timeout`
    bounds the process (subprocess.TimeoutExpired)."""
    env = {**os.environ, "REPLICA_URL": replica_url, "NIANBAO_OFFLINE": "1", "NIANBAO_POLITE": "1" if polite else "0",
           "NIANBAO_LOG_LEVEL": os.environ.get("NIANBAO_LOG_LEVEL", "WARNING")}
    if data_dir:
        env["NIANBAO_DATA"] = data_dir
    env |= extra_env or {}
    extra = [x for key, value in (arguments or {}).items() for x in ("-a", f"{key}={value}")]
    extra += [x for key, value in (settings or {}).items() for x in ("-s", f"{key}={value}")]
    return subprocess.run([sys.executable, "-m", "scrapy", "crawl", spider, *extra], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


@dataclass(frozen=True)
class Score:
    found: int
    published: int
    correct: int
    archived: int
    wrong: list[str]

    def __str__(self) -> str:
        recall = 100.0 * self.found / self.published if self.published else 100.0
        precision = 100.0 * self.correct / self.archived if self.archived else 100.0
        return (f"recall {self.found}/{self.published} = {recall:.1f} %   precision {self.correct}/{self.archived} = "
                f"{precision:.1f} %" + (f"   not reports: {self.wrong[:5]}" if self.wrong else ""))


def report_count(manifest: dict, listed: list[dict], sites: set[str], spiders: set[str]) -> str:
    """The archive's reports of the crawled sites against the replica's distinct published reports (a report posted
    in two columns is one): a report counted once, a revision as a second version of it, never a second report."""
    published = sum(1 for r in manifest["reports"] if r["site"] in sites and not r.get("duplicate_of"))
    reports = [r for r in listed if r["site"] in spiders]
    revised = sum(1 for r in reports if r["version"] > 1)
    documents = sum(len(r["sources"]) for r in reports)
    return (f"reports {len(reports)} for {published} published by the replica (from {documents} documents; "
            f"{revised} with more than one version)")


def score(manifest: dict, archived_urls: set[str], sites: set[str]) -> Score:
    """Recall and precision against the replica's ground truth for its `sites`: a report counts as found when its
    page or one of its files is archived as a report; an archived report whose URL the replica does not list as a
    report is a false positive."""
    published = [r for r in manifest["reports"] if r["site"] in sites]
    reports = [r for r in published if not r.get("duplicate_of")]
    report_urls = {u for r in published for u in (r["detail_url"], *r.get("attachment_urls", ()))}
    hit = sum(1 for r in reports if {r["detail_url"], *r.get("attachment_urls", ())} & archived_urls)
    wrong = sorted(archived_urls - report_urls)
    return Score(hit, len(reports), len(archived_urls) - len(wrong), len(archived_urls), wrong)
