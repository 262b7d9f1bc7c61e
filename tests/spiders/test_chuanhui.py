"""Spider `chuanhui` against its recorded fixtures (strict playback).

Its report lists are drawn by JavaScript, which playback cannot run: here the listing requests must go through the
browser; the reports themselves are found in the end-to-end test with the real Chromium (tests/e2e)."""

from spiders.chuanhui import ChuanhuiSpider
from tests.spiders import site_checks
from tests.spiders.playback import crawl


def test_listings_go_through_the_browser_and_nothing_else_does() -> None:
    result = crawl(ChuanhuiSpider)
    assert not result.missing, result.missing
    listings = [r for r in result.requested if r.callback == r.callback.__self__.parse_listing]
    assert listings and all(r.meta.get("playwright") for r in listings)
    assert all(not r.meta.get("playwright") for r in result.requested if r not in listings)


def test_years_of_the_site_are_discovered_from_the_column_page() -> None:
    truth = site_checks.expected("chuanhui")
    year_columns = {r.url for r in crawl(ChuanhuiSpider).requested}
    years = {r["year"] for r in truth["reports"]}
    assert len([u for u in year_columns if u.rstrip("/").endswith(("n", "n/index.html"))]) >= len(years) - 1
