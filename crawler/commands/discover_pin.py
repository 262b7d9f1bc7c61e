"""`nianbao discover-pin URL`: discover a site's reports and pin what was found as a site file `<name>.toml` in the
data directory's `sites/` (NIANBAO_SITES, or --sites-dir), never in the repository's working tree.

Runs `scrapy crawl discover -a start_url=URL -a pin=…` as its own process (as the scheduler runs crawls; the
reports found are archived as by any crawl, into NIANBAO_DATA / DATABASE_URL; on a terminal it shows its progress
and summary), then puts the site file in place and prints it.  From then on the spider loader lists the site:
`nianbao crawl <name>` crawls it without the search, and the scheduler plans it.  A site meant to be part of the
project moves to the repository's sites/ with its fixtures (docs/adding-a-site.md).  REPLICA_URL in the
environment sends the crawl to the offline replica, as for every crawl.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from crawler.discovery.domains import DiscoveryError, check_start_url
from crawler.discovery.pin import site_name
from crawler.discovery.sitefile import load_site, site_path, sites_dir
from crawler.sites import spider_loader
from storage.config import StorageConfig

HELP = "discover a site's annual reports from its home page and pin them as a site file (a site of its own)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("start_url", help="the site's home page (a *.gov.cn host)")
    parser.add_argument("--name", help="the site file's name (default: from the host, www.qinglan.gov.cn → qinglan)")
    parser.add_argument("--max-pages", type=int, default=None, help="request budget of the discovery crawl (500)")
    parser.add_argument("--sites-dir", type=Path, default=None,
                        help="where to write the site file (default: NIANBAO_SITES, else DATA/sites/)")
    parser.add_argument("--force", action="store_true", help="replace an existing site file")


def run(args: argparse.Namespace) -> int:
    start_url = check_start_url(args.start_url)
    name = args.name or site_name(urlsplit(start_url).hostname or "")
    if args.max_pages is not None and args.max_pages < 1:
        raise DiscoveryError(f"--max-pages must be at least 1, not {args.max_pages}")
    directory = args.sites_dir or sites_dir()
    target = directory / site_path(name).name
    if target.exists() and not args.force:
        raise DiscoveryError(f"{target} exists; pass --force to replace it")
    with tempfile.TemporaryDirectory(prefix="nianbao-pin-") as work:
        pinned = Path(work) / f"{name}.toml"
        arguments = {"start_url": start_url, "pin": str(pinned), "name": name}
        if args.max_pages:
            arguments["max_pages"] = str(args.max_pages)
        done = crawl("discover", arguments)
        if done.returncode != 0:
            last = next((line for line in reversed((done.stderr or "").splitlines()) if line.strip()),
                        "its summary is above")
            raise DiscoveryError(f"the discovery crawl failed (exit {done.returncode}): {last.strip()}")
        if not pinned.exists():
            raise DiscoveryError(f"discovery found no report column on {start_url}: nothing pinned")
        site = load_site(path=pinned)
        try:
            directory.mkdir(parents=True, exist_ok=True)
            shutil.move(pinned, target)
        except OSError as exc:
            raise DiscoveryError(f"cannot write {target}: {exc.strerror or exc}") from None
    sys.stdout.write(target.read_text(encoding="utf-8"))
    print(f"{target}: {len(site.listing_urls)} listing(s), {len(site.data_urls)} data URL(s); "
          f"crawl it with: {_crawl_command(name, directory, target)}", file=sys.stderr)
    return 0


def _crawl_command(name: str, directory: Path, target: Path) -> str:
    """How to crawl the new file: by its name when the spider loader lists it as a site of its own."""
    if Path(directory).resolve() != sites_dir().resolve():
        return f"scrapy crawl site -a file={target}"
    if getattr(spider_loader().load(name), "site_file", None) is None:  # a spider of spiders/ has that name
        return f"scrapy crawl site -a name={name} (the spider {name!r} keeps the name; the loader leaves the file out)"
    return f"nianbao crawl {name}"


def crawl(spider: str, arguments: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """One `scrapy crawl` in its own process, into this command's archive whatever the directory.  On a terminal
    the crawl draws its progress and summary there (its log goes to DATA/logs/); otherwise its output is kept for
    the error message."""
    env = {**os.environ, "NIANBAO_LOG_LEVEL": os.environ.get("NIANBAO_LOG_LEVEL", "WARNING"),
           "NIANBAO_DATA": str(StorageConfig.from_env().data_dir), "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
    extra = [x for key, value in arguments.items() for x in ("-a", f"{key}={value}")]
    interactive = sys.stderr.isatty()
    return subprocess.run([sys.executable, "-m", "scrapy", "crawl", spider, *extra], env=env, text=True,
                          stdout=subprocess.PIPE, stderr=None if interactive else subprocess.PIPE)
