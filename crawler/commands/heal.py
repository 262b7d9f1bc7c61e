"""`python -m crawler heal SITE [--apply]`: the update a site's definition needs after its listings moved.

When a site spider's configured listings are gone, the spider searches the site from its home page and its crawl
run records what failed and where the search found reports (crawler/healing.py; `scheduler.py --status` raises the
alarm).  This prints that record and the update it suggests — for a hand-written spider its `listing_urls` (as a
diff of `spiders/<site>.py`), for a pinned site its site file (as discover-pin writes one) — and with `--apply`
writes it.  The operator then reviews the spider's docstring (its Listings and Evidence must name what is now
configured) and its `sub_listing_text`, records the fixtures again and runs the site's tests (docs/adding-a-site.md).
"""

from __future__ import annotations

import argparse
import ast
import difflib
import inspect
import sys
from pathlib import Path

from crawler import healing
from crawler.discovery.sitefile import healed_site, load_site, render_site
from crawler.errors import NianbaoError
from crawler.schedule import history
from crawler.sites import government_sites
from storage.archive import Archive

HELP = "show (and --apply) the listing update a site needs after its configured listings moved"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("site", help="the site (a name `python -m crawler sites` lists)")
    parser.add_argument("--apply", action="store_true", help="write the update into the spider or site file")


def run(args: argparse.Namespace) -> int:
    sites = {site.name: site for site in government_sites()}
    if args.site not in sites:
        raise NianbaoError(f"unknown site {args.site!r} (sites: {', '.join(sites)})")
    spider = sites[args.site].spider
    with Archive.open_for_reading() as archive:
        record = history.last_runs(archive, [args.site])[args.site]
    if record is None:
        raise NianbaoError(f"{args.site} was never crawled into this archive")
    result = healing.recorded(record.stats)
    if result is None:
        print(f"{args.site}: its last crawl ({record.key}) found reports on its configured listings; nothing to heal")
        return 0
    print(f"{args.site}: configured listings gone in the crawl {record.key} ({record.started_at:%Y-%m-%d}):")
    for url, why in result.failed.items():
        print(f"  {url}  ({why})")
    found = [*result.found, *result.found_data]
    print("the fallback search found reports on:" if found else "the fallback search found no report column.")
    for url in found:
        print(f"  {url}")
    if not result.suggested:
        return 1
    site_file = getattr(spider, "site_file", None)
    path, old, new = _site_file_update(site_file, result) if site_file else _spider_update(spider, result)
    sys.stdout.writelines(difflib.unified_diff(old.splitlines(keepends=True), new.splitlines(keepends=True),
                                               str(path), str(path)))
    if not args.apply:
        print(f"apply it with: nianbao heal {args.site} --apply")
        return 0
    try:
        path.write_text(new, encoding="utf-8")
    except OSError as exc:
        raise NianbaoError(f"cannot write {path}: {exc.strerror or exc}") from None
    print(f"{path} updated: review its docstring's Listings and Evidence (and sub_listing_text), record the "
          f"fixtures again (python -m tests.spiders.record {args.site}) and run its tests", file=sys.stderr)
    return 0


def _spider_update(spider: type, result: healing.Outcome) -> tuple[Path, str, str]:
    """The spider module with its class's `listing_urls` replaced by the suggested listings (the site's own
    catalogue, configured as `gkmlpt_index`, stays where it is)."""
    source = inspect.getsourcefile(spider)
    if source is None:
        raise NianbaoError(f"the source of {spider.__name__} is not a file")
    path = Path(source)
    old = path.read_text(encoding="utf-8")
    assignment = _listing_assignment(ast.parse(old), spider.__name__)
    if assignment is None:
        raise NianbaoError(f"{path}: {spider.__name__} assigns no listing_urls")
    catalogue = getattr(spider, "gkmlpt_index", None)
    urls = [url for url in result.suggested if url != catalogue]
    indent = " " * assignment.col_offset
    lines = old.splitlines(keepends=True)
    written = "".join([f"{indent}listing_urls = (\n", *(f'{indent}    "{url}",\n' for url in urls), f"{indent})\n"])
    new = "".join([*lines[:assignment.lineno - 1], written, *lines[assignment.end_lineno or assignment.lineno:]])
    return path, old, new


def _listing_assignment(module: ast.Module, class_name: str) -> ast.Assign | None:
    for node in module.body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            for statement in node.body:
                if isinstance(statement, ast.Assign) and any(
                        isinstance(target, ast.Name) and target.id == "listing_urls" for target in statement.targets):
                    return statement
    return None


def _site_file_update(path: Path, result: healing.Outcome) -> tuple[Path, str, str]:
    """The site file with the suggested listings and the data URLs the search found."""
    updated = healed_site(load_site(path=path), result.suggested, result.found_data)
    return path, path.read_text(encoding="utf-8"), render_site(updated)
