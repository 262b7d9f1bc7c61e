"""Every site the spider loader lists (crawler/sites.py: hand-written spiders and pinned site files), against its
recorded fixtures: a new site is checked here without a line of test code.

A site without fixtures fails, saying how to record them; its docstring must state where its reports are and
what shows it (a real URL); strict playback must reach every report the site publishes and nothing else.
"""

from __future__ import annotations

import pytest

from crawler.sites import Site, government_sites
from tests.spiders import site_checks

SITES = government_sites()


def test_the_loader_lists_sites() -> None:
    assert SITES, "the spider loader lists no government site"


@pytest.mark.parametrize("site", SITES, ids=[site.name for site in SITES])
def test_states_its_metadata_and_evidence(site: Site) -> None:
    site_checks.states_its_metadata_and_evidence(site.spider)


@pytest.mark.parametrize("site", SITES, ids=[site.name for site in SITES])
def test_finds_every_report_and_nothing_else(site: Site) -> None:
    if site.spider.js_listing:  # lists drawn by JavaScript: the end-to-end test reads them with the browser
        site_checks.reads_listings_in_the_browser(site.spider)
    else:
        site_checks.finds_every_report(site.spider)


@pytest.mark.parametrize("site", [s for s in SITES if not s.spider.js_listing],
                         ids=[s.name for s in SITES if not s.spider.js_listing])
def test_sample_stops_after_one_report(site: Site) -> None:
    site_checks.sample_stops_after_one_report(site.spider)
