"""Self-healing site spiders, walked in playback against the replica (in-process, no Scrapy engine): in the
redesign mode every site has moved its annual-report columns, the configured listings answer 404 or send to the
home page, and each spider must still reach every report — through its fallback search from the home page, within
its request budget — and record what failed, what it found and the listings to configure instead.  On the sites as
they are, nothing falls back.  (The same with real `scrapy crawl` processes and an archive: tests/e2e.)"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from scrapy import Request

from crawler import healing
from crawler.links import within_column
from crawler.sites import Site, government_sites
from replica import Replica
from replica.demo import redesigned_sites, replica_sites, replicated_sites
from tests.spiders.playback import Fixture, Playback, crawl

SITES = [site for site in government_sites() if site.name in replicated_sites()]
MOVED = [site for site in SITES if site.name in redesigned_sites(replicated_sites())]  # (a replica site without
# a redesign plan is served as it is in the redesign mode)
NO_BROWSER = {"NIANBAO_HEAL_MAX_RENDERS": 0}  # (playback runs no browser)


@pytest.fixture(scope="module")
def redesigned() -> Iterator[Replica]:
    with Replica(modes=[], sites=replica_sites(redesigned_sites(replicated_sites())), redesign=True) as replica:
        yield replica


def walk(site: Site, replica: Replica) -> Playback:
    def fetch(request: Request) -> Fixture:
        status, headers, body = replica.get(request.url)
        return Fixture(request.url, status, dict(headers), body)

    return crawl(site.spider, fetch=fetch, idle=True, settings=NO_BROWSER)


@pytest.mark.parametrize("site", MOVED, ids=[site.name for site in MOVED])
def test_moved_listings_are_found_again_through_the_fallback_search(site: Site, redesigned: Replica) -> None:
    result = walk(site, redesigned)
    truth = redesigned.manifest()
    mine = {s["name"] for s in truth["sites"] if site.covers(s["host"])}
    requested = {request.url for request in result.requested}
    reports = [r for r in truth["reports"] if r["site"] in mine]
    missed = [r["detail_url"] for r in reports if not {r["detail_url"], *r["attachment_urls"]} & requested]
    assert reports and not missed, f"reports not reached: {missed}"
    assert not {n["url"] for n in truth["non_reports"] if n["site"] in mine} & requested, "a non-report was fetched"
    assert not redesigned.misses()
    stats = result.spider.crawler.stats.get_stats()
    moved = healing.recorded(stats)
    assert moved is not None and stats[healing.ALARM] == 1
    assert set(moved.failed) <= set(result.spider.listings.configured) and moved.failed
    assert moved.found and all(url not in moved.failed for url in moved.suggested)
    assert stats["discover/requests"] <= stats["discover/budget"]


@pytest.mark.parametrize("site", [s for s in SITES if not s.spider.js_listing],
                         ids=[s.name for s in SITES if not s.spider.js_listing])
def test_nothing_falls_back_where_the_listings_work(site: Site) -> None:
    with Replica(modes=[], sites=replica_sites(replicated_sites(), [site.name])) as replica:
        result = walk(site, replica)
        listed = {url for report in replica.manifest()["reports"] for url in report["listed_on"]}
    stats = result.spider.crawler.stats.get_stats()
    assert healing.ALARM not in stats and "nianbao/heal/searched" not in stats and result.items
    counts = stats[healing.ROOT_LINKS]  # what the next crawl compares with: every root's report links counted
    assert set(counts) == set(result.spider.listings.configured) and any(counts.values()), counts
    # (a column may be empty, as a department's often is: then it is counted 0, and none of its reports missed)
    assert not [root for root, count in counts.items() if not count and any(within_column(url, root)
                                                                          for url in listed)], counts
