"""The synthetic national replica: sites named after registry rows, a manifest whose deadlines and late/missing
table follow the rule, and pages served through the relay (pager to every report; broken sites broken)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from crawler.registry.read import load_registry
from replica.national import NationalReplica, build_national
from replica.national.layouts import FAMILIES
from replica.national.plan import YEARS, plan_national

COUNT, SEED = 120, 5
HREF = re.compile(r'<a [^>]*href="([^"]+)"[^>]*>([^<]*)</a>')


@pytest.fixture(scope="module")
def national():
    with NationalReplica(COUNT, SEED) as replica:
        yield replica


def test_plan_is_deterministic_and_drawn_from_the_registry():
    first, again = plan_national(COUNT, SEED), plan_national(COUNT, SEED)
    assert first == again and len(first) == COUNT and first != plan_national(COUNT, SEED + 1)
    registry = load_registry()
    assert len({site.host for site in first}) == COUNT
    for site in first:
        assert registry[site.code].host == site.host and registry[site.code].name == site.name
    assert len({site.code[:2] for site in first}) > 20  # spread over the country


def test_manifest_follows_the_deadline_rule(national):
    truth = national.manifest()
    sites = {s["name"]: s for s in truth["sites"]}
    assert Counter(s["behaviour"] for s in sites.values()).keys() >= {"normal", "no-reports", "slow"}
    assert {s["layout"] for s in sites.values()} == set(FAMILIES)
    for report in truth["reports"]:
        site = sites[report["site"]]
        assert report["code"] == site["code"] and report["agency"].startswith(site["place"])
        assert report["government"] == (report["agency"] == site["government"])
        due = dt.date(report["year"] + 1, 3 if report["government"] else 1, 31)
        published = dt.date.fromisoformat(report["published"])
        assert report["deadline"] == due.isoformat()
        assert report["late"] == (published > due) and report["days_late"] == max(0, (published - due).days)
    assert any(r["late"] for r in truth["reports"]) and not all(r["late"] for r in truth["reports"])
    table = truth["national"]["late_missing"]
    assert len(table) == COUNT * len(YEARS)
    own = {(r["code"], r["year"]): r for r in truth["reports"] if r["government"]}
    for row in table:
        report = own.get((row["code"], row["year"]))
        assert (row["published"], row["late"]) == ((report["published"], report["late"]) if report else (None, None))
    no_reports = {s["code"] for s in sites.values() if s["behaviour"] == "no-reports"}
    assert all(row["published"] is None for row in table if row["code"] in no_reports)
    assert any(row["published"] is None for row in table if row["code"] not in no_reports)  # some years missing


def test_served_through_the_relay_every_report_reachable_from_the_listing(national):
    truth = national.manifest()
    for site in [s for s in truth["sites"] if s["behaviour"] == "normal"][:16]:
        origin = site["origin"]
        status, _, home = national.get(origin + "/")
        disclosure = origin + dict((t, h) for h, t in HREF.findall(home.decode()))["政府信息公开"]
        status, _, page = national.get(disclosure)
        column = origin + dict((t, h) for h, t in HREF.findall(page.decode()))["政府信息公开年报"]
        reports = [r for r in truth["reports"] if r["site"] == site["name"]]
        listings = {url for r in reports for url in r["listed_on"]}
        assert column in listings
        for url in listings:
            status, _, body = national.get(url)
            html = body.decode("utf-8")
            assert status == 200
            hrefs = {origin + h for h, _ in HREF.findall(html)}
            assert {r["detail_url"] for r in reports if url in r["listed_on"]} <= hrefs, url
            if len(listings) > 1:  # the family's pager: a 下一页 link or the page count its script reads
                assert "一页" in html or f"countPage = {len(listings)}" in html or \
                    f"createPageHTML({len(listings)}," in html, url
        for report in reports[:2]:
            status, _, body = national.get(report["detail_url"])
            assert status == 200 and report["title"] in body.decode("utf-8")
    assert not national.misses()
    broken = next(s for s in truth["sites"] if s["behaviour"] == "broken-5xx")
    assert national.get(broken["origin"] + "/")[0] == 503


def test_report_pages_parse_to_the_manifest_tables():
    """What the parser reads from a (re-labelled, pooled) report page is the manifest's agency, year and tables."""
    from crawler.parse import parse_document

    build = build_national(12, SEED)
    entries = build.manifest.reports[::4]
    assert len(entries) > 8 and {e.year for e in entries} == set(YEARS)
    for entry in entries:
        resource = next(r for r in build.routes if r.url == entry.detail_url)
        parsed = parse_document(resource.body, resource.content_type, entry.detail_url)
        assert (parsed["agency"], parsed["year"], parsed["template"]) == (entry.agency, entry.year, entry.template)
        assert parsed["tables"] == entry.tables


def test_build_is_small_and_shares_its_report_bodies():
    build = build_national(40, SEED)
    assert len(build.sites) == 40
    bodies = {r.tables_source for r in build.manifest.reports}
    assert bodies == {"generator:national-pool"}
    assert all(r.tables for r in build.manifest.reports)


def test_serve_national_from_the_command_line(tmp_path):
    """`python -m replica serve --national N`: REPLICA_URL first, the national manifest at /__replica__/manifest."""
    import json
    import signal
    import subprocess
    import sys
    import urllib.request

    from tests.conftest import ROOT

    process = subprocess.Popen([sys.executable, "-m", "replica", "serve", "--national", "20", "--seed", str(SEED)],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = process.stdout.readline().strip()
        assert first.startswith("REPLICA_URL=http://127.0.0.1:"), first
        with urllib.request.urlopen(first.split("=", 1)[1] + "/__replica__/manifest", timeout=30) as response:
            truth = json.load(response)
        assert [s["code"] for s in truth["sites"]] == [s.code for s in plan_national(20, SEED)]
        assert len(truth["national"]["late_missing"]) == 20 * len(YEARS)
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
