"""What spiders yield: one item per report page or report attachment they reached.

The bytes are already in the archive (the exchange recorder stored them as they arrived and left the archive's
answer in the request's meta under FETCH_META); the item says what they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

FETCH_META = "nianbao_fetch"  # request.meta key: the archive's FetchResult for the response (crawler/extensions)


@dataclass
class ReportItem:
    site: str  # spider name
    kind: str  # "page": the report's web page; "attachment": a file linked from it (PDF, DOC, ...); "picture": an
    # image of the page that may hold its tables (read with the page, never parsed alone)
    url: str
    title: str | None = None  # link text or page title as printed
    year: int | None = None  # from the title test
    agency_hint: str | None = None  # 发布机构 / 来源 / publisher, when the site states one
    published: str | None = None  # ISO date from the page's meta line
    listing_url: str | None = None
    page_url: str | None = None  # for attachments: the page that links the file
    sha256: str | None = None  # of the decoded body, as archived
    outcome: str | None = None  # new | unchanged | not_modified | challenge | error
    extra: dict[str, str] = field(default_factory=dict)

