"""Spider `chuanhui` against its recorded fixtures (strict playback): what is particular to this site.

Its report lists are drawn by JavaScript, which playback cannot run: test_every_site.py checks that the listings
go through the browser, and the reports themselves are found in the end-to-end test with the real Chromium
(tests/e2e)."""

from spiders.chuanhui import ChuanhuiSpider
from tests.spiders import site_checks
from tests.spiders.playback import crawl


def test_years_of_the_site_are_discovered_from_the_column_page() -> None:
    truth = site_checks.expected("chuanhui")
    year_columns = {r.url for r in crawl(ChuanhuiSpider).requested}
    years = {r["year"] for r in truth["reports"]}
    assert len([u for u in year_columns if u.rstrip("/").endswith(("n", "n/index.html"))]) >= len(years) - 1
