"""Ranking what discovery may fetch next: reports first, then the pages most likely to list them.

A candidate page's score is its link's evidence (crawler/discovery/evidence.py) plus what its context lends it:
half its parent's evidence when it lives below the parent (a sub-column of the 年报 column is part of it), a bonus
when the parent already listed reports (its sub-columns and siblings are report columns too), and a cost per
level of depth.  Pages with no evidence at all are opened only next to the start page (its navigation), so a
crawl never wanders through the news.  Pagination and data of a listing rank with the listing, above everything
else once it has listed a report.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.discovery import evidence
from crawler.discovery.trail import Step, is_below, is_sibling
from crawler.links import is_document

ATTACHMENT = 3000.0
REPORT = 2000.0
DATA = 100.0  # the JSON behind a page's list: as good as the page that named it, and then some
PAGINATION = 50.0
PRODUCTIVE = 200.0  # more of a listing that has already listed reports
PRODUCTIVE_RELATIVE = 30.0  # sub-columns and siblings of such a listing
DEPTH_COST = 8.0
INHERIT_CAP = 40.0
BLIND_DEPTH = 1  # links without any evidence are followed from the start page only


@dataclass(frozen=True)
class Candidate:
    evidence: float  # the page's own evidence (what its children inherit from)
    score: float  # queue priority
    strong: bool  # its link names the reports' column


def rank_link(text: str, url: str, parent: Step, parent_productive: bool) -> Candidate | None:
    """The rank of a link to another page, or None when it is not worth opening."""
    if not evidence.is_page(url) or is_document(url) or evidence.is_noise(text) or evidence.is_article(url, text):
        return None
    in_disclosure = parent.evidence >= evidence.DISCLOSURE or evidence.url_evidence(parent.url) > 0
    from_text = evidence.text_evidence(text, in_disclosure=in_disclosure)
    from_url = evidence.url_evidence(url)
    score = float(from_text + from_url)
    below = is_below(url, parent.url)
    if below and parent.evidence > 0:
        score += min(parent.evidence / 2, INHERIT_CAP)
    if parent_productive and (below or is_sibling(url, parent.url)):
        score += PRODUCTIVE_RELATIVE
    depth = parent.depth + 1
    if score <= 0 and depth > BLIND_DEPTH:
        return None
    strong = from_text >= evidence.REPORT_COLUMN or from_url >= evidence.REPORT_SEGMENT
    return Candidate(score, score - DEPTH_COST * depth, strong)


def listing_part(parent: Step, productive: bool, base: float) -> float:
    """Score of a further part of a listing (its next page, its data): the listing's own standing plus `base`."""
    return parent.evidence + base + (PRODUCTIVE if productive else 0.0) - DEPTH_COST * parent.depth
