"""The synthetic national replica: sites named after registry rows, a manifest whose deadlines and late/missing
table follow the rule, and pages served through the relay (pager to every report; broken sites broken)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from crawler.registry.read import load_registry
from replica.national import NationalReplica, build_national
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
    assert len({s["layout"] for s in sites.values()}) == 3
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
    normal = [s for s in truth["sites"] if s["behaviour"] == "normal"][:12]
    for site in normal:
        expected = {r["detail_url"] for r in truth["reports"] if r["site"] == site["name"]}
        found, listing, seen = set(), site["origin"] + "/zfxxgk/zfxxgknb/index." + (
            "shtml" if site["layout"] == "shtml" else "html"), set()
        queue = [listing]
        while queue:
            url = queue.pop()
            if url in seen:
                continue
            seen.add(url)
            status, _, body = national.get(url)
            assert status == 200, url
            html = body.decode("utf-8")
            for href, title in HREF.findall(html):
                if "年度报告" in title:
                    found.add(site["origin"] + href)
                elif href.startswith("/zfxxgk/zfxxgknb/index"):
                    queue.append(site["origin"] + href)
            for page in re.findall(r'createPageHTML\((\d+), (\d+), "index", "(\w+)"\)', html):
                pages, ext = int(page[0]), page[2]
                queue += [site["origin"] + f"/zfxxgk/zfxxgknb/index{'' if n == 0 else f'_{n}'}.{ext}"
                          for n in range(pages)]
        assert found == expected, site["name"]
        for url in list(expected)[:2]:
            status, _, body = national.get(url)
            assert status == 200 and "政府信息公开工作年度报告" in body.decode("utf-8")
    assert not national.misses()
    broken = next(s for s in truth["sites"] if s["behaviour"] == "broken-5xx")
    assert national.get(broken["origin"] + "/")[0] == 503


def test_build_is_small_and_shares_its_report_bodies():
    build = build_national(40, SEED)
    assert len(build.sites) == 40
    bodies = {r.tables_source for r in build.manifest.reports}
    assert bodies == {"generator:national-pool"}
    assert all(r.tables for r in build.manifest.reports)
