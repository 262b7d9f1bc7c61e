"""The Guangdong platform's disclosure catalogue (gkmlpt), read through its JSON API (sites.md §6).

The catalogue UI `/gkmlpt/index` is drawn by JavaScript, but the data behind it is a plain JSON API:
`/gkmlpt/api/all/<classify_id>?page=<n>&sid=<site_id>`, 100 rows a page.  The site id and the annual-report
column's id are read from the index page's script config instead of being hard-coded (they differ per site and
change with redesigns).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import Response

from crawler.titles import read_title

_SID = re.compile(r"""\bsid\b['"]?\s*[:=]\s*['"]?(\d{3,})""", re.I)
# A classify entry of the catalogue tree: {"id": 123, "name": "政府信息公开年报", "parent": 0, ...} (any key order,
# quoted or not: it is JavaScript, not guaranteed JSON).
_OBJECT = re.compile(r"\{[^{}]*\}")
_FIELD = {key: re.compile(rf"""["']?{key}["']?\s*:\s*["']?([^"',}}]+)""") for key in ("id", "name", "parent")}
_ANNUAL_COLUMN = re.compile(r"年报|年度报告")
ROWS_PER_PAGE = 100


@dataclass(frozen=True)
class Catalogue:
    sid: str
    classify_ids: tuple[int, ...]


def read_index(text: str) -> Catalogue | None:
    """Site id and the columns to read from the catalogue page's script config: the annual-report columns if the
    tree names any, otherwise its top-level columns (reports then sit among other documents; the title test
    picks them out)."""
    sid = _SID.search(text)
    if not sid:
        return None
    annual, top = [], []
    for entry in _OBJECT.findall(text):
        fields = {key: (m[1].strip() if (m := pattern.search(entry)) else None) for key, pattern in _FIELD.items()}
        if not (fields["id"] and fields["id"].isdigit() and fields["name"]):
            continue
        if _ANNUAL_COLUMN.search(fields["name"]):
            annual.append(int(fields["id"]))
        if fields["parent"] in (None, "0"):
            top.append(int(fields["id"]))
    ids = annual or top
    return Catalogue(sid[1], tuple(dict.fromkeys(ids))) if ids else None


def api_url(index_url: str, classify_id: int, sid: str, page: int) -> str:
    return urljoin(index_url, f"api/all/{classify_id}?page={page}&sid={sid}")


@dataclass(frozen=True)
class Article:
    url: str
    title: str
    publisher: str | None
    jump: bool  # a `type: "url"` row: a link to another page, often another site


def articles(payload: dict[str, Any], listing_url: str) -> Iterator[Article]:
    scheme = urlsplit(listing_url).scheme
    for row in payload.get("articles") or []:
        url = row.get("url") or row.get("post_url") or ""
        if not url:
            continue
        parts = urlsplit(urljoin(listing_url, url))
        if parts.netloc == urlsplit(listing_url).netloc:  # the API mixes http:// into an https:// site
            parts = parts._replace(scheme=scheme)
        yield Article(parts.geturl(), str(row.get("title") or ""), row.get("publisher") or None,
                      row.get("type") == "url")


def more_pages(payload: dict[str, Any], page: int) -> bool:
    total = int(payload.get("total") or 0)
    offset = int(payload.get("offset") or (page - 1) * ROWS_PER_PAGE)
    return offset + len(payload.get("articles") or []) < total


if TYPE_CHECKING:  # mixed into crawler.base.ReportSpider, whose requests and stats it uses
    from crawler.base import ReportSpider as _Spider
else:
    _Spider = object


class GkmlptMixin(_Spider):
    """For ReportSpider subclasses on the Guangdong platform: set `gkmlpt_index` to the catalogue page URL."""

    gkmlpt_index: str | None = None

    def start_requests_extra(self) -> Iterable[scrapy.Request]:
        if self.gkmlpt_index:
            yield scrapy.Request(self.gkmlpt_index, callback=self.parse_gkmlpt_index)

    def parse_gkmlpt_index(self, response: Response) -> Iterator[scrapy.Request]:
        catalogue = read_index(response.text)
        if catalogue is None:
            self.logger.warning("gkmlpt: no site id or annual-report column in %s; layout changed?", response.url)
            self.crawler.stats.inc_value("nianbao/gkmlpt/index_unreadable")
            return
        for classify_id in catalogue.classify_ids:
            yield self._api_request(response.url, classify_id, catalogue.sid, 1)

    def _api_request(self, index_url: str, classify_id: int, sid: str, page: int) -> scrapy.Request:
        return scrapy.Request(api_url(index_url, classify_id, sid, page), callback=self.parse_gkmlpt_api,
                              meta={"gkmlpt": (index_url, classify_id, sid, page)})

    def parse_gkmlpt_api(self, response: Response) -> Iterator[scrapy.Request]:
        index_url, classify_id, sid, page = response.meta["gkmlpt"]
        try:
            payload = json.loads(response.text)
        except ValueError:
            self.logger.warning("gkmlpt: API page is not JSON: %s", response.url)
            return
        self.crawler.stats.inc_value("nianbao/listing_pages")
        for article in articles(payload, response.url):
            title = read_title(article.title)
            if title is None:
                continue
            yield from self.report_request(article.url, article.title, title.year, listing=response.url,
                                           agency_hint=article.publisher)
        if more_pages(payload, page) and page < 1000:
            yield self._api_request(index_url, classify_id, sid, page + 1)
