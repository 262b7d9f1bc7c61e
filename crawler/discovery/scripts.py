"""Links a page's scripts hold: what a browser would draw, read without running the script.

CMS list pages often carry their items inside scripts rather than as anchors: HTML records in an XML data store
(`<script type="text/xml"><datastore><record><![CDATA[<li><a href=…>]]>`), `document.write` strings, arrays of
objects (`var list = [{"title": …, "url": …}]`), redirects (`location.href = …`), and the URL of the JSON a script
fetches (`fetch("/…/list.json")`, `$.getJSON('/api/…')`).  All of it is found here by its shape.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin, urlsplit

from crawler.links import Link

# `<a href="…">text</a>` inside script text (quotes possibly escaped: `<a href=\"…\">`).
_ANCHOR = re.compile(r"(<a\b[^>]*>)(.*?)</a\s*>", re.I | re.S)
_HREF = re.compile(r"\bhref\s*=\s*\\?[\"']([^\"'\\]+)\\?[\"']", re.I)
_TITLE_ATTRIBUTE = re.compile(r"\btitle\s*=\s*\\?[\"']([^\"'\\]+)\\?[\"']", re.I)
_TAG = re.compile(r"<[^>]+>")
# `location.href = "…"`, `window.location = '…'`, `location.replace("…")`: a page that sends the browser on.
_REDIRECT = re.compile(r"location(?:\.href)?\s*(?:=\s*|\.replace\(\s*|\.assign\(\s*)[\"']([^\"']+)[\"']", re.I)
# A flat object literal (`{"title": "…", "url": "…", …}`), and its quoted string members.
_OBJECT = re.compile(r"\{[^{}]{0,2000}\}")
_MEMBER = re.compile(r"[\"']?([A-Za-z_$][\w$]*)[\"']?\s*:\s*([\"'])((?:(?!\2)[^\\]|\\.)*)\2")
# Keys of list rows (shared with JSON lists, crawler/discovery/datalists.py).
TITLE_KEY = re.compile(r"title|^name$|^text$|^bt$|^subject$|docname|^mc$|标题|名称", re.I)
URL_KEY = re.compile(r"url|link|href|^path$|^src$|地址", re.I)
NOT_PAGE_KEY = re.compile(r"img|image|pic|thumb|icon|cover|video|logo|avatar", re.I)
# String literals in scripts, and those among them that name a data endpoint.
_LITERAL = re.compile(r"([\"'])((?:(?!\1)[^\\\n]|\\.){2,300}?)\1")
_DATA_URL = re.compile(r"(?:\.json(?:$|\?)|/api/|\.do(?:$|\?)|\.action(?:$|\?)|\.ashx(?:$|\?)|/interface/|"
                       r"getList|getDoc|queryList|/list\?|dataproxy|[?&](?:channel|column|cat|class|node|chnl)\w*id=)",
                       re.I)
# A script that asks the server for data (what a page whose list it draws runs).
_FETCHES = re.compile(r"\bfetch\(|\$\.(?:ajax|get|getJSON|post)\(|XMLHttpRequest|axios|\.load\(", re.I)
_ASSET = re.compile(r"\.(?:js|css|png|jpe?g|gif|svg|ico|woff2?|ttf)(?:$|\?)", re.I)
_SKIPPED = ("javascript:", "#", "mailto:", "about:")


def script_links(page_url: str, scripts: list[str]) -> list[Link]:
    """Anchors written inside scripts, rows of object arrays, and the targets of script redirects."""
    found: list[Link] = []
    for script in scripts:
        text = script.replace("\\/", "/")
        for tag, inner in _ANCHOR.findall(text):
            href = _HREF.search(tag)
            if not href:
                continue
            label = html.unescape(_TAG.sub("", inner)).replace("\\n", " ").strip()
            title = _TITLE_ATTRIBUTE.search(tag)
            if title and len(title[1]) > len(label.rstrip("….")):  # listings cut titles, keep the full one here
                label = html.unescape(title[1])
            found.append(Link(join(page_url, html.unescape(href[1])), " ".join(label.split())))
        for target in _REDIRECT.findall(text):
            found.append(Link(join(page_url, target), ""))
        found += object_links(page_url, text)
    return [link for link in found if not link.url.lower().startswith(_SKIPPED) and link.url != page_url]


def object_links(page_url: str, text: str) -> list[Link]:
    """Rows of object literals that carry a title-like and a URL-like string (`{title: "…", url: "…"}`)."""
    found = []
    for block in _OBJECT.findall(text):
        members = {key: value.replace("\\/", "/") for key, _, value in _MEMBER.findall(block)}
        title = next((v for k, v in members.items() if TITLE_KEY.search(k) and not URL_KEY.search(k) and v), None)
        url = next((v for k, v in members.items() if URL_KEY.search(k) and not NOT_PAGE_KEY.search(k)
                    and v.startswith(("http://", "https://", "/", "./", "../"))), None)
        if title and url:
            found.append(Link(join(page_url, url), " ".join(html.unescape(title).split())))
    return found


def data_urls(page_url: str, scripts: list[str]) -> list[str]:
    """Same-origin endpoints named in scripts that look like list data (JSON files, APIs, list actions)."""
    out: list[str] = []
    for script in scripts:
        for found in _LITERAL.finditer(script):
            if _concatenated(script, found.start(), found.end()):
                continue  # a piece of a URL built by the script (`"/api/list_" + id`): never a URL of its own
            value = html.unescape(found[2].replace("\\/", "/").strip())
            if " " in value or "<" in value or not _DATA_URL.search(value) or _ASSET.search(value):
                continue
            if value.endswith("/") and "?" not in value:  # an API's base path (`apiBase: "/gkmlpt/api/"`)
                continue
            if not value.startswith(("http://", "https://", "/", "./", "../")) and "/" not in value:
                continue
            url = join(page_url, value)
            if urlsplit(url).netloc == urlsplit(page_url).netloc:
                out.append(url)
    return list(dict.fromkeys(out))


def fetches_data(scripts: list[str]) -> bool:
    """The page's own scripts ask the server for data (fetch, XHR, jQuery's ajax): a list may be drawn from it."""
    return any(_FETCHES.search(script) for script in scripts)


def _concatenated(script: str, start: int, end: int) -> bool:
    """A string literal joined to something else with `+` (either side): a fragment, not a whole URL."""
    return script[end:end + 8].lstrip().startswith("+") or script[max(0, start - 8):start].rstrip().endswith("+")


def join(page_url: str, href: str) -> str:
    return urljoin(page_url, href.strip()).split("#", 1)[0]
