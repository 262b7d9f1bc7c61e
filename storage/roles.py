"""Why a URL was fetched: the role a crawler gives each request, recorded with the fetch (and in WARC).

The crawler knows why it asks for something; the archive keeps that answer so that only report candidates are
ever parsed — by the crawl, by `reparse` and by `ingest` of the crawl's own WARC files alike.  A fetch nobody gave
a role (a WARC from another crawler, a local file, a fetch recorded before roles existed) has none (NULL): its
document becomes a report only on strong evidence (crawler/archiving/evidence.py).
"""

from __future__ import annotations

from typing import Any

LISTING = "listing"  # a column or catalogue page that links reports
REPORT = "report"  # a report's own page (the article)
ATTACHMENT = "attachment"  # a file linked from a report's page (PDF, DOC, DOCX, WPS, …) or from a listing
API = "api"  # a JSON or XML answer of a site's catalogue API
ROBOTS = "robots"  # robots.txt
ASSET = "asset"  # a script, style sheet, image or data file a browser page loaded
CHALLENGE = "challenge"  # a request made to pass an anti-bot challenge
# A picture in a report's page that may hold its statistics tables: archived, read (by OCR) with its page when the
# page is parsed, never parsed alone — a report of its own would count the page's report twice.
PICTURE = "picture"
ROLES = (LISTING, REPORT, ATTACHMENT, API, ROBOTS, ASSET, CHALLENGE, PICTURE)
CANDIDATES = (REPORT, ATTACHMENT)  # roles whose document may be a report: the only ones parsed

# What a crawler knew of a request when it made it (`fetches.context`, the WARC metadata record):
#   site       the crawl's site (spider name)
#   title      the link text on the listing (or the page's title, for an attachment)
#   year       the year the title names
#   agency     the publisher the site states (发布机构 / 来源), when it states one
#   published  the publication date the site shows
#   page       for an attachment or a table picture: the report page that links or shows it
#   listing    the listing page the report was found on
#   government the government whose site it is, when the crawler knows (a site file's title, a home page's)
CONTEXT_KEYS = ("site", "title", "year", "agency", "published", "page", "listing", "government")


def clean_context(context: dict[str, Any] | None) -> dict[str, Any] | None:
    """The known keys with a value, as text (the year as an int); None when nothing is known."""
    cleaned: dict[str, Any] = {}
    for key in CONTEXT_KEYS:
        value = (context or {}).get(key)
        if value is None or value == "":
            continue
        if key == "year":
            try:
                cleaned[key] = int(value)
            except (TypeError, ValueError):
                continue
        else:
            cleaned[key] = " ".join(str(value).split())[:1000]
    return cleaned or None


def check_role(role: str | None) -> str | None:
    if role is not None and role not in ROLES:
        raise ValueError(f"unknown fetch role {role!r} (roles: {', '.join(ROLES)})")
    return role
