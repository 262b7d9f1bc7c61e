"""`python -m crawler sites`: the sites nianbao crawls, as the spider loader lists them (crawler/sites.py).

One line per government site: its name (`scrapy crawl <name>`), where it is defined (a spider module of
`spiders/`, or a pinned site file), the host (or domain) it crawls and the site's name from its docstring; then the
generic spiders, which need arguments.  This is the list the scheduler, the demo and the tests use.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os

from crawler.sites import government_sites, spider_loader

HELP = "list the sites crawled (the spider loader's government sites) and the generic spiders"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="one JSON object per site")


def run(args: argparse.Namespace) -> int:
    loader = spider_loader()
    sites = government_sites(loader)
    generic = sorted(set(loader.list()) - {site.name for site in sites})
    rows = [{"name": site.name, "defined_in": _defined_in(site.spider), "domain": site.domain, "title": site.title}
            for site in sites]
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return 0
    width = max((len(row["name"]) for row in rows), default=4)
    where = max((len(row["defined_in"]) for row in rows), default=4)
    for row in rows:
        print(f"{row['name']:<{width}}  {row['defined_in']:<{where}}  {row['title']}")
    print(f"{len(rows)} sites; generic spiders (they need arguments): {', '.join(generic) or 'none'}")
    return 0


def _defined_in(spider: type) -> str:
    path = getattr(spider, "site_file", None) or inspect.getsourcefile(spider)
    return os.path.relpath(path) if path else spider.__module__
