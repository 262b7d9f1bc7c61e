"""The checks a site's playback tests make: every site gets them from test_every_site.py, its own test module
(tests/spiders/test_<site>.py) calls them with its site's facts."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest
from scrapy import Spider

from crawler.sites import spider_loader
from tests.spiders.playback import FIXTURES, Playback, crawl

RECORD_HINT = ("record them with `.venv/bin/python -m tests.spiders.record {name}` (from the offline replica) or "
               "`… record {name} --live` (from the real site; docs/adding-a-site.md)")
# What a site's docstring must state (the hand-written spiders' and the pinned sites' form: `Label   text`).
REQUIRED_FIELDS = ("Site", "Listings", "JS", "Evidence")
_FIELD = re.compile(r"^([A-Z][A-Za-z]*(?: [a-z]+)?)\s{2,}(\S.*)$")
_URL = re.compile(r"https?://\S+")
PLACEHOLDER = "TODO"


def spider(name: str) -> type[Spider]:
    """The site's spider, as the spider loader finds it (a hand-written spider or a pinned site file)."""
    return spider_loader().load(name)


def expected(name: str) -> dict:
    """The site's ground truth (tests/fixtures/<site>/expected.json); the test fails until it is recorded."""
    path = FIXTURES / name / "expected.json"
    if not path.exists():
        pytest.fail(f"no fixtures recorded for {name} ({path.parent}): " + RECORD_HINT.format(name=name))
    truth = json.loads(path.read_text(encoding="utf-8"))
    if truth.get("checked") is False:
        pytest.fail(f"{path} is a draft of what the spider found: compare it with the site in a browser, correct it "
                    "and set \"checked\": true")
    return truth


def docstring_fields(spider_cls: type[Spider]) -> dict[str, str]:
    """`Label   text` lines of the docstring after its first line; indented lines continue the field above."""
    fields: dict[str, str] = {}
    label = None
    for line in (spider_cls.__doc__ or "").splitlines()[1:]:
        match = _FIELD.match(line.strip())
        if match and not line.startswith(" " * 12):
            label = match[1]
            fields[label] = match[2]
        elif label and line.strip():
            fields[label] += " " + line.strip()
    return fields


def states_its_metadata_and_evidence(spider_cls: type[Spider]) -> None:
    """The first line names the site; the fields say where its reports are and what shows it (a real URL)."""
    doc = (spider_cls.__doc__ or "").strip()
    assert doc and " — " in doc.splitlines()[0], "first docstring line: `<site's name> — <host>`"
    fields = docstring_fields(spider_cls)
    missing = [label for label in REQUIRED_FIELDS if label not in fields]
    assert not missing, f"{spider_cls.name}'s docstring lacks {', '.join(missing)}"
    assert _URL.search(fields["Evidence"]), (
        f"{spider_cls.name}: Evidence names no URL — every structural fact names where it was seen (a real URL) "
        "or says it is assumed")
    assert PLACEHOLDER not in doc, f"{spider_cls.name}'s docstring still has {PLACEHOLDER} placeholders"


def finds_every_report(spider_cls: type[Spider], *, needs_browser: Callable[[str], bool] = lambda url: False
                       ) -> Playback:
    """Strict playback: every request has a fixture; every report page and file the site publishes is requested
    (except those only a browser can see); no look-alike and nothing off-site is requested."""
    truth = expected(spider_cls.name)
    result = crawl(spider_cls)
    assert not result.missing, f"requests without a fixture: {result.missing}; " + RECORD_HINT.format(
        name=spider_cls.name)
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


def reads_listings_in_the_browser(spider_cls: type[Spider]) -> None:
    """A site whose lists are drawn by JavaScript: its listings are requested through the browser, nothing else
    is (playback cannot run scripts: its reports are found by the end-to-end test with the real Chromium)."""
    expected(spider_cls.name)
    result = crawl(spider_cls)
    assert not result.missing, result.missing
    listings = [r for r in result.requested if r.callback == r.callback.__self__.parse_listing]
    assert listings and all(r.meta.get("playwright") for r in listings)
    assert all(not r.meta.get("playwright") for r in result.requested if r not in listings)


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
    expected(spider_cls.name)
    result = crawl(spider_cls, sample="1")
    assert len({i.url for i in result.items if i.kind == "page"} | {i.page_url or i.url for i in result.items}) == 1
