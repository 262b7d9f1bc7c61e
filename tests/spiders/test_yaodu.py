"""Spider `yaodu` against its recorded fixtures (strict playback): what is particular to this site.

The checks every site gets (fixtures, docstring evidence, every report reached and nothing else, `sample`) are in
tests/spiders/test_every_site.py."""

from spiders.yaodu import YaoduSpider
from tests.spiders import site_checks


def test_years_and_agency_arguments() -> None:
    site_checks.filters_by_year_and_agency(YaoduSpider, (2021, 2022), "信访局")
