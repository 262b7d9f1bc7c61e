"""Self-healing site spiders: noticing that a configured listing is gone, and what to put in its place.

Sites are redesigned every few years; a spider's listing URLs then answer 404, redirect to the home page, or show a
page without the report links they had.  `Listings` keeps, for one crawl, what each configured listing root gave
(report links found below it, how its first page failed); `failures` says which roots are gone.  The spider then
searches the site from its home page (crawler/discovery/search.py, within a request budget) and records the
outcome (`Outcome`): which configured URLs failed, which new listing URLs listed reports, and the listing set to
use instead — an alarm in `scheduler.py --status` and a suggested update (`python -m crawler heal SITE`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from crawler.links import within_column

GONE_STATUSES = frozenset({404, 410})
# Crawl-run stats keys (the run record keeps them; crawler/commands/heal.py and scheduler --status read them).
ALARM = "nianbao/alarm/listings_moved"
FAILED = "nianbao/heal/failed"  # {configured URL: why it failed}
FOUND = "nianbao/heal/found"  # [listing URLs the search found reports on]
FOUND_DATA = "nianbao/heal/found_data"  # [JSON list URLs the search found reports on]
SUGGESTED = "nianbao/heal/listing_urls"  # [the listing URLs to configure instead]
ROOT_LINKS = "nianbao/listing_roots"  # {configured URL: report links found below it}: the next crawl compares


@dataclass
class Listings:
    """What each configured listing root of one crawl gave."""

    configured: tuple[str, ...]
    links: Counter[str] = field(default_factory=Counter)  # root → report links found below it
    failed: dict[str, str] = field(default_factory=dict)  # root → why its first page failed

    def count(self, root: str, report_links: int) -> None:
        self.links[root] += report_links

    def first_page_failed(self, root: str, reason: str) -> None:
        if root in self.configured:
            self.failed.setdefault(root, reason)

    def first_page_answered(self, root: str, url: str, redirected: bool) -> bool:
        """False (and the root failed) when the root's first page was redirected off its column (a redesigned
        site sends old URLs to its home page); a column's own `dir` → `dir/` redirect is fine."""
        if redirected and not within_column(url, root):
            self.first_page_failed(root, f"redirected to {url}")
            return False
        return True

    def failures(self, seen_before: Mapping[str, int], any_report_links: bool) -> dict[str, str]:
        """The configured roots that are gone: their first page failed, or they showed no report link although the
        last crawl found some below them — or, when the whole crawl found no report link at all, every root (a
        crawl never ends with nothing on a live site without a search)."""
        out = dict(self.failed)
        for root in self.configured:
            if root in out or self.links[root]:
                continue
            if seen_before.get(root, 0) > 0:
                out[root] = f"no report link (the last crawl found {seen_before[root]})"
            elif not any_report_links:
                out[root] = "no report link"
        return out

    def stats(self) -> dict[str, int]:
        return {root: self.links[root] for root in self.configured}


@dataclass(frozen=True)
class Outcome:
    failed: dict[str, str]
    found: list[str]  # listings on which the search found reports (its pinned columns)
    found_data: list[str]  # JSON lists on which it found reports (learnt from a script or a rendering)
    suggested: list[str]  # the listing URLs to configure: the roots that work, then what the search found

    def stats(self) -> dict[str, Any]:
        return {ALARM: 1, FAILED: self.failed, FOUND: self.found, FOUND_DATA: self.found_data,
                SUGGESTED: self.suggested}


def outcome(configured: Iterable[str], failed: Mapping[str, str], listings: Iterable[str],
            data: Iterable[str] = ()) -> Outcome:
    """The suggested listing set: every configured root still working, then each found listing not inside one."""
    working = [root for root in configured if root not in failed]
    new = [url for url in dict.fromkeys(listings) if not any(within_column(url, root) for root in working)]
    return Outcome(dict(failed), new, list(dict.fromkeys(data)), [*working, *new])


def recorded(stats: Mapping[str, Any] | None) -> Outcome | None:
    """What a crawl run recorded of its healing (None when its configured listings all worked)."""
    stats = stats or {}
    if not stats.get(ALARM):
        return None
    return Outcome(dict(stats.get(FAILED) or {}), list(stats.get(FOUND) or []), list(stats.get(FOUND_DATA) or []),
                   list(stats.get(SUGGESTED) or []))


def previous_root_links(stats: Mapping[str, Any] | None) -> dict[str, int]:
    """The last crawl's report links per configured root, from its run stats (empty when unknown)."""
    value = (stats or {}).get(ROOT_LINKS)
    if not isinstance(value, dict):
        return {}
    return {str(k): int(v) for k, v in value.items() if isinstance(v, int | float)}
