"""Finding a list's next pages when the page shows a pager but the HTML holds none of its links.

A pager drawn by a shared script (`page.js`, `pager.js`, layui) leaves only its words (共3页, 共23条) or its call in
the page.  The second page is then asked for in the forms CMSs use, one at a time, most likely first (zero-based
`index_1`, one-based `index_2`, `list-2`, …: crawler/discovery/pagers.py `probe_urls`); the first form that exists
fixes the numbering.  With a page count, the remaining pages are then asked for at once; without one, page after
page until one is missing.  Nothing is guessed without a shown pager, and a wrong guess costs one request.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.discovery.pagers import following_page, numbered, page_number, probe_urls

MAX_PAGES = 200


@dataclass(frozen=True)
class Probe:
    listing: str  # the list's first page (the one that shows the pager)
    untried: tuple[str, ...]  # other forms of the second page, tried if this one is missing
    total: int | None  # page count, when the page states it
    confirmed: bool = False  # the numbering is known: this URL follows a page that exists


def start(listing_url: str, total: int | None) -> tuple[str, Probe] | None:
    """The first probe for a list whose pager shows no link (None for a one-page list)."""
    if total is not None and total <= 1:
        return None
    first, *rest = probe_urls(listing_url)
    return first, Probe(listing_url, tuple(rest), total)


def missing(probe: Probe) -> tuple[str, Probe] | None:
    """The probed URL does not exist: the next form to try, if the numbering was still unknown."""
    if probe.confirmed or not probe.untried:
        return None
    first, *rest = probe.untried
    return first, Probe(probe.listing, tuple(rest), probe.total)


def found(url: str, probe: Probe) -> list[tuple[str, Probe]]:
    """The probed URL exists: the list's further pages in its numbering."""
    confirmed = Probe(probe.listing, (), probe.total, confirmed=True)
    if probe.total is not None:
        if probe.confirmed:
            return []  # all pages were asked for when the numbering was found
        second = page_number(url)
        if second is None:
            return []
        last = second + min(probe.total, MAX_PAGES) - 2  # page k carries number second + k - 2
        return [(numbered(url, n), confirmed) for n in range(second + 1, last + 1)]
    following = following_page(url)
    return [(following, confirmed)] if following else []
