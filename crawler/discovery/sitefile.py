"""Site files: `sites/<name>.toml`, what an operator pins about a site so it is crawled without Python.

Schema (sites/README.md, docs/discovery.md):

    name = "qinglan"                       # optional: the file's stem; the site's name in the archive
    title = "青岚县人民政府"                  # optional
    start_url = "http://www.qinglan.gov.cn/"
    listing_urls = ["http://…/zfxxgknb_31597/index.shtml"]   # report columns (at least one of listing_urls and
                                                             # data_urls): followed with their sub-columns,
                                                             # pages and script data
    data_urls = ["https://…/api/v1/channel/1024/docs?pageNo=1&pageSize=10"]   # JSON lists, paged
    js_listing = false                     # render listing pages in Chromium (lists drawn by JavaScript)
    follow_sub_listings = true             # follow columns linked below a listing

    [selectors]                            # optional CSS; the title test still decides what is a report
    report_links = "div.list a"            # only anchors matched here are report candidates
    next_page = "#page_div a.next"         # extra pager links

Every URL must be on the start URL's registrable domain, and that domain a government one (*.gov.cn).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.discovery.domains import DiscoveryError, check_start_url, on_domain, registrable_domain
from storage.config import StorageConfig

SITES_ENV = "NIANBAO_SITES"
# The project's own site files, committed in the checkout's sites/ (an installed wheel has none); an operator's are
# in the data directory's sites/ (sites_dir).
REPOSITORY_SITES_DIR = Path(__file__).resolve().parents[2] / "sites"
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
_KEYS = {"name", "title", "start_url", "listing_urls", "data_urls", "js_listing", "follow_sub_listings", "selectors",
         "pinned"}
_SELECTOR_KEYS = {"report_links", "next_page"}


@dataclass
class SiteFile:
    name: str
    start_url: str
    title: str | None = None
    listing_urls: list[str] = field(default_factory=list)
    data_urls: list[str] = field(default_factory=list)
    js_listing: bool = False
    follow_sub_listings: bool = True
    report_links: str | None = None  # CSS selector
    next_page: str | None = None  # CSS selector
    pinned: str | None = None  # how the file came about (discovery run, date)

    @property
    def domain(self) -> str:
        return registrable_domain(urlsplit(self.start_url).hostname or "")


def sites_dir() -> Path:
    """Where new site files are written (`discover-pin`): NIANBAO_SITES, else the data directory's `sites/` (an
    operator's pins are data, never files in the repository's working tree)."""
    if os.environ.get(SITES_ENV):
        return Path(os.environ[SITES_ENV])
    return StorageConfig.from_env().data_dir / "sites"


def sites_dirs() -> list[Path]:
    """Where site files are read from: NIANBAO_SITES alone, else the repository's sites/ and the data directory's."""
    if os.environ.get(SITES_ENV):
        return [sites_dir()]
    return list(dict.fromkeys([REPOSITORY_SITES_DIR, sites_dir()]))


def site_files() -> list[Path]:
    """The site files of the sites folders (each a pinned site of the spider loader), by folder and name."""
    return [path for directory in sites_dirs() if directory.is_dir() for path in sorted(directory.glob("*.toml"))]


def site_path(name: str) -> Path:
    """The site file of that name: the first folder holding it, else where `discover-pin` would write it."""
    if not _NAME.match(name or ""):
        raise DiscoveryError(f"site name must be lower-case letters, digits, - or _, not {name!r}")
    file_name = f"{name}.toml"
    return next((d / file_name for d in sites_dirs() if (d / file_name).is_file()), sites_dir() / file_name)


def load_site(name: str | None = None, path: str | Path | None = None) -> SiteFile:
    """The site file `sites/<name>.toml` (or `path`), checked; DiscoveryError names what is wrong."""
    if path is None:
        if not name:
            raise DiscoveryError("name a site file: scrapy crawl site -a name=<name> (or -a file=<path>)")
        path = site_path(name)
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        known = ", ".join(sorted({p.stem for p in [*path.parent.glob("*.toml"), *site_files()]})) or "none"
        raise DiscoveryError(f"no site file {path} (site files: {known})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DiscoveryError(f"cannot read site file {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise DiscoveryError(f"site file {path} is not valid TOML: {exc}") from None
    return parse_site(data, default_name=path.stem, origin=str(path))


def parse_site(data: dict[str, Any], *, default_name: str, origin: str = "site file") -> SiteFile:
    unknown = set(data) - _KEYS
    if unknown:
        raise DiscoveryError(f"{origin}: unknown key(s) {', '.join(sorted(unknown))} "
                             f"(known: {', '.join(sorted(_KEYS))})")
    selectors = data.get("selectors") or {}
    if not isinstance(selectors, dict) or set(selectors) - _SELECTOR_KEYS:
        raise DiscoveryError(f"{origin}: [selectors] may hold only {', '.join(sorted(_SELECTOR_KEYS))}")
    try:
        start_url = check_start_url(_text(data, "start_url", origin, required=True))
    except DiscoveryError as exc:
        raise DiscoveryError(f"{origin}: {exc}") from None
    site = SiteFile(
        name=_text(data, "name", origin) or default_name, start_url=start_url, title=_text(data, "title", origin),
        listing_urls=_urls(data, "listing_urls", origin), data_urls=_urls(data, "data_urls", origin),
        js_listing=_flag(data, "js_listing", origin, False),
        follow_sub_listings=_flag(data, "follow_sub_listings", origin, True),
        report_links=_text(selectors, "report_links", origin),
        next_page=_text(selectors, "next_page", origin), pinned=_text(data, "pinned", origin))
    if not _NAME.match(site.name):
        raise DiscoveryError(f"{origin}: name must be lower-case letters, digits, - or _, not {site.name!r}")
    for url in (*site.listing_urls, *site.data_urls):
        if not on_domain(url, site.domain):
            raise DiscoveryError(f"{origin}: {url} is not on the site's domain {site.domain}")
    if not site.listing_urls and not site.data_urls:  # the home page would make the whole site a "listing"
        raise DiscoveryError(f"{origin}: name the report columns (listing_urls) or their data (data_urls)")
    return site


def _text(data: dict[str, Any], key: str, origin: str, *, required: bool = False) -> str | None:
    value = data.get(key)
    if value is None:
        if required:
            raise DiscoveryError(f"{origin}: {key} is required")
        return None
    if not isinstance(value, str) or not value.strip():
        raise DiscoveryError(f"{origin}: {key} must be a non-empty string")
    return value.strip()


def _urls(data: dict[str, Any], key: str, origin: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DiscoveryError(f"{origin}: {key} must be a list of URLs")
    for url in value:
        if urlsplit(url).scheme not in ("http", "https"):
            raise DiscoveryError(f"{origin}: {key} holds {url!r}, not an http(s) URL")
    return list(dict.fromkeys(value))


def _flag(data: dict[str, Any], key: str, origin: str, default: bool) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise DiscoveryError(f"{origin}: {key} must be true or false")
    return value


def render_site(site: SiteFile) -> str:
    """The TOML text of a site file (strings JSON-quoted: valid TOML basic strings)."""
    def string(value: str) -> str:
        return json.dumps(value, ensure_ascii=False)

    def strings(values: list[str]) -> str:
        if not values:
            return "[]"
        return "[\n" + "".join(f"    {string(v)},\n" for v in values) + "]"

    lines = [f"# Site file for {site.title or site.name}: in sites/ it is the pinned site `scrapy crawl {site.name}`.",
             "# Schema: sites/README.md.  Written by discovery; edit freely (the crawl never rewrites it).",
             f"name = {string(site.name)}"]
    if site.title:
        lines.append(f"title = {string(site.title)}")
    lines += [f"start_url = {string(site.start_url)}", f"listing_urls = {strings(site.listing_urls)}",
              f"data_urls = {strings(site.data_urls)}", f"js_listing = {str(site.js_listing).lower()}",
              f"follow_sub_listings = {str(site.follow_sub_listings).lower()}"]
    if site.pinned:
        lines.append(f"pinned = {string(site.pinned)}")
    if site.report_links or site.next_page:
        lines.append("\n[selectors]")
        if site.report_links:
            lines.append(f"report_links = {string(site.report_links)}")
        if site.next_page:
            lines.append(f"next_page = {string(site.next_page)}")
    return "\n".join(lines) + "\n"


def write_site_file(site: SiteFile, path: str | Path) -> Path:
    """Write `site` to `path` (atomically), after checking it reads back as the same site."""
    path = Path(path)
    text = render_site(site)
    parse_site(tomllib.loads(text), default_name=site.name, origin=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise DiscoveryError(f"cannot write site file {path}: {exc.strerror or exc}") from None
    return path


def healed_site(site: SiteFile, suggested: list[str], found_data: list[str]) -> SiteFile:
    """`site` with the listings a fallback search suggested and the data URLs it found (crawler/healing.py)."""
    return replace(site, listing_urls=list(suggested), data_urls=list(dict.fromkeys([*site.data_urls, *found_data])),
                   pinned=f"{site.pinned or 'pinned'}; listings updated by the fallback search on {today()}")


def today() -> str:
    return dt.date.today().isoformat()
