"""`python -m crawler new-site NAME LISTING_URL…`: start a new site, in the style of `scrapy genspider`.

Writes the site's definition — a spider `spiders/<name>.py` (or with `--pinned` a site file `sites/<name>.toml`) —
with a docstring (or `pinned` line) skeleton that demands the evidence, its test module
`tests/spiders/test_<name>.py` and its fixture folder `tests/fixtures/<name>/`.  Nothing else is edited: the spider
loader finds the site, and with it the scheduler, the demo and the generic spider test (crawler/sites.py).  The
tests fail until the skeleton is filled in and real fixtures are recorded; docs/adding-a-site.md walks through it.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from urllib.parse import urlsplit

from crawler.discovery.domains import DiscoveryError, check_start_url
from crawler.discovery.sitefile import SiteFile, render_site
from crawler.errors import NianbaoError
from crawler.sites import spider_loader

HELP = "write a new site's spider (or --pinned site file), test module and fixture folder from templates"
ROOT = Path(__file__).resolve().parents[2]
# Also a run key's prefix and a [sites.<name>] table of the schedule (crawler/schedule/config.py).
_NAME = re.compile(r"[a-z][a-z0-9_]{1,39}")
TODO = "TODO"

SPIDER = '''from crawler.base import ReportSpider


class {cls}(ReportSpider):
    """{todo}: the site's name as it prints it (e.g. 某某市某某区人民政府) — {host}

    Site        {origin}/
    Listings    {todo}: where the annual-report column is and the columns below it, with the URL that shows it
    Agencies    {todo}: whose reports it lists (区政府办公室, departments, towns and subdistricts …)
    Platform    {todo}: the CMS, and what shows it (a URL), or "assumed"
    Pagination  {todo}: how a listing pages (index_1.html, 下一页 …), seen at <URL>
    Details     {todo}: the report pages' and attachments' URL shapes, seen at <URL>
    Encoding    {todo}: utf-8, GBK …
    JS          {todo}: no, or yes (the list is drawn by JavaScript: set js_listing = True)
    Evidence    {todo}: real URLs of the report column and of report pages seen on the site; say what is assumed
    Checked     {todo}: when and how (live, a stored copy)
    """

    name = "{name}"
    base_url = "{origin}"
    listing_urls = ({listings}
    )
'''

# The generated test's import, kept out of column 0 here: this module writes test code, it never imports it.
CHECKS_IMPORT = "from tests.spiders import site_checks"

TEST = '''"""Site `{name}` against its recorded fixtures (strict playback): what is particular to this site.

The checks every site gets (fixtures recorded, docstring evidence, every report reached and nothing else,
`sample`) are in tests/spiders/test_every_site.py.  Until the fixtures are recorded they fail; record them with
    .venv/bin/python -m tests.spiders.record {name} --live   # from the real site (docs/adding-a-site.md)
or without --live from the offline replica, if it reproduces the site (replica/sites/).
"""

{checks_import}


def test_years_and_agency_arguments() -> None:
    # A range of years and an agency the site has reports of (tests/fixtures/{name}/expected.json).
    site_checks.filters_by_year_and_agency(site_checks.spider("{name}"), (2021, 2022), "信访局")
'''

FIXTURES_README = '''# Fixtures of the site `{name}`

None recorded yet: the tests of `{name}` fail until they are.  Record them (this folder is replaced) with

    .venv/bin/python -m tests.spiders.record {name} --live   # from the real site: then check expected.json
    .venv/bin/python -m tests.spiders.record {name}          # from the offline replica, if it reproduces the site

See docs/adding-a-site.md.
'''


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", help="the site's name: lower-case letters, digits and _ (e.g. the district's pinyin)")
    parser.add_argument("listing_urls", nargs="+", metavar="LISTING_URL",
                        help="where the site's annual-report columns start (*.gov.cn URLs on one site)")
    parser.add_argument("--pinned", action="store_true",
                        help="a site file sites/<name>.toml instead of a spider (no Python: the site spider reads "
                             "its listings the way discovery does)")


def run(args: argparse.Namespace) -> int:
    if not _NAME.fullmatch(args.name):
        raise NianbaoError(f"site name must be 2–40 lower-case letters, digits or _ (starting with a letter), "
                           f"not {args.name!r}")
    try:
        listings = [check_start_url(url) for url in args.listing_urls]
    except DiscoveryError as exc:
        raise NianbaoError(f"listing URL: {exc}") from None
    parts = urlsplit(listings[0])
    origin = f"{parts.scheme}://{parts.netloc}"
    if not args.pinned and any(not url.startswith(origin + "/") for url in listings):
        raise NianbaoError(f"a spider's listings are on one host ({parts.netloc}); a site spanning hosts is pinned "
                           "(--pinned)")
    if not (ROOT / "scrapy.cfg").exists():
        raise NianbaoError(f"{ROOT} is not a checkout of the project: run new-site in one (it writes tests)")
    if args.name in spider_loader().list():
        raise NianbaoError(f"{args.name!r} is already a site or spider (python -m crawler sites)")
    values = {"name": args.name, "origin": origin, "host": parts.hostname, "todo": TODO,
              "listings": "".join(f'\n        "{url}",' for url in listings),
              "cls": "".join(word.capitalize() for word in args.name.split("_")) + "Spider"}
    # The project's own sites: committed with their tests (an operator's pins go to the data directory instead)
    definition = ROOT / ("sites" if args.pinned else "spiders") / f"{args.name}.{'toml' if args.pinned else 'py'}"
    files = {
        definition: _site_file(args.name, origin, listings) if args.pinned else SPIDER.format(**values),
        ROOT / "tests" / "spiders" / f"test_{args.name}.py": TEST.format(**values, checks_import=CHECKS_IMPORT),
        ROOT / "tests" / "fixtures" / args.name / "README.md": FIXTURES_README.format(**values),
    }
    existing = [path for path in files if path.exists()]
    if existing or (ROOT / "tests" / "fixtures" / args.name).exists():
        raise NianbaoError(f"{(existing or [ROOT / 'tests' / 'fixtures' / args.name])[0]} exists: nothing written")
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {_shown(path)}")
    what = f"the `pinned` line of {_shown(definition)}" if args.pinned else f"the docstring of {_shown(definition)}"
    print(f"next: 1. fill in {what}: every {TODO}, Evidence with real URLs\n"
          f"      2. record the fixtures: .venv/bin/python -m tests.spiders.record {args.name} --live, and check\n"
          f"         tests/fixtures/{args.name}/expected.json against the site\n"
          f"      3. .venv/bin/python -m pytest tests/spiders -k {args.name}   (docs/adding-a-site.md)")
    return 0


def _site_file(name: str, origin: str, listings: list[str]) -> str:
    site = SiteFile(name=name, start_url=origin + "/", listing_urls=listings,
                    pinned=f"{TODO}: where the report columns were seen (a real URL) and when")
    return render_site(site)


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
