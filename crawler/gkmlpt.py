"""The Guangdong platform's disclosure catalogue (gkmlpt), read through its JSON API (sites.md §6).

The catalogue UI `<prefix>/gkmlpt/index` is drawn by JavaScript, but the data behind it is a plain JSON API:
`<prefix>/gkmlpt/api/all/<classify_id>?page=<n>&sid=<site_id>`, 100 rows a page.  The site id and the
annual-report column's id are read from the index page's script config instead of being hard-coded (they differ
per site and change with redesigns).

The config's real shape (real-evidence.md; public probes of gd.gov.cn, gz.gov.cn, zhuhai, huizhou, jiangmen find
`window._CONFIG` with `SID` and `TREE` at `/gkmlpt/index`): `window._CONFIG = {SID:'200105', TREE:[{id:…,
name:'\\u653f…', children:[…]}, …], SERVICE_AREA_ID:…}` — a JavaScript literal, not JSON, whose column tree is
nested and whose Chinese names are `\\uXXXX`-escaped.  The annual-report column may sit at any depth.

Departments and subdistricts run catalogues of their own under a path prefix (`/gzhzjy/gkmlpt/…`, seen on
haizhu and panyu); `catalogue_index` maps any link into one to its index page.  How a site spider crawls the
catalogues: crawler/catalogues.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

from crawler import jsliteral

_SID = re.compile(r"""\bsid\b['"]?\s*[:=]\s*['"]?(\d+)""", re.I)
# Flat `{"id": 123, "name": "…", "parent": 0}` entries: the fallback for a tree that is not a readable literal.
_OBJECT = re.compile(r"\{[^{}]*\}")
_FIELD = {key: re.compile(rf"""["']?{key}["']?\s*:\s*["']?([^"',}}]+)""") for key in ("id", "name", "parent")}
_ANNUAL_COLUMN = re.compile(r"年报|年度报告")
_CATALOGUE_PATH = re.compile(r"^(.*?/gkmlpt)(?:/|$)")
ROWS_PER_PAGE = 100


@dataclass(frozen=True)
class Catalogue:
    sid: str
    classify_ids: tuple[int, ...]


@dataclass(frozen=True)
class Node:
    id: int
    name: str
    top: bool  # a top-level column of the tree
    annual: bool  # an annual-report column, or a column below one


def read_index(text: str) -> Catalogue | None:
    """Site id and the columns to read from the catalogue page's script config: the annual-report columns (and
    the columns below them) wherever they sit in the tree, otherwise its top-level columns (reports then sit among
    other documents; the title test picks them out)."""
    config = _config(text)
    sid = str(config.get("SID") or config.get("sid") or "") if config else ""
    if not sid.isdigit():
        match = _SID.search(text)
        sid = match[1] if match else ""
    if not sid:
        return None
    nodes = list(_walk(_tree(config, text)))
    if not nodes:
        nodes = _flat_nodes(text)
    ids = [node.id for node in nodes if node.annual] or [node.id for node in nodes if node.top]
    return Catalogue(sid, tuple(dict.fromkeys(ids))) if ids else None


def _config(text: str) -> dict[str, Any] | None:
    source = jsliteral.literal_after(text, "_CONFIG")
    if source is None:
        return None
    try:
        value = jsliteral.parse(source)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _tree(config: dict[str, Any] | None, text: str) -> list[Any]:
    """The column tree: the config's TREE, or a `TREE:`/`TREE =` literal elsewhere on the page (detail pages)."""
    if config and isinstance(config.get("TREE"), list):
        return config["TREE"]
    source = jsliteral.literal_after(text, "TREE")
    if source is None:
        return []
    try:
        value = jsliteral.parse(source)
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _walk(entries: Iterable[Any], *, top: bool = True, annual: bool = False) -> Iterator[Node]:
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        ident, name = str(entry.get("id", "")), str(entry.get("name") or "")
        matched = annual or bool(_ANNUAL_COLUMN.search(name))
        is_top = top and entry.get("parent") in (None, 0, "0", "")
        if ident.isdigit():
            yield Node(int(ident), name, is_top, matched)
        yield from _walk(entry.get("children") or (), top=False, annual=matched)


def _flat_nodes(text: str) -> list[Node]:
    nodes = []
    for entry in _OBJECT.findall(text):
        fields = {key: (m[1].strip() if (m := pattern.search(entry)) else None) for key, pattern in _FIELD.items()}
        if fields["id"] and fields["id"].isdigit() and fields["name"]:
            name = fields["name"]
            nodes.append(Node(int(fields["id"]), name, fields["parent"] in (None, "0"),
                              bool(_ANNUAL_COLUMN.search(name))))
    return nodes


def catalogue_index(url: str) -> str | None:
    """The index page of the catalogue a URL belongs to (`…/gzhzjy/gkmlpt/content/…` → `…/gzhzjy/gkmlpt/index`),
    or None for a URL outside any catalogue."""
    parts = urlsplit(url)
    match = _CATALOGUE_PATH.match(parts.path)
    if match is None:
        return None
    return urlunsplit((parts.scheme, parts.netloc, match[1] + "/index", "", ""))


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
