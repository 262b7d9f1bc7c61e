"""Spider `yaodu` against its recorded fixtures (strict playback): what is particular to this site.

The checks every site gets (fixtures, docstring evidence, every report reached and nothing else, `sample`) are in
tests/spiders/test_every_site.py."""

from spiders.yaodu import YaoduSpider
from tests.spiders import site_checks
from tests.spiders.playback import crawl


def test_years_and_agency_arguments() -> None:
    site_checks.filters_by_year_and_agency(YaoduSpider, (2021, 2022), "信访局")


def test_a_report_titled_as_linfen_titles_them_is_reached() -> None:
    """临汾市统计局 titles its report `…2023年度政府信息公开工作报告` (tjj.linfen.gov.cn, real-evidence.md)."""
    truth = site_checks.expected("yaodu")
    worded = [r["url"] for r in truth["reports"] if r["agency"] == "尧都区统计局"]
    items = {item.url: item for item in crawl(YaoduSpider).items}
    assert worded and all(url in items and items[url].year == 2023 for url in worded)
    assert items[worded[0]].title == "尧都区统计局2023年度政府信息公开工作报告"
