"""Spider `yindu` against its recorded fixtures (strict playback)."""

from spiders.yindu import YinduSpider
from tests.spiders import site_checks


def test_finds_every_report_and_nothing_else() -> None:
    site_checks.finds_every_report(YinduSpider)


def test_years_and_agency_arguments() -> None:
    site_checks.filters_by_year_and_agency(YinduSpider, (2021, 2022), "信访局")


def test_sample_stops_after_one_report() -> None:
    site_checks.sample_stops_after_one_report(YinduSpider)
