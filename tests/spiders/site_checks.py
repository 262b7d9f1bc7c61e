"""The checks every site's playback test makes (one test module per spider calls them with its site's facts)."""

from __future__ import annotations

import json
from collections.abc import Callable

from scrapy import Spider

from tests.spiders.playback import FIXTURES, Playback, crawl


def expected(name: str) -> dict:
    return json.loads((FIXTURES / name / "expected.json").read_text(encoding="utf-8"))


def finds_every_report(spider_cls: type[Spider], *, needs_browser: Callable[[str], bool] = lambda url: False
                       ) -> Playback:
    """Strict playback: every request has a fixture; every report page and file the site publishes is requested
    (except those only a browser can see); no look-alike and nothing off-site is requested."""
    truth = expected(spider_cls.name)
    result = crawl(spider_cls)
    assert not result.missing, f"requests without a fixture: {result.missing}"
    requested = {r.url for r in result.requested}
    wanted = {r["url"] for r in truth["reports"] if not needs_browser(r["url"])}
    wanted |= {f for r in truth["reports"] if not needs_browser(r["url"]) for f in r["files"]}
    assert wanted - requested == set(), f"reports not reached: {sorted(wanted - requested)}"
    assert not set(truth["look_alikes"]) & requested, "a look-alike (not a report) was requested"
    assert not set(truth["offsite"]) & requested, "an off-site link was fetched"
    items = {item.url for item in result.items}
    assert wanted <= items, f"reached but not yielded as items: {sorted(wanted - items)}"
    assert all(item.year for item in result.items if item.kind == "page")
    return result


def filters_by_year_and_agency(spider_cls: type[Spider], years: tuple[int, int], agency: str) -> None:
    truth = expected(spider_cls.name)
    result = crawl(spider_cls, years=f"{years[0]}-{years[1]}")
    pages = [i for i in result.items if i.kind == "page"]
    assert pages and all(years[0] <= i.year <= years[1] for i in pages), [(i.url, i.year) for i in pages]
    in_range = {r["url"] for r in truth["reports"] if years[0] <= r["year"] <= years[1]}
    assert in_range & {i.url for i in pages}
    result = crawl(spider_cls, agency=agency)
    pages = [i for i in result.items if i.kind == "page"]
    assert pages and all(agency in "".join((i.title or "").split()) for i in pages)


def sample_stops_after_one_report(spider_cls: type[Spider]) -> None:
    result = crawl(spider_cls, sample="1")
    assert len({i.url for i in result.items if i.kind == "page"} | {i.page_url or i.url for i in result.items}) == 1
