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
from crawler.sites import Site, government_sites
from replica import Replica
from replica.demo import replica_sites, replicated_sites
from tests.spiders.playback import Fixture, Playback, crawl

SITES = [site for site in government_sites() if site.name in replicated_sites()]
NO_BROWSER = {"NIANBAO_HEAL_MAX_RENDERS": 0}  # (playback runs no browser)


@pytest.fixture(scope="module")
def redesigned() -> Iterator[Replica]:
    with Replica(modes=[], sites=replica_sites(replicated_sites()), redesign=True) as replica:
        yield replica


def walk(site: Site, replica: Replica) -> Playback:
    def fetch(request: Request) -> Fixture:
        status, headers, body = replica.get(request.url)
        return Fixture(request.url, status, dict(headers), body)

    return crawl(site.spider, fetch=fetch, idle=True, settings=NO_BROWSER)


@pytest.mark.parametrize("site", SITES, ids=[site.name for site in SITES])
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
    stats = result.spider.crawler.stats.get_stats()
    assert healing.ALARM not in stats and "nianbao/heal/searched" not in stats and result.items
    assert all(count > 0 for count in stats[healing.ROOT_LINKS].values()), stats[healing.ROOT_LINKS]
