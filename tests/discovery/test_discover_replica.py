"""Discovery end to end against the offline replica: every site is crawled from its home page only.

Nothing here knows where a site keeps its reports: the start URL is the site's origin from the replica's
manifest, and every assertion compares with that manifest (reports, look-alikes, off-site links) or with what
the hand-written spiders' recorded fixtures name.  The sites are the five seed sites and the fictitious ones on
other CMS layouts (TRS .shtml, Henan two-level, a JSON-API list, a Hanweb platform on a sibling host, a
Sichuan-style script list, an old JSP portal, an ASP.NET portal paged by postback, a Zhejiang platform whose data
groups are POSTed).  Real Scrapy processes, the real SQLite archive and parser, the real Chromium (a challenge, a
script-drawn list).
"""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import sqlalchemy as sa
from warcio.archiveiterator import ArchiveIterator

from crawler.discovery.domains import on_domain, registrable_domain
from crawler.discovery.pin import site_name
from replica import Replica, site_names
from replica.demo import crawl_replica, replicated_sites, score
from tests.discovery.archive_reading import archived_urls, crawl_stats, open_archive

pytestmark = [pytest.mark.slow, pytest.mark.browser]

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PINNED = Path(__file__).resolve().parent / "pinned"  # what discovery pinned of the fictitious sites, committed
BUDGET = 500
NEW_SITE_RECALL = 0.95
_PAGE_FORM = re.compile(r"/(?:index|list|default)[_-]?\d+\.\w+$")


@dataclass
class Site:
    """One site to discover: a registrable domain of the replica (one or more hosts), started at its home page."""

    name: str
    domain: str
    start_url: str
    members: set[str]  # manifest site names on the domain
    seed: bool  # a site with a spider of its own (one of the five hand-written ones)
    data_dir: Path = Path()
    pin: Path = Path()
    returncode: int = 0
    stderr: str = ""
    requests: list[dict] = field(default_factory=list)

    def archived(self) -> set[str]:
        return archived_urls(self.data_dir)

    def stats(self) -> dict:
        return crawl_stats(self.data_dir)


def sites_of(manifest: dict) -> list[Site]:
    spider_sites = {name for names in replicated_sites().values() for name in names}
    domains: dict[str, list[dict]] = defaultdict(list)
    for site in manifest["sites"]:
        domains[registrable_domain(site["host"])].append(site)
    out = []
    for domain, members in domains.items():
        home = next((s for s in members if s["host"].startswith("www.")), members[0])
        out.append(Site(site_name(home["host"]), domain, home["origin"] + "/", {s["name"] for s in members},
                        seed=any(s["name"] in spider_sites for s in members)))
    return out


def on(site: Site, log: list[dict]) -> list[dict]:
    return [entry for entry in log if on_domain(entry["url"], site.domain)]


@pytest.fixture(scope="module")
def replica(chromium_path: str) -> Iterator[Replica]:
    with Replica(sites=site_names()) as running:
        yield running


@pytest.fixture(scope="module")
def discovered(replica: Replica, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Site]:
    """`scrapy crawl discover -a start_url=<home page> -a pin=…` for every site, two at a time."""
    sites = sites_of(replica.manifest())
    before = len(replica.requests())

    def discover(site: Site) -> None:
        site.data_dir = tmp_path_factory.mktemp(f"discover-{site.name}")
        site.pin = site.data_dir / f"{site.name}.toml"
        done = crawl_replica("discover", replica.url, data_dir=str(site.data_dir),
                             arguments={"start_url": site.start_url, "pin": str(site.pin)})
        site.returncode, site.stderr = done.returncode, done.stderr

    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(discover, sites))
    log = replica.requests(since=before)
    for site in sites:
        assert site.returncode == 0, f"discovery of {site.start_url} failed:\n{site.stderr[-3000:]}"
        site.requests = on(site, log)
    return {site.name: site for site in sites}


def test_every_report_found_and_nothing_else_stored_within_the_budget(discovered: dict[str, Site],
                                                                      replica: Replica) -> None:
    manifest = replica.manifest()
    assert {site.seed for site in discovered.values()} == {True, False}, "seed sites and new layouts are both run"
    for site in discovered.values():
        result = score(manifest, site.archived(), site.members)
        floor = 1.0 if site.seed else NEW_SITE_RECALL
        assert result.published and result.found >= floor * result.published, (site.name, str(result))
        assert not result.wrong, (site.name, "stored as reports but not reports:", result.wrong)
        assert len(site.requests) <= BUDGET, (site.name, len(site.requests))
        assert site.stats()["discover/requests"] <= BUDGET


def test_each_discovered_site_is_filed_under_its_own_name_and_government(discovered: dict[str, Site]) -> None:
    """Never all under `discover` with the spider's docstring for a region: the site's name from its host (as
    discover-pin names it), its government from its home page, the region of its reports."""
    filed = {}
    for site in discovered.values():
        with open_archive(site.data_dir) as archive:
            filed[site.name] = archive.db.read(lambda conn: [conn.execute(sa.text(sql)).all() for sql in (
                "SELECT DISTINCT spider FROM crawl_runs", "SELECT slug, name FROM sites WHERE slug != 'local'",
                "SELECT DISTINCT region FROM report_overview")])
    for site in discovered.values():
        runs, sites, regions = filed[site.name]
        assert runs == [(site.name,)] and [slug for slug, _ in sites] == [site.name], filed
        government, separator, host = (sites[0][1] or "").partition(" — ")
        assert separator and government.strip() and urlsplit(site.start_url).hostname == host, filed
        assert regions == [(government,)], filed


def test_on_the_seed_sites_discovery_reaches_what_the_hand_written_spiders_reach(
        discovered: dict[str, Site]) -> None:
    for site in (s for s in discovered.values() if s.seed):
        (spider,) = site.members
        expected = json.loads((FIXTURES / spider / "expected.json").read_text(encoding="utf-8"))
        wanted = {r["url"] for r in expected["reports"]} | {f for r in expected["reports"] for f in r["files"]}
        fetched = {entry["url"] for entry in site.requests if entry["status"] == 200}
        assert not wanted - fetched, (spider, sorted(wanted - fetched))


def test_no_look_alike_off_site_link_or_guessed_url_is_fetched(discovered: dict[str, Site], replica: Replica) -> None:
    manifest = replica.manifest()
    offsite = {link["url"] for link in manifest["offsite_links"]}
    for site in discovered.values():
        requested = {entry["url"] for entry in site.requests}
        lookalikes = {n["url"] for n in manifest["non_reports"] if n["site"] in site.members
                      and n["kind"] in ("lookalike", "guide")}
        assert not requested & lookalikes, (site.name, sorted(requested & lookalikes))
        assert not requested & offsite, (site.name, sorted(requested & offsite))
        # A URL the site does not have is only ever a probed list page (a pager shown without its links).
        missing = [entry["url"] for entry in site.requests if entry["status"] == 404]
        assert all(_PAGE_FORM.search(urlsplit(url).path) for url in missing), (site.name, missing)
        assert len(missing) <= 4, (site.name, missing)
    unknown_hosts = [m for m in replica.misses() if m.get("reason") == "unknown host"]
    assert not unknown_hosts, unknown_hosts


def test_lists_paged_by_post_are_followed_and_each_post_is_in_the_warc_with_its_body(
        discovered: dict[str, Site]) -> None:
    """Postback pagers and POSTed data groups: every POST a site saw is a request record of the crawl's WARC, its
    method and form body kept (an archive replays the exchange as it happened)."""
    posting = [site for site in discovered.values() if any(e["method"] == "POST" for e in site.requests)]
    assert posting, "no replica site pages a list by POST"
    for site in posting:
        posted = {entry["url"] for entry in site.requests if entry["method"] == "POST"}
        recorded: dict[str, list[bytes]] = defaultdict(list)
        for path in (site.data_dir / "warcs").rglob("*.warc*"):
            with path.open("rb") as stream:
                for record in ArchiveIterator(stream):
                    if record.rec_type == "request" and record.http_headers.protocol == "POST":
                        target = record.rec_headers.get_header("WARC-Target-URI")
                        recorded[target].append(record.content_stream().read())
        assert posted <= set(recorded), (site.name, sorted(posted - set(recorded)))
        assert all(body and b"=" in body for bodies in recorded.values() for body in bodies), site.name


def test_found_reports_go_through_the_same_archive_and_parser(discovered: dict[str, Site], replica: Replica) -> None:
    by_url = {d["url"]: report for report in replica.manifest()["reports"] for d in report["documents"]}
    checked = 0
    for site in discovered.values():
        with open_archive(site.data_dir) as archive:
            rows = archive.report_list()
        for row in rows:
            truth = next((by_url[url] for url in row["urls"] if url in by_url), None)
            if truth is None or truth["template"] is None:
                continue
            assert row["year"] == truth["year"] and row["template"] is not None, (row["urls"], row["year"])
            checked += 1
    assert checked >= sum(1 for r in replica.manifest()["reports"] if r["template"]) * 0.9


def test_the_request_budget_is_a_hard_bound(replica: Replica, tmp_path: Path) -> None:
    site = max(sites_of(replica.manifest()), key=lambda s: len(s.members) * 100 + len(s.name))
    before = len(replica.requests())
    done = crawl_replica("discover", replica.url, data_dir=str(tmp_path),
                         arguments={"start_url": site.start_url, "max_pages": "20"})
    assert done.returncode == 0, done.stderr[-2000:]
    sent = on(site, replica.requests(since=before))
    assert len(sent) <= 20, len(sent)
    stats = crawl_stats(tmp_path)
    assert stats["discover/budget_exhausted"] == 1 and stats["discover/requests"] <= 20


def test_a_pinned_site_file_crawls_the_same_reports_without_the_search(
        discovered: dict[str, Site], replica: Replica, tmp_path_factory: pytest.TempPathFactory) -> None:
    """`scrapy crawl site -a file=<the file discovery pinned>`: the same reports, from the pinned columns only
    (on the sites without a hand-written spider: the ones that need a site file)."""
    new_sites = [site for site in discovered.values() if not site.seed]
    before = len(replica.requests())
    data_dirs = {site.name: tmp_path_factory.mktemp(f"site-{site.name}") for site in new_sites}

    def crawl(site: Site) -> tuple[Site, int, str]:
        done = crawl_replica("site", replica.url, data_dir=str(data_dirs[site.name]),
                             arguments={"file": str(site.pin)})
        return site, done.returncode, done.stderr

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(crawl, new_sites))
    log = replica.requests(since=before)
    for site, returncode, stderr in results:
        assert returncode == 0, stderr[-3000:]
        sent = on(site, log)
        assert archived_urls(data_dirs[site.name]) == site.archived(), site.name
        home = {site.start_url, site.start_url + "index.html"}
        assert not home & {entry["url"] for entry in sent}, f"{site.name}: the site crawl searched from the home page"
        extra = Counter(e["url"] for e in sent) - Counter(e["url"] for e in site.requests)
        assert len(sent) <= len(site.requests), (site.name, len(sent), len(site.requests), dict(extra))


def test_the_committed_site_files_are_what_discovery_pins_today(discovered: dict[str, Site]) -> None:
    committed = {path.stem: tomllib.loads(path.read_text(encoding="utf-8"))
                 for path in PINNED.glob("*.toml")}
    compared = 0
    for site in discovered.values():
        if site.name not in committed:
            continue
        pinned = tomllib.loads(site.pin.read_text(encoding="utf-8"))
        for key in ("start_url", "listing_urls", "data_urls", "js_listing"):
            assert committed[site.name][key] == pinned[key], (site.name, key)
        compared += 1
    assert compared == len(committed)


def test_a_start_page_served_only_under_its_file_name_is_found(replica: Replica, tmp_path: Path) -> None:
    """Servers that serve no directory index: the start URL `…/dir/` fails, `…/dir/index.shtml` (or another
    usual name) is tried next.  The directory is taken from the replica's routes, not known in advance."""
    routes = {route["url"] for route in replica.routes()}
    page = next(url for url in sorted(routes) if re.search(r"/index\.(?:shtml|htm|jsp|php)$", url)
                and url.rsplit("/", 1)[0] + "/" not in routes and url.count("/") == 4)
    directory = page.rsplit("/", 1)[0] + "/"
    before = len(replica.requests())
    done = crawl_replica("discover", replica.url, data_dir=str(tmp_path),
                         arguments={"start_url": directory, "max_pages": "60"})
    assert done.returncode == 0, done.stderr[-2000:]
    fetched = [entry["url"] for entry in replica.requests(since=before) if entry["status"] == 200]
    assert page in fetched and archived_urls(tmp_path), (page, fetched[:5])
