"""Record a site's playback fixtures: `python -m tests.spiders.record [SITE…] [--live]`.

The sites are the spider loader's (crawler/sites.py); by default every one the offline replica reproduces.  Each
spider is walked exactly as the playback tests walk it over fixtures (tests/spiders/playback.py); every response
is saved as `tests/fixtures/<site>/<n>.<ext>` + `.meta.json` (real URL, status, headers, evidence).  A spider
never reads a document's bytes (the pipeline does), so document bodies are left out.  Playwright listings are not
recorded (the browser path is covered by the end-to-end tests).

From the replica (the default): each fixture carries the evidence the replica states for the page it models
(`seen` on the live site, `code` in public scraper code, `inferred` = assumed; replica/sites/<site>.py says which
fact stands on which real URL) and `"recorded_from": "replica"`; the replica's ground truth for the site is saved as
`expected.json` (report page and file URLs, look-alikes, off-site links), so tests compare against what the site
publishes, not against what the spider happened to find.

`--live`: from the real site, for a site the replica does not reproduce (needs the network, which this machine
does not have: run it where the site is reachable).  Politely: robots.txt obeyed, a pause between requests, the
crawler's User-Agent.  Evidence "seen"; `expected.json` is then only a draft of what the spider found, marked
`"checked": false`: compare it with the site in a browser (every report the site lists, nothing that is not one),
correct it and set `"checked": true` — the generic spider test refuses an unchecked ground truth.
"""

from __future__ import annotations

import argparse
import json
import mimetypes
import shutil
import sys
import time
import urllib.error
import urllib.request
import urllib.robotparser
from collections.abc import Callable
from urllib.parse import urlsplit

from scrapy import Request

from crawler.links import is_document
from crawler.settings import USER_AGENT
from crawler.sites import Site, government_sites
from crawler.transport import replica_url, replica_url_for
from replica import Replica, site_names
from replica.demo import replica_sites, replicated_sites
from tests.spiders.playback import FIXTURES, Fixture, Playback, crawl

# Headers worth keeping: the ones that change how a response is read.
KEPT_HEADERS = ("content-type", "content-disposition", "etag", "last-modified", "location")
LIVE_PAUSE = 1.0  # seconds between two requests to the real site


def record(site: Site, fetch: Callable[[Request], Fixture | None],
           evidence: Callable[[str], dict[str, str]]) -> tuple[list[Fixture], Playback]:
    """Walk the site's spider with `fetch`, saving every response it got (with what `evidence` says of its URL);
    the old fixtures are replaced."""
    folder = FIXTURES / site.name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    saved: list[Fixture] = []

    def keep(request: Request) -> Fixture | None:
        fixture = fetch(request)
        if fixture is not None:
            saved.append(fixture)
        return fixture

    result = crawl(site.spider, fetch=keep)
    for number, fixture in enumerate(saved):
        extension = mimetypes.guess_extension(fixture.headers.get("Content-Type", "").split(";")[0].strip()) or ".bin"
        body = folder / f"{number:03d}{extension}"
        meta = {"url": fixture.url, "status": fixture.status, "headers": fixture.headers, **evidence(fixture.url)}
        if is_document(fixture.url):
            meta["body"] = f"omitted ({len(fixture.body)} bytes)"  # keep the fixtures small
        else:
            body.write_bytes(fixture.body)
        body.with_name(body.name + ".meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
    return saved, result


def from_replica(site: Site, replica: Replica) -> int:
    def fetch(request: Request) -> Fixture | None:
        status, headers, body = replica.get(request.url)
        return Fixture(request.url, status, _kept(headers), body)

    routes = {route["url"]: route for route in replica.routes()}

    def evidence(url: str) -> dict[str, str]:
        route = routes.get(url) or routes.get(url.rstrip("/") + "/index.html") or {}
        note = {"note": route["note"]} if route.get("note") else {}
        return {"evidence": route.get("evidence", "inferred"), **note, "recorded_from": "replica"}

    saved, _ = record(site, fetch, evidence)
    truth = replica.manifest()
    mine = {s["name"] for s in truth["sites"] if site.covers(s["host"])}
    expected = {
        "reports": sorted(({"url": r["detail_url"], "year": r["year"], "agency": r["agency"],
                            "files": sorted(r.get("attachment_urls", ()))}
                           for r in truth["reports"] if r["site"] in mine), key=lambda r: r["url"]),
        "look_alikes": sorted({p["url"] for p in truth["non_reports"] if p.get("site") in mine}),
        "offsite": sorted({p["url"] for p in truth["offsite_links"] if p.get("site") in mine}),
    }
    _write_expected(site, expected)
    return len(saved)


def from_the_site(site: Site) -> int:
    """The real site (or, with REPLICA_URL set, the replica through the crawler's transport: how this is tested)."""
    relay = replica_url()
    robots: dict[str, urllib.robotparser.RobotFileParser] = {}

    def fetch(request: Request) -> Fixture | None:
        parts = urlsplit(request.url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in robots:
            robots[origin] = urllib.robotparser.RobotFileParser()
            status, _, body = _get(origin + "/robots.txt", relay)
            robots[origin].parse(body.decode("utf-8", "replace").splitlines() if status == 200 else [])
        if not robots[origin].can_fetch(USER_AGENT, request.url):
            print(f"  robots.txt forbids {request.url}", file=sys.stderr)
            return None
        time.sleep(0 if relay else LIVE_PAUSE)
        status, headers, body = _get(request.url, relay)
        return Fixture(request.url, status, _kept(headers), body)

    saved, result = record(site, fetch, lambda url: {"evidence": "seen", "recorded_from": "live"})
    files: dict[str, list[str]] = {}
    for item in result.items:
        if item.kind == "attachment" and item.page_url:
            files.setdefault(item.page_url, []).append(item.url)
    pages = {item.url: item for item in result.items if item.kind == "page" or not item.page_url}
    _write_expected(site, {
        "checked": False,
        "note": "drafted from the spider's own crawl: compare with the site in a browser, correct, then set "
                "checked to true",
        "reports": [{"url": url, "year": item.year, "agency": item.agency_hint, "files": sorted(files.get(url, []))}
                    for url, item in sorted(pages.items())],
        "look_alikes": [], "offsite": []})
    return len(saved)


def _get(url: str, relay: str | None) -> tuple[int, list[tuple[str, str]], bytes]:
    target = replica_url_for(url, relay) if relay else url
    request = urllib.request.Request(target, headers={"User-Agent": USER_AGENT, "Accept-Language": "zh-CN,zh;q=0.9"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:  # (redirects followed)
            return response.status, list(response.headers.items()), response.read()
    except urllib.error.HTTPError as error:
        return error.code, list(error.headers.items()), error.read()


def _kept(headers: list[tuple[str, str]]) -> dict[str, str]:
    return {k: v for k, v in headers if k.lower() in KEPT_HEADERS}


def _write_expected(site: Site, expected: dict) -> None:
    path = FIXTURES / site.name / "expected.json"
    path.write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.spiders.record", description=__doc__.splitlines()[0])
    parser.add_argument("sites", nargs="*", help="sites to record (default: every site the replica reproduces)")
    parser.add_argument("--live", action="store_true", help="record from the real site (needs the network)")
    args = parser.parse_args(argv)
    sites = {site.name: site for site in government_sites()}
    unknown = sorted(set(args.sites) - set(sites))
    if unknown:
        parser.error(f"not a site of the spider loader: {', '.join(unknown)} (sites: {', '.join(sites)})")
    if args.live:
        for name in args.sites or parser.error("name the sites to record live"):
            print(f"{name}: {from_the_site(sites[name])} responses recorded from the site; now check "
                  f"tests/fixtures/{name}/expected.json")
        return 0
    replicated = replicated_sites()
    chosen = args.sites or list(replicated)
    without = [name for name in chosen if name not in replicated]
    if without:
        parser.error(f"the replica does not reproduce {', '.join(without)}: record from the site with --live, or "
                     f"add a replica site module (replica/sites/; sites there: {', '.join(site_names())})")
    with Replica(modes=[], sites=replica_sites(replicated, chosen)) as replica:
        for name in chosen:  # the pages themselves; challenges are tested end to end
            print(f"{name}: {from_replica(sites[name], replica)} responses recorded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
