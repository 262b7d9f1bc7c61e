"""From a discovery crawl's trail to a site file: the report columns to crawl next time, without the search.

For every page (or JSON list) that listed reports, the trail is climbed back over the list's own parts (its
further pages, probed pages, the data a page's script loads) and then up through parent columns, as long as the
way down went into sub-columns; the topmost column on that way whose link named the reports' column (年报 /
年度报告 words, a `…nb/`-style path) is pinned, so next year's new sub-columns are found under it.  A list that
only a browser could read is pinned by its data URL.  Report columns visited but empty today are pinned too (their
reports are still to come).  Pins below another pin are dropped: the site spider follows sub-columns.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from crawler.discovery.frontier import url_key
from crawler.discovery.sitefile import SiteFile, today
from crawler.discovery.trail import DATA, PAGE, PROBE, RENDER, SUB, Step, Trail, directory

_LIST_PARTS = (PAGE, PROBE)


def pin_site(start_url: str, trail: Trail, *, name: str | None = None, title: str | None = None) -> SiteFile:
    listings: list[str] = []
    data: list[str] = []
    for url in trail.productive:
        step = trail.get(url)
        if step is None:
            listings.append(url)
            continue
        first = _list_start(trail, step)
        if first.relation == RENDER:
            data.append(first.url)
        else:
            listings.append(_column(trail, _page_of(trail, first)).url)
    for step in trail.steps.values():  # report columns that list nothing yet
        column = step.strong and step.relation not in (*_LIST_PARTS, DATA, RENDER)
        if column and trail.was_visited(step) and _column(trail, step) is step:
            listings.append(step.url)
    listings = sorted(_uncovered(list(dict.fromkeys(listings))))  # sorted: the crawl's order is not stable
    host = urlsplit(start_url).hostname or "site"
    return SiteFile(name=name or site_name(host), start_url=start_url, title=title, listing_urls=listings,
                    data_urls=sorted(set(data)), pinned=f"discovery from {start_url} on {today()}")


def _list_start(trail: Trail, step: Step) -> Step:
    """The first page of the list `step` belongs to (over next pages and probed pages)."""
    seen = {step.url}
    while step.relation in _LIST_PARTS:
        parent = trail.parent(step)
        if parent is None or parent.url in seen:
            break
        seen.add(parent.url)
        step = parent
    return step


def _page_of(trail: Trail, step: Step) -> Step:
    """The HTML page whose script loads the data `step` is (or `step` itself)."""
    if step.relation == DATA:
        parent = trail.parent(step)
        if parent is not None:
            return _list_start(trail, parent)
    return step


def _column(trail: Trail, step: Step) -> Step:
    """The topmost report column above `step` along sub-column links (`step` itself when there is none)."""
    best = step if step.strong else None
    current, seen = step, {step.url}
    while current.relation in (SUB, *_LIST_PARTS):
        parent = trail.parent(current)
        if parent is None or parent.url in seen:
            break
        seen.add(parent.url)
        current = parent
        if current.strong:
            best = current
    return best or step


def _uncovered(urls: list[str]) -> list[str]:
    """Drop pins that live below another pin's directory (the site spider reaches them as sub-columns)."""
    kept: list[str] = []
    for url in urls:
        if any(url_key(url) == url_key(other) for other in kept):
            continue
        if not any(other != url and directory(url).startswith(directory(other)) and directory(url) != directory(other)
                   for other in urls):
            kept.append(url)
    return kept


def site_name(host: str) -> str:
    """`www.qinglan.gov.cn` → `qinglan` (the label before the public suffix)."""
    labels = [label for label in host.lower().split(".") if label not in ("www", "gov", "cn")]
    return (labels[-1] if labels else host.split(".")[0]).replace("_", "-")[:60] or "site"
