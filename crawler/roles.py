"""The role of a request (storage/roles.py): why a spider asks for a URL, set in its meta where it is made.

Spiders know why they request something — a listing, a report's page, an attachment, a page's table picture, an
API answer — and say so with `ROLE_META`; what else they know of the URL (the link's title, year, stated
publisher, the page that links an attachment or shows a picture) is already in the request's meta.  The exchange
recorder stores both with the fetch, so the archive parses only report candidates, whoever reads it later
(`reparse`, `ingest` of the crawl's WARC files).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from storage.roles import API, ASSET, ATTACHMENT, CANDIDATES, CHALLENGE, LISTING, PICTURE, REPORT, ROBOTS, ROLES

__all__ = ["API", "ASSET", "ATTACHMENT", "CANDIDATES", "CHALLENGE", "LISTING", "PICTURE", "REPORT", "ROBOTS",
           "ROLES", "ROLE_META", "context_of", "role_of"]

ROLE_META = "nianbao_role"

# The request meta keys the spiders use (crawler/base.py) → the archive's context keys (storage/roles.py).
_CONTEXT_FROM_META = {"title": "title", "year": "year", "agency_hint": "agency", "published": "published",
                      "page_url": "page", "listing_url": "listing"}


def role_of(url: str, meta: Mapping[str, Any]) -> str | None:
    """The role a request was given; robots.txt, which Scrapy requests by itself, is known by its place."""
    role = meta.get(ROLE_META)
    if role is None and meta.get("dont_obey_robotstxt") and urlsplit(url).path == "/robots.txt":
        return ROBOTS
    return role if role in ROLES else None


def context_of(meta: Mapping[str, Any], site: str | None, government: str | None = None) -> dict[str, Any]:
    """What the spider knew of the request, in the archive's terms (`government`: whose site it is, when known)."""
    context = {key: meta.get(name) for name, key in _CONTEXT_FROM_META.items() if meta.get(name) is not None}
    for key, value in (("site", site), ("government", government)):
        if value:
            context[key] = value
    return context
