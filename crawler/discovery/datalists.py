"""JSON list payloads read without knowing their schema: the rows, and the URLs of the following pages.

Every list API of a CMS returns, somewhere in its payload, an array of objects that each carry a title-like field
(`title`, `docTitle`, `name`, `bt` …) and a URL-like one (`url`, `docUrl`, `link`, `post_url` …): those arrays
are the rows.  Pagination is read from the same payload (`totalPage`, `pages`; or `total` and the page size)
and from the request's own page parameter (`page`, `pageNo`, `pageIndex`, …); without a page count, a full page
means "ask for the next one" and an empty or short page ends the list.  JSONP wrappers (`cb({...})`) are unwrapped;
answers that are markup (an XML store of HTML records, a fragment) give the links they hold.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from crawler.discovery.scripts import NOT_PAGE_KEY, TITLE_KEY, URL_KEY, script_links

_AGENCY_KEY = re.compile(r"publisher|^source$|agency|^unit|dept|organ|发布机构|来源", re.I)
_PREFERREDURL_KEYS = ("url", "docurl", "link", "href", "post_url", "linkurl", "pageurl", "detailurl")
_PAGE_PARAMS = ("page", "pageNo", "pageNum", "pageIndex", "currentPage", "curPage", "current", "pn", "p")
_PAGES_KEYS = ("totalPage", "totalPages", "pageCount", "pages", "pageTotal", "totalPageNum", "pagecount")
_TOTAL_KEYS = ("total", "totalCount", "totalRecord", "totalRecords", "recordCount", "count", "totalElements",
               "totalNum", "totalSize")
_SIZE_KEYS = ("pageSize", "size", "limit", "perPage", "rows", "pagesize", "page_size", "per_page")
_JSONP = re.compile(r"^\s*[\w.$]+\s*\((.*)\)\s*;?\s*$", re.S)
MAX_PAGES = 200  # a runaway page count is not believed
# What a page's script sends when it asks for its list (some endpoints answer HTML without them).
REQUEST_HEADERS = {"Accept": "application/json, text/javascript, */*; q=0.01", "X-Requested-With": "XMLHttpRequest"}


@dataclass(frozen=True)
class Row:
    url: str
    title: str
    agency: str | None = None


@dataclass
class DataPage:
    rows: list[Row] = field(default_factory=list)
    next_urls: list[str] = field(default_factory=list)


def read_text(text: str, data_url: str, base_url: str | None = None) -> DataPage | None:
    """A data answer of any kind: JSON (rows by schema-less search) or markup holding links (an XML data store
    of HTML records, an HTML fragment).  None when it holds neither."""
    payload = load(text)
    if payload is not None:
        return read_data(payload, data_url, base_url)
    links = script_links(base_url or data_url, [text]) if "<a" in text.lower() else []
    if not links:
        return None
    return DataPage(rows=list(dict.fromkeys(Row(link.url, link.text) for link in links if link.text)))


def load(text: str) -> Any:
    """The JSON value of a response body (JSONP unwrapped), or None when it is not JSON."""
    for candidate in (text, _unwrap(text)):
        if candidate is None:
            continue
        try:
            return json.loads(candidate)
        except ValueError:
            continue
    return None


def _unwrap(text: str) -> str | None:
    match = _JSONP.match(text)
    return match[1] if match else None


def read_data(payload: Any, data_url: str, base_url: str | None = None) -> DataPage:
    """Rows (URLs resolved against the page that uses the data, else the data URL) and following pages."""
    page = DataPage()
    base = base_url or data_url
    best: tuple[dict[str, Any] | None, list[dict[str, Any]]] | None = None
    for parent, items in _row_lists(payload, None):
        for item in items:
            row = _row(item, base)
            if row is not None:
                page.rows.append(row)
        if best is None or len(items) > len(best[1]):
            best = (parent, items)
    if best is not None:
        page.next_urls = _following(data_url, payload, best[0], len(best[1]))
    page.rows = list(dict.fromkeys(page.rows))
    return page


def _row_lists(value: Any, parent: dict[str, Any] | None) -> list[tuple[dict[str, Any] | None, list]]:
    """Arrays of objects of which most have both a title-like and a URL-like field (depth-first)."""
    found: list[tuple[dict[str, Any] | None, list]] = []
    if isinstance(value, list):
        objects = [item for item in value if isinstance(item, dict)]
        if objects and sum(1 for item in objects if _title(item) and _url(item)) * 2 >= len(objects):
            found.append((parent, objects))
        for item in value:
            found += _row_lists(item, parent)
    elif isinstance(value, dict):
        for child in value.values():
            found += _row_lists(child, value)
    return found


def _title(item: dict[str, Any]) -> str | None:
    for key, value in item.items():
        if isinstance(value, str) and value.strip() and TITLE_KEY.search(key) and not URL_KEY.search(key):
            return " ".join(value.split())
    return None


def _url(item: dict[str, Any]) -> str | None:
    candidates = [(key, value.strip()) for key, value in item.items() if isinstance(value, str) and value.strip()
                  and URL_KEY.search(key) and not NOT_PAGE_KEY.search(key)]
    candidates.sort(key=lambda kv: (kv[0].lower() not in _PREFERREDURL_KEYS, _PREFERREDURL_KEYS.index(kv[0].lower())
                                    if kv[0].lower() in _PREFERREDURL_KEYS else 0))
    for _, value in candidates:
        if value.startswith(("http://", "https://", "/", "./", "../")) or re.match(r"^[\w-]+[/.]", value):
            return value
    return None


def _row(item: dict[str, Any], base: str) -> Row | None:
    title, url = _title(item), _url(item)
    if not title or not url:
        return None
    agency = next((" ".join(v.split()) for k, v in item.items()
                   if isinstance(v, str) and v.strip() and _AGENCY_KEY.search(k)), None)
    return Row(_same_scheme(urljoin(base, url), base), title, agency)


def _same_scheme(url: str, base: str) -> str:
    """APIs mix `http://` into https sites (sites.md §6): a row on the site's own host takes the site's scheme."""
    parts, here = urlsplit(url), urlsplit(base)
    if parts.netloc == here.netloc and parts.scheme != here.scheme:
        parts = parts._replace(scheme=here.scheme)
    return parts._replace(fragment="").geturl()


def _following(data_url: str, payload: Any, parent: dict[str, Any] | None, rows: int) -> list[str]:
    scopes = [scope for scope in (parent, payload, payload.get("data") if isinstance(payload, dict) else None)
              if isinstance(scope, dict)]
    query = parse_qsl(urlsplit(data_url).query, keep_blank_values=True)
    param = next((key for key, _ in query if key in _PAGE_PARAMS), None)
    current = int(dict(query)[param]) if param and dict(query)[param].isdigit() else None
    if param is None:  # the request left the page implicit: the payload's own page field names the parameter
        named = next(((key, scope[key]) for scope in scopes for key in _PAGE_PARAMS
                      if isinstance(scope.get(key), int)), None)
        if named is None:
            return []
        param, current = named
    current = current or 1
    pages = _number(scopes, _PAGES_KEYS)
    if pages is None:
        total = _number(scopes, _TOTAL_KEYS)
        size = _number(scopes, _SIZE_KEYS) or _number([dict(query)], _SIZE_KEYS)
        if size is None and current == 1:
            size = rows  # the first page is a full page
        if total is not None and size:
            pages = -(-total // size)
        elif size and rows >= size:
            return [_with_page(data_url, param, current + 1)]  # no count: a full page asks for the next
        else:
            return []
    return [_with_page(data_url, param, n) for n in range(current + 1, min(pages, MAX_PAGES) + 1)]


def _number(scopes: list[dict[str, Any]], keys: tuple[str, ...]) -> int | None:
    for scope in scopes:
        for key in keys:
            value = scope.get(key)
            if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
                return value
            if isinstance(value, str) and value.isdigit():
                return int(value)
    return None


def _with_page(url: str, param: str, number: int) -> str:
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if any(key == param for key, _ in query):
        query = [(key, str(number) if key == param else value) for key, value in query]
    else:
        query.append((param, str(number)))
    return parts._replace(query=urlencode(query)).geturl()
